"""Round 443: "Without the renewal, the truce would have expired on Sunday" was an `other` event (a deal that ends on a
day); the accord did not end, and the guideline makes a deal's expiry date no event. A modal (would, could, might,
should) between the accord and its ending verb now keeps the sentence from being one. Sentences of our own (published
Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_would_have_expired_is_no_event(lexicon) -> None:
    days = typed_days("Without the renewal, the maritime truce would have expired automatically on Sunday.", lexicon)
    assert "other" not in [t for t, _ in days]


def test_could_have_collapsed_is_no_event(lexicon) -> None:
    days = typed_days("Officials said on Tuesday the border ceasefire could have collapsed on Monday.", lexicon)
    assert "other" not in [t for t, _ in days]


def test_guard_the_truce_expired(lexicon) -> None:
    days = typed_days("The maritime truce between the two navies expired on Sunday.", lexicon)
    assert ("other", dt.date(2023, 5, 7)) in days
