"""An event named the way analysts name one in a box: its id, its round ("round 20", "Astana round 20", "the 20th
round"), or its title. The review form's links box, `tracker review edit --link` and the editor's link picker read a
name through these functions, so "follows: round 20" finds the same event everywhere."""
from __future__ import annotations

import re

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


def latest_first(events: pd.DataFrame, positions: np.ndarray) -> list[int]:
    """These row positions of `events`, the latest start first (undated last)."""
    starts = events["start_date"].iloc[positions].reset_index(drop=True)
    return [int(positions[i]) for i in starts.sort_values(ascending=False, na_position="last", kind="stable").index]


def event_refs(events: pd.DataFrame, text: str) -> list[str]:
    """The ids of the events `text` names, the latest first: the event of that id; else the round it names; else the
    events of that title. Empty when it names none; several when a name fits several events."""
    typed = text.strip()
    ids = events["event_id"].astype("string")
    if typed and (ids == typed).any():
        return [typed]
    mask = round_mask(events, typed)
    if mask is None:
        mask = is_title(events["title"], typed)
    return [str(ids.iloc[p]) for p in latest_first(events, np.flatnonzero(mask))]
