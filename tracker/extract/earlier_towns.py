"""A town told with a past day well before the story is an earlier gathering's, not the process's town now (round 1101).

Round 56 gives a recent talk round with no place the one town the article names for its process's talks. Background
copy names the towns of earlier gatherings of the same process as well: "following … exploratory talks in Istanbul
last month" beside "the talks in Baghdad" (so two towns, and none given), "at their recent meeting in Bali in July
2022" in a story of October (so the wrong one). A town whose sentence dates it, close by, to past days that all end
more than two weeks before the story's day is that earlier gathering's and is not counted for the recent round.
"""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import sentence_dates

#: How far back a gathering is still the story's own (round 56's window for a recent round)
_RECENT = dt.timedelta(days=14)
#: How near the town its date must be told to date it ("talks in Istanbul last month", "in Bali in July 2022")
_NEAR = 60


def told_long_before(text: str, town: str, anchor: dt.date | None) -> bool:
    """True when `text` dates the gathering it places in `town` to past days ending more than two weeks before `anchor`
    (each date told within reach of the town), and gives it no day of the last two weeks."""
    at = text.find(town)
    if anchor is None or at < 0:
        return False
    dates = [d for d in sentence_dates(text, anchor) if abs(d.start - at) <= _NEAR or abs(at + len(town) - d.start) <= _NEAR]
    return bool(dates) and all(not d.future and d.last < anchor - _RECENT for d in dates)


__all__ = ["told_long_before"]
