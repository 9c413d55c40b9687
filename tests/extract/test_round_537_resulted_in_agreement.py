"""Round 537 (docs/extraction.md, "Rounds on the real corpus"): "The mediator announced that the talks in Lisbon have
resulted in an agreement on a ceasefire between Norway and Sweden" gave the announcement alone: "resulted in / culminated
in an agreement" was no accord verb, so the words that report the accord were the sentence's one event. It is now read
as "reached an agreement" is, and in the present perfect it is the news of the day (`assemble._PERFECT`). Sentences of
our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_talks_that_resulted_in_an_agreement_give_the_accord(lexicon) -> None:
    body = ("The Norwegian Foreign Ministry announced on Friday that the talks in Lisbon have resulted in an agreement on a "
            "ceasefire between Norway and Sweden.")
    events = typed_days(body, lexicon)
    assert ("agreement", dt.date(2023, 5, 12)) in events
    assert any(kind in ("statement", "announcement") for kind, _ in events)


def test_a_dispute_that_resulted_in_a_war_is_no_accord(lexicon) -> None:
    """A guard: only an agreement, deal, accord or understanding is one."""
    body = "The Norwegian Foreign Ministry said on Friday that the dispute has resulted in a war between Norway and Sweden."
    assert all(kind != "agreement" for kind, _ in typed_days(body, lexicon))
