"""A speaker whose title in apposition runs on past what the title rule reads (round 140): "Ana Soto, secretary general of
the EMC faction and other opposition groups at the Lima talks, confirmed …" is Ana Soto speaking; the words between her
title and the verb are the rest of it, up to the comma; past a second comma they are another clause. Sentences of our
own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_title_with_a_long_tail(lexicon) -> None:
    text = ("Ana Soto, secretary general of the EMC faction and other opposition groups at the Lima talks, "
            "confirmed to Radio Lima that they had received a letter from the mediators.")
    events = typed_events(text, lexicon)
    assert [(t, day) for t, day, _ in events] == [("statement", dt.date(2023, 5, 12))]
    assert "Ana Soto" in events[0][2]


def test_title_with_a_short_tail(lexicon) -> None:
    text = "Ana Soto, secretary general of the EMC faction, confirmed to Radio Lima on Tuesday that talks would resume in June."
    assert [t for t, _, _ in typed_events(text, lexicon)][:1] == ["announcement"]


def test_another_clause_is_no_title(lexicon) -> None:
    """A guard: past a second comma the words are another clause, and the later verb is not hers."""
    text = "Ana Soto, secretary general of the EMC faction, met the envoy in Lima on Tuesday, and the rebels confirmed the talks."
    assert not [a for t, _, a in typed_events(text, lexicon) if t == "statement" and "Ana Soto" in a]
