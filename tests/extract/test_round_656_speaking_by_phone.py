"""Round 656: the gerund of a phone verb ("after speaking by phone with X on Tuesday", "talking over the phone with X")
is a call, as "spoke by phone" is. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_after_speaking_by_phone_beside_a_meeting(lexicon) -> None:
    body = "Erdogan met Macron in Paris on Wednesday, after speaking by phone with Putin on Tuesday."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("call", dt.date(2023, 5, 9))]


def test_after_talking_over_the_phone(lexicon) -> None:
    body = "After talking over the phone with Putin on Tuesday, Erdogan flew to Paris."
    assert ("call", dt.date(2023, 5, 9)) in typed_days(body, lexicon)


def test_speaking_to_someone_by_phone(lexicon) -> None:
    body = "Erdogan, speaking to Putin by phone on Tuesday, raised the grain corridor."
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 9))]


def test_guard_speaking_to_reporters(lexicon) -> None:
    """The guard: speaking to reporters is no call."""
    body = "Speaking to reporters on Tuesday, Erdogan said the grain corridor would stay open."
    assert "call" not in [kind for kind, _ in typed_days(body, lexicon)]
    assert "call" not in [kind for kind, _ in typed_days("Erdogan was talking with reporters on Tuesday.", lexicon)]
