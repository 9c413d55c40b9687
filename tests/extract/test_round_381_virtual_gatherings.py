"""Round 381 (docs/extraction.md, "Dateline city and venue"): a gathering held over a screen ("a virtual meeting",
"met via video link") took the dateline city or the town of its process's talks as its venue; it now has none,
unless its own sentence names the place. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_text


def _venues(body: str, lexicon) -> list:
    text = f"published: 2023-05-12\n\nTalks\n\nLIMA, May 10 (Wire) -- {body}\n"
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_text(text, lexicon).events]


def test_a_virtual_meeting_has_no_venue(lexicon) -> None:
    body = "Chilean and Peruvian foreign ministers held a virtual meeting here on Tuesday."
    assert _venues(body, lexicon) == [("meeting", None)]


def test_a_meeting_by_video_link(lexicon) -> None:
    body = "Chilean and Peruvian foreign ministers met in this city on Tuesday via video link."
    assert _venues(body, lexicon) == [("meeting", None)]


def test_a_meeting_named_beside_virtual_talks(lexicon) -> None:
    """A guard: the virtual talks are another event; the meeting told in Lima keeps Lima."""
    body = "Hours before the virtual talks, Chilean and Peruvian foreign ministers met in Lima on Tuesday."
    assert _venues(body, lexicon) == [("meeting", "Lima")]
