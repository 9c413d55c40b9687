"""Round 349: a photo caption whose credit is left open at its end ("… May 10, 2023 (Photo : from the account of X") is
a caption, no event (docs/extraction.md, "What counts as an event"); the body's meeting stays. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

BODY = "Kenyan and Ugandan officials began a consultative meeting in Nairobi on Wednesday."


def test_a_caption_with_an_open_credit_gives_no_agreement(lexicon) -> None:
    body = ("Kenyan and Ugandan delegates are seen with the mediators of the border agreement that was signed in Arusha "
            "in Nairobi, May 10, 2023 (Photo : from the account of the IGAD spokesperson\n\n" + BODY)
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_guard_the_body_alone_keeps_its_meeting(lexicon) -> None:
    assert typed_days(BODY, lexicon) == [("meeting", dt.date(2023, 5, 10))]
