"""An arrival for talks belongs to the talks (round 120; docs/extraction.md, "Types"): "Ali Bagheri Kani arrived in
Vienna on Thursday morning" for the round that started there that day (209) was a visit of its own. A visit told by
"arrived / arrives / landed in" whose town is the talks' town, whose day lies in the talks' days and whose parties are the
talks' (the host state apart) is now part of the talks, which keep their type and days. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_an_arrival_for_the_talks(lexicon) -> None:
    body = ("The delegations of Chile and Peru resumed their border talks in Arica on Monday. "
            "Chilean Foreign Minister Alberto van Klaveren arrived in Arica on Monday morning for the talks.")
    # a talk round since round 1295: "resumed their border talks" names the two states' talks (a candidate process)
    assert typed_events(body, lexicon) == [("talk_round", dt.date(2023, 5, 8), ["Alberto van Klaveren", "Chile", "Peru"])]


def test_an_arrival_elsewhere_is_a_visit(lexicon) -> None:
    """A guard: an arrival in another town stays a visit."""
    body = ("The delegations of Chile and Peru resumed their border talks in Arica on Monday. "
            "Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday morning.")
    assert [t for t, _, _ in typed_events(body, lexicon)] == ["talk_round", "visit"]
