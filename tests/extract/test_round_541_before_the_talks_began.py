"""Round 541: a gathering held before the day its talks are told to have begun is not part of them, though both belong to
one process; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

BEGAN = ("The Colombian government delegation said that talks with the ELN began in Caracas on Saturday, May 6, and that "
         "they continued on Sunday.\n\n")


def _gatherings(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-05-09")
    return [(c.first, c.last) for c in extraction.events if c.event_type in ("meeting", "talk_round")]


def test_a_meeting_the_day_before_the_talks_began_stays_apart(lexicon) -> None:
    found = _gatherings(BEGAN + "Both delegations met on Friday with envoys of the countries that accompany the peace "
                        "negotiations.", lexicon)
    assert (dt.date(2023, 5, 6), dt.date(2023, 5, 7)) in found and (dt.date(2023, 5, 5), dt.date(2023, 5, 5)) in found


def test_guard_a_session_inside_the_talks_joins_them(lexicon) -> None:
    """The guard: a session on a day of the talks is the talks."""
    found = _gatherings(BEGAN + "Both delegations met again on Sunday to discuss the peace negotiations.", lexicon)
    assert len(found) == 1
