"""Rounds 1225-1227: a gathering, accord or visit with no place takes the place a retelling of it gives in a nearby
sentence, right after a definite anaphor of its kind, when the retelling names one of its parties: "Uzbek and Kyrgyz
ministers met." + "The meeting, held at the foreign ministry in Tashkent, ended with an Uzbek-Kyrgyz communique"
places the meeting in Tashkent (`tellings.telling_venues`; 1225 and 1226, the anaphor alone, were dropped: see
docs/extraction.md).

Guards: a retelling that names none of the event's parties, a sentence that tells an event of another day, another
accord told between, the noun as a topic ("discussed implementing the deal in X"), a place in another clause ("Under
the deal, an office will open in X"), a plan told of a held event ("the talks will be held in X"), a day told for an
event known only to its month, a retelling before an event that gives its own day, and "the next meeting" all give
nothing. Sentences of our own, read through the rule's own function.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.tellings import shares_party, telling_venues

TUESDAY = dt.date(2023, 5, 9)


def _event(kind: str, order: int, sentence: str, lexicon, first: dt.date | None = TUESDAY, **kw) -> Candidate:
    actors = {m.key: "participant" for m in lexicon.scan(sentence) if m.role in ("actor", "adjective")}
    return Candidate(kind, order, order, first=first, last=first, precision=kw.pop("precision", "day"),
                     dated_by=kw.pop("dated_by", "context"), evidence=[sentence], actors=actors, **kw)


def _place(texts: list[str], events: list[Candidate], lexicon) -> str | None:
    telling_venues(events, texts, list(range(len(texts))), Roster(lexicon))
    return events[0].venue[0] if events[0].venue else None


@pytest.mark.parametrize("kind, texts, place", [
    ("meeting", ["The Uzbek and Kyrgyz foreign ministers met to review border demarcation.",
                 "Officials described the mood as constructive.",
                 "The meeting, held at the foreign ministry in Tashkent, ended with an Uzbek and Kyrgyz communique."],
     "Tashkent"),
    ("agreement", ["Uganda and South Sudan concluded a pact on cross-border trade.",
                   "Ministers of Uganda put their names to the accord in Kampala before reporters."], "Kampala"),
    ("meeting", ["Chile's president received his Argentine counterpart to discuss lithium.",
                 "Their talks in Santiago lasted two hours, Chilean aides said."], "Santiago"),
])
def test_a_retelling_places_the_event(kind: str, texts: list[str], place: str, lexicon) -> None:
    assert _place(texts, [_event(kind, 0, texts[0], lexicon)], lexicon) == place


@pytest.mark.parametrize("texts, extra, change", [
    # the retelling names none of the event's parties
    (["The Uzbek and Kyrgyz foreign ministers met to review border demarcation.",
      "The meeting, held at the foreign ministry in Tashkent, ended with a communique."], [], {}),
    # the retelling sentence tells an event of another day
    (["The Uzbek and Kyrgyz foreign ministers met to review border demarcation.",
      "The meeting in Tashkent followed an Uzbek visit made in March."], [("visit", 1, dt.date(2023, 3, 1))], {}),
    # the deal as a topic
    (["Uganda and South Sudan concluded a pact on cross-border trade.",
      "Ugandan officials later discussed implementing the deal in Kampala."], [], {"kind": "agreement"}),
    # a place in another clause
    (["Uganda and South Sudan concluded a pact on cross-border trade.",
      "Under the deal, a Ugandan customs office will open in Kampala."], [], {"kind": "agreement"}),
    # a plan told of a held meeting
    (["Chile's president received his Argentine counterpart to discuss lithium.",
      "The talks will be held in Santiago, Chilean aides said."], [], {}),
    # a day told of a meeting known only to its month
    (["Chile's president received his Argentine counterpart in May to discuss lithium.",
      "The meeting held on Monday in Santiago was cordial, Chilean aides said."], [], {"precision": "month"}),
    # the next meeting is another one
    (["Chile's president received his Argentine counterpart to discuss lithium.",
      "The next meeting in Santiago is expected in autumn, Chilean aides said."], [], {}),
])
def test_the_rule_s_guards(texts: list[str], extra: list, change: dict, lexicon) -> None:
    kind = change.pop("kind", "meeting")
    events = [_event(kind, 0, texts[0], lexicon, **change)]
    events += [_event(k, i, texts[i], lexicon, first=d) for k, i, d in extra]
    assert _place(texts, events, lexicon) is None


def test_a_retelling_before_an_event_with_its_own_day_is_another_s(lexicon) -> None:
    texts = ["Ugandan leaders put their names to the accord in Kampala before reporters.",
             "A truce in March between Uganda and its rebels had been brokered by Kenya."]
    events = [_event("agreement", 1, texts[1], lexicon, first=dt.date(2023, 3, 1), precision="month", dated_by="text")]
    telling_venues(events, texts, [0, 1], Roster(lexicon))
    assert events[0].venue is None


def test_another_accord_told_between_keeps_the_anaphor(lexicon) -> None:
    texts = ["Uganda and South Sudan concluded a pact on cross-border trade.",
             "Kenya and Ethiopia signed a memorandum on power lines on Monday.",
             "Ugandan ministers put their names to the accord in Kampala before reporters."]
    events = [_event("agreement", 0, texts[0], lexicon),
              _event("agreement", 1, texts[1], lexicon, first=dt.date(2023, 5, 8))]
    telling_venues(events, texts, [0, 1, 2], Roster(lexicon))
    assert events[0].venue is None


def test_a_person_is_named_by_a_word_of_his_name(lexicon) -> None:
    roster = Roster(lexicon)
    event = Candidate("meeting", 0, 0, actors={"person:ana-perez": "participant"}, evidence=["s"])
    roster.name = lambda k: "Ana Perezcano" if k == "person:ana-perez" else k  # a person the article introduced
    assert shares_party(event, "According to Perezcano's office, the meeting was held in Lima.", roster)
    assert not shares_party(event, "According to the office, the meeting was held in Lima.", roster)
