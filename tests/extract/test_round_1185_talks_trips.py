"""Round 1185: a trip told as going to talks is the talks (the twenty-fifth stop's decision 1): one event, typed as the
talks are, dated by their days when told, else by the trip's; not a visit plus talks. A trip told for itself ("will
visit", "on a state visit") stays a visit. Sentences of our own, read at the rule stage (`learned=False`) and through
`for_talks` and `fold_trips`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own, typed_events
from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.talks_trips import fold_trips, for_talks


def _types(body: str, lexicon) -> list[tuple[str, dt.date | None]]:
    return [(kind, day) for kind, day, _ in typed_events(body, lexicon, learned=False)]


@pytest.mark.parametrize("body, expected", [
    # a fronted purpose: a visit on 1b3084e5
    ("To continue the stalled border talks, the Armenian deputy foreign minister has landed in Tbilisi, officials said "
     "on Thursday.", [("meeting", dt.date(2023, 5, 11))]),
    # "headed to … for the next round": a visit on 1b3084e5 (the undated round of the same sentence was dropped)
    ("The rebel negotiators headed to Kampala on Saturday for the next round of peace talks.",
     [("talk_round", dt.date(2023, 5, 6))]),
    # the talks read from the trip's own sentence: a visit and a meeting on 1b3084e5
    ("The Omani mediators landed in Aden on Thursday to hold talks with the separatist council.",
     [("meeting", dt.date(2023, 5, 11))]),
])
def test_a_trip_told_as_going_to_talks_is_the_talks(body: str, expected: list, lexicon) -> None:
    assert _types(body, lexicon) == expected


def test_the_trip_folds_into_the_talks_it_went_to_on_their_day(lexicon) -> None:
    body = ("The Kosovo delegation arrived in Brussels on Monday to resume the EU-facilitated dialogue with Serbia. The "
            "chief negotiators of Kosovo and Serbia met in Brussels on Tuesday under EU auspices.")
    assert _types(body, lexicon) == [("talk_round", dt.date(2023, 5, 9))]  # a visit on Monday too on 1b3084e5
    extraction = extract_own(body, lexicon, learned=False)
    assert "Belgium" not in {extraction.roster.name(k) for k in extraction.events[0].actors}  # the host only hosts


@pytest.mark.parametrize("body", [
    "President Arif Alvi will visit Tashkent next week for talks with President Shavkat Mirziyoyev.",
    "The Spanish foreign minister arrived in Hanoi on Sunday on a three-day state visit.",
])
def test_a_trip_told_for_itself_stays_a_visit(body: str, lexicon) -> None:
    assert [kind for kind, _ in _types(body, lexicon)] == ["visit"]


@pytest.mark.parametrize("text, expected", [
    ("The negotiators flew into Nairobi late on Friday to pursue the peace talks with the government.", "talk_round"),
    ("Heads of the two teams head to Lusaka to join the mediated negotiations", "talk_round"),
    ("The minister left for Ankara on Monday for talks with his Turkish counterpart.", "meeting"),
    ("The minister left for Ankara on Monday to resume talks with the rebels.", "talk_round"),
    ("The premier travelled to Tokyo for the summit of the seven leaders.", "summit"),
    ("The envoy arrived in Amman on Sunday to negotiate the prisoner release.", "meeting"),
    ("La délégation est arrivée à Genève lundi pour les pourparlers sur le cessez-le-feu.", "talk_round"),
    ("La delegación llegó a Caracas el martes para reanudar las negociaciones con el gobierno.", "talk_round"),
    # guards: the trip told for itself, a purpose that is not the trip's, no purpose
    ("The president will arrive in Rabat on a state visit for talks with the king.", None),
    ("The envoy arrived in Oslo on Friday, days after Norway called for talks between the parties.", None),
    ("The delegation arrived in Doha on Sunday, where the talks have stalled.", None),
    ("The foreign minister landed in Beirut on Wednesday.", None),
    # to meet someone: the talks only with the host's side
    ("The Danish premier flew to Cairo on Monday to meet President Abdel Fattah al-Sisi.", "meeting"),
    ("The envoy travelled to Kigali to meet the exiled opposition figures.", None),
    ("The ministers headed to Oslo for their annual meeting of the forum.", "meeting"),
])
def test_for_talks(text: str, expected: str | None) -> None:
    assert for_talks(text) == expected


def _gathering(kind: str, day: int, venue: str = "Geneva", dated_by: str = "text") -> Candidate:
    c = Candidate(event_type=kind, paragraph=0, order=day, first=dt.date(2023, 5, day), last=dt.date(2023, 5, day),
                  precision="day", dated_by=dated_by, process="talks", venue=(venue, "CHE"))
    c.evidence = [f"{kind} {day}"]
    return c


@pytest.mark.parametrize("talks_day, venue, folded", [
    (9, "Geneva", True),  # the day after the arrival
    (8, "Geneva", True),  # the same day
    (14, "Geneva", False),  # a later session: the trip went to other talks
    (7, "Geneva", False),  # talks before the trip
    (9, "Lausanne", True),  # the same country's town: a place told finer
])
def test_fold_trips(talks_day: int, venue: str, folded: bool) -> None:
    trip, talks = _gathering("meeting", 8), _gathering("talk_round", talks_day, venue)
    talks.venue = (venue, "CHE")
    out = fold_trips([trip, talks], {id(trip)}, Roster(Lexicon()))
    assert (out == [talks]) is folded
    if folded:
        assert talks.first == dt.date(2023, 5, talks_day) and "meeting 8" in talks.evidence  # the talks' own day


def test_fold_trips_reads_only_the_trips_it_made() -> None:
    meeting, talks = _gathering("meeting", 8), _gathering("talk_round", 9)
    assert fold_trips([meeting, talks], set(), Roster(Lexicon())) == [meeting, talks]


def test_a_trip_to_a_town_the_article_visits_for_itself_stays_the_visit(lexicon) -> None:
    body = ("The Norwegian envoy wrapped up a three-day visit to Harare, during which she held talks with officials.\n\n"
            "She had arrived in Harare on Monday to meet Zimbabwean Foreign Minister Frederick Shava.")
    assert "visit" in [kind for kind, _ in _types(body, lexicon)]


def test_a_tour_elsewhere_does_not_hold_the_trip_back(lexicon) -> None:
    body = ("The Chilean foreign minister arrived in Lima on Monday to meet his Peruvian counterpart.\n\n"
            "He may later embark on an Asia tour, an aide said.")
    assert "visit" not in [kind for kind, _ in _types(body, lexicon)]
