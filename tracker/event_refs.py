"""An event named the way analysts name one in a box: its id, its round ("round 20", "Astana round 20", "the 20th
round"), or its title. The review form's links box, `tracker review edit --link` and the editor's link picker read a
name through these functions, so "follows: round 20" finds the same event everywhere."""
from __future__ import annotations

import re
from typing import Callable

import numpy as np
import pandas as pd

#: A round named by its number, as analysts write it: "round 20", "R20", "round #20", "20th round".
ROUND = re.compile(r"\b(?:round|r)\s*#?\s*(\d{1,4})\b|\b(\d{1,4})(?:st|nd|rd|th)?\s+round\b", re.IGNORECASE)
#: Words of a round's name that never tell its process ("round 2 of the Geneva talks").
_FILLER = frozenset({"of", "the", "a", "an", "in", "at", "on", "for", "talks", "process", "format"})


def round_mask(events: pd.DataFrame, text: str) -> np.ndarray | None:
    """Which events are the round `text` names by number (None when it names none); its other words must each be in
    the event's process name ("astana round 20"). A title need not say "round": astana-20's says "20th International
    Meeting"."""
    match = ROUND.search(text)
    if match is None:
        return None
    mask = (events["round_number"] == int(match.group(1) or match.group(2))).fillna(False).to_numpy(dtype=bool)
    process = events["process"].astype("string").str.casefold().fillna("")
    for word in re.findall(r"[\w-]+", ROUND.sub(" ", text).casefold()):
        if word not in _FILLER:
            mask &= process.str.contains(word, regex=False).to_numpy(dtype=bool)
    return mask


def is_title(titles: pd.Series, text: str) -> np.ndarray:
    """Which of these titles is `text`, case and outer spaces aside."""
    return (titles.astype("string").str.strip().str.casefold() == text.strip().casefold()).fillna(False).to_numpy(dtype=bool)


def named_positions(events: pd.DataFrame, text: str, position_of: Callable[[str], int | None],
                    titled: Callable[[str], np.ndarray]) -> list[int]:
    """The row positions of the events `text` names, the latest first: the event whose id it is (`position_of`), else
    the round it names (`round_mask` over `events`' round_number, process and start_date), else (no round named, or
    none that fits) the events of that title (`titled`). Empty when it names none; several when a name fits several events. `event_refs` reads Tables
    through it, the dashboard its own columns (`tracker.dashboard.editor.links.named_events`)."""
    typed = text.strip()
    if not typed:
        return []
    at = position_of(typed)
    if at is not None:
        return [at]
    mask = round_mask(events, typed)
    positions = np.flatnonzero(mask) if mask is not None else np.zeros(0, dtype=np.int64)
    if not len(positions):  # a title that says "Round 4 of ..." is still a title when no round 4 fits it (ux25)
        positions = np.asarray(titled(typed), dtype=np.int64)
    starts = events["start_date"].iloc[positions].reset_index(drop=True)
    return [int(positions[i]) for i in starts.sort_values(ascending=False, na_position="last", kind="stable").index]


def event_refs(events: pd.DataFrame, text: str) -> list[str]:
    """The ids of the events `text` names in a full events frame (`named_positions`)."""
    ids = events["event_id"].astype("string")

    def position_of(typed: str) -> int | None:
        found = np.flatnonzero((ids == typed).fillna(False).to_numpy(dtype=bool))
        return int(found[0]) if len(found) else None

    return [str(ids.iloc[p]) for p in named_positions(events, text, position_of,
                                                      lambda typed: np.flatnonzero(is_title(events["title"], typed)))]
