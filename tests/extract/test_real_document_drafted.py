"""A document produced at a meeting is the agreement (round 178; docs/extraction.md, "Types": what is agreed at talks
belongs to the talks unless a document is signed or adopted, then `agreement`): "In 2015, during a meeting in Minsk, the
sides developed an addendum to 2014 Minsk Protocol" (134) was a meeting: "developed" was no verb of an accord.
"Developed / drafted / drew up / worked out / initialled a(n) … addendum / protocol / declaration / memorandum / roadmap /
communiqué / accord / agreement / treaty" is now an agreement, and the meeting it was produced "during" or "at" is that
agreement, not an event of its own. A meeting told by its own verb stays. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_an_addendum_developed_during_a_meeting(lexicon) -> None:
    text = "In 2015, during a meeting in Lima, the sides developed an addendum to the 2014 Lima Protocol."
    assert typed_days(text, lexicon) == [("agreement", dt.date(2015, 1, 1))]


def test_ministers_met_and_drafted_a_roadmap(lexicon) -> None:
    """The meeting told by its own verb stays, next to the roadmap."""
    text = "The ministers of Chile and Peru met in Lima on Monday and drafted a roadmap."
    assert sorted(t for t, _ in typed_days(text, lexicon)) == ["agreement", "meeting"]


def test_a_plan_developed_is_no_agreement(lexicon) -> None:
    """A guard: a plan or a proposal developed is no accord."""
    assert typed_days("In 2015, during a meeting in Lima, the sides developed a plan for the border.", lexicon) == \
        [("meeting", dt.date(2015, 1, 1))]
