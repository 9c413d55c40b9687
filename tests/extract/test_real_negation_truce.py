"""Negated events and dated truces (round 73): "have not met since 2019", "has never visited", "failed to agree" report
no event (a meeting dated 2019 had been made of it), and a negated verb no longer hides a dated noun of the same sentence:
"hostilities ended with a cease-fire in 1994 but the sides have yet to sign a peace deal" is the 1994 ceasefire, not an
agreement signed in 1994; a truce or ceasefire counts only as the head of its phrase ("the truce village of Panmunjom on
June 30" is no agreement). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_leaders_who_have_not_met_held_no_meeting(lexicon) -> None:
    text = "The presidents of Chile and Peru have not met since 2019."
    assert typed_events(text, lexicon) == []


def test_a_negated_signing_leaves_the_dated_ceasefire(lexicon) -> None:
    """A guard: the old code found this agreement through the negated "sign" dated by the ceasefire's year; it is now
    found as the ceasefire itself."""
    text = "Border clashes ended with a cease-fire in 2015, but Chile and Peru have yet to sign a peace treaty."
    assert [(t, d) for t, d, _ in typed_events(text, lexicon)] == [("agreement", dt.date(2015, 1, 1))]


def test_a_truce_used_as_an_adjective_is_no_agreement(lexicon) -> None:
    """A guard: "at the truce village of Arica on May 2" is a meeting's place, not a truce."""
    text = "The two presidents met at the truce village of Arica on May 2."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["summit"]
