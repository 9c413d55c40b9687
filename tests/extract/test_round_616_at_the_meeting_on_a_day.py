"""Round 616: "At the meeting on Tuesday, the two sides exchanged views …" is set in the gathering just told, and dates
it; it is no second meeting. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_LEAD = "Chile's Foreign Minister Ana Soto and Peru's Foreign Minister Luis Vera held talks in Lima over the border dispute.\n\n"


def test_at_the_meeting_on_a_day_dates_the_talks_told(lexicon) -> None:
    events = typed_events(_LEAD + "At the meeting on Tuesday, the two sides exchanged views on the new maps, the ministry "
                                  "said.", lexicon)
    meetings = [(day.isoformat() if day else None, actors) for kind, day, actors in events if kind == "meeting"]
    assert meetings == [("2023-05-09", ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_guard_at_the_next_meeting_is_another(lexicon) -> None:
    """The guard: "At the next meeting on June 2, …" speaks of another gathering."""
    events = typed_events(_LEAD + "At the next meeting on June 2, the two sides will exchange the new maps, the ministry "
                                  "said.", lexicon)
    assert len([kind for kind, _, _ in events if kind == "meeting"]) == 2
