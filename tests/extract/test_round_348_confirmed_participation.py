"""Round 348: "X and Y have confirmed their participation" in a gathering the article announces says who will be
there, no statement of its own (docs/extraction.md, "What counts as an event"). With no planned gathering just told,
the words stay. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_they_confirmed_their_participation_in_the_summit_announced(lexicon) -> None:
    body = ("On Monday, May 15, the African Union will host a high-level meeting of the Kenya-Uganda border dialogue "
            "in Addis Ababa.\n\n"
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni have confirmed their participation.")
    assert [t for t, _ in typed_days(body, lexicon)] == ["summit"]


def test_guard_a_confirmation_with_no_gathering_announced_stays(lexicon) -> None:
    body = "Ugandan President Yoweri Museveni confirmed on Thursday that the border would stay closed."
    assert [t for t, _ in typed_days(body, lexicon)] == ["statement"]
