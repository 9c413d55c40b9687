"""An event's place is looked for in its own clause, not past a later speech verb (round 77): "After briefing the
Security Council, the envoy told reporters that talks would resume on June 2 in Geneva" puts the talks in Geneva, not
the briefing. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first.isoformat(), c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_the_place_of_the_words_is_not_the_briefings(lexicon) -> None:
    text = ("After briefing the Security Council, UN envoy Ana Soto told reporters on Wednesday that talks between Chile "
            "and Peru would resume on June 2 in Geneva.")
    assert _venues(text, lexicon) == [("meeting", "2023-05-10", None), ("announcement", "2023-05-10", None),
                                      ("meeting", "2023-06-02", "Geneva")]


def test_a_place_before_the_speech_verb_stays(lexicon) -> None:
    """A guard: "met in Lima on Tuesday, the ministry said" keeps Lima."""
    text = "The foreign ministers of Chile and Peru met in Lima on Tuesday, the Chilean foreign ministry said."
    assert _venues(text, lexicon) == [("meeting", "2023-05-09", "Lima")]
