"""Round 1130: a numbered round told just after the dated meeting it numbers ("X and Y met on Tuesday in Lima. …
after the third round of consultations between the deputy ministers.") is that meeting, dated and placed by it, not an
undated round of its own (`numbered_meetings.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.numbered_meetings import join_numbered, numbered_meeting

_MET = "Peru and Chile's deputy foreign ministers met on Tuesday in Lima. "


def _gatherings(body: str, lexicon) -> list[tuple]:
    """(type, first day, round number, venue name) of each gathering the rule stage reads from `body`."""
    return [(c.event_type, c.first, c.round_number, c.venue and c.venue[0])
            for c in extract_own(body, lexicon, learned=False).events if c.event_type in ("talk_round", "meeting", "summit")]


def test_a_round_after_the_meeting(lexicon) -> None:
    body = _MET + "The ministry published a communique after the third round of consultations between the deputy ministers."
    assert _gatherings(body, lexicon) == [("talk_round", dt.date(2023, 5, 9), 3, "Lima")]


def test_during_their_second_meeting(lexicon) -> None:
    body = ("The foreign ministers of Armenia and Azerbaijan met on 9 May 2023 in Washington. During their second "
            "meeting, held in a frank atmosphere, the ministers discussed the peace treaty.")
    assert _gatherings(body, lexicon) == [("talk_round", dt.date(2023, 5, 9), 2, "Washington")]


def test_through_the_function(lexicon) -> None:
    met = Candidate("meeting", 0, 0, first=dt.date(2023, 5, 9), last=dt.date(2023, 5, 9), precision="day",
                    dated_by="text", evidence=["X and Y met on Tuesday in Lima."])
    told = Candidate("talk_round", 1, 1, round_number=3, reference=True,
                     evidence=["The ministry published a communique after the third round of consultations."])
    roster = Roster(lexicon)
    assert numbered_meeting(told, [met], roster) is met
    join_numbered(told, met)
    assert (met.event_type, met.round_number, met.first) == ("talk_round", 3, dt.date(2023, 5, 9))
    assert told.evidence[0] in met.evidence


def test_guard_the_next_round(lexicon) -> None:
    body = _MET + "The next round of consultations between the deputy ministers will be held in June."
    assert ("meeting", dt.date(2023, 5, 9), None, "Lima") in _gatherings(body, lexicon)


def test_guard_an_earlier_round(lexicon) -> None:
    body = _MET + "The two had held their sixth round of consultations in Santiago."
    assert ("meeting", dt.date(2023, 5, 9), None, "Lima") in _gatherings(body, lexicon)


def test_guard_other_parties_elsewhere(lexicon) -> None:
    body = _MET + "Russia and Ukraine ended the fourth round of their talks in Istanbul."
    found = _gatherings(body, lexicon)
    assert ("meeting", dt.date(2023, 5, 9), None, "Lima") in found
    assert any(kind == "talk_round" and number == 4 for kind, _, number, _ in found)


def test_guard_a_round_in_another_place(lexicon) -> None:
    met = Candidate("meeting", 0, 0, first=dt.date(2023, 5, 9), last=dt.date(2023, 5, 9), precision="day",
                    dated_by="text", venue=("Lima", "PER"), evidence=["X and Y met on Tuesday in Lima."])
    told = Candidate("talk_round", 1, 1, round_number=3, venue=("Quito", "ECU"),
                     evidence=["A statement came after the third round of consultations in Quito."])
    assert numbered_meeting(told, [met], Roster(lexicon)) is None
