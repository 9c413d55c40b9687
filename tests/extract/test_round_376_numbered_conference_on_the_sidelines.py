"""Round 376: a meeting held "on the sidelines of the 12th Ministerial Conference of …" tells of that conference too, a
`meeting` with its number, day and town (`sidelines.py`); an unnumbered setting ("the G20 summit") stays the setting
alone. Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.round_number) for c in extract_own(body, lexicon).events]


def test_the_numbered_conference_is_a_meeting_of_its_own(lexicon) -> None:
    events = _events("Foreign Minister Ilir Dervishi met his Greek counterpart Nikos Dendias on Thursday on the sidelines "
                     "of the 12th Ministerial Conference of the Southeast European Cooperation Process in Skopje.", lexicon)
    assert ("meeting", dt.date(2023, 5, 11), 12) in events
    assert len([e for e in events if e[0] == "meeting"]) == 2


def test_guard_an_unnumbered_summit_is_only_the_setting(lexicon) -> None:
    events = _events("Foreign Minister Ilir Dervishi met his Greek counterpart Nikos Dendias on Thursday on the sidelines "
                     "of the G20 summit in Bali.", lexicon)
    assert [e[0] for e in events] == ["meeting"]
