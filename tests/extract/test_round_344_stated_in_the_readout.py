"""Round 344: in the readout of a call or meeting, "X stated that …" is what a participant put forward in it and
belongs to it like "stressed" or "noted" (docs/extraction.md, "Types"); words said "After the call" are the
participant's own statement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

CALL = ("Foreign Minister Ali Sabry received a telephone call on Wednesday from Indian Foreign Minister "
        "S. Jaishankar.")


def test_he_stated_in_the_readout_of_the_call(lexicon) -> None:
    body = f"{CALL}\n\nFM Sabry stated that the fishing dispute can only be settled after careful preparation."
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 10))]


def test_guard_after_the_call_he_stated(lexicon) -> None:
    body = f"{CALL}\n\nAfter the call, FM Sabry stated that the fishing dispute can only be settled after careful preparation."
    assert [t for t, _ in typed_days(body, lexicon)] == ["call", "statement"]
