"""Round 581: a gathering named again at the opening of its sentence ("At the meeting on Sunday, the two sides …")
takes the place of the gathering told just before it ("… held talks in Nairobi"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _gathering_venues(body: str, lexicon) -> list:
    return [(c.first.isoformat() if c.first else None, c.venue[0] if c.venue else None)
            for c in extract_own(body, lexicon).events if c.event_type in ("meeting", "talk_round", "summit")]


def test_the_meeting_named_again_is_where_it_was_told(lexicon) -> None:
    venues = _gathering_venues("Kenyan Foreign Minister Jane Mwangi and Ethiopian Foreign Minister Tesfaye Bekele held "
                               "talks in Nairobi about the border dispute.\n\nAt the meeting on Wednesday, the two sides "
                               "exchanged views on trade across the border, state media reported.", lexicon)
    assert venues and all(place == "Nairobi" for _, place in venues)


def test_guard_a_meeting_told_in_full_is_not_placed(lexicon) -> None:
    venues = _gathering_venues("Kenyan Foreign Minister Jane Mwangi and Ethiopian Foreign Minister Tesfaye Bekele held "
                               "talks in Nairobi about the border dispute.\n\nAt the meeting of the regional council on "
                               "Wednesday, the two ministers exchanged views on trade across the border, state media reported.", lexicon)
    assert ("2023-05-10", "Nairobi") not in venues
