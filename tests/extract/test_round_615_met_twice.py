"""Round 615: "has held talks only twice with X" counts meetings (an aggregate, no event), as "met three times" did.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_held_talks_twice_is_a_count(lexicon) -> None:
    body = ("Chile's Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Vera in Lima on Tuesday.\n\n"
            "Since taking office in late 2021, Soto has held talks only twice with Vera, both times at regional summits.")
    assert [kind for kind, _ in typed_days(body, lexicon)] == ["meeting"]


def test_guard_one_dated_meeting_stays(lexicon) -> None:
    """The guard: a meeting told with its day, no count."""
    body = "Chile's Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vera in Lima on Tuesday."
    assert [kind for kind, _ in typed_days(body, lexicon)] == ["meeting"]
