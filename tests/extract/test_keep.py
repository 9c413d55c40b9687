"""The learned keep decision (`keep.py`): its features, the shipped model's probabilities on sentences of our own,
the lower confidence of an inferred year, and rule decisions it leaves alone."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract import assemble
from tracker.extract.candidate import Candidate
from tracker.extract.keep import GUESSED_YEAR, THRESHOLD, features, keep_likely, probability
from tracker.extract.lexicon import Lexicon

MEETING = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Wednesday to discuss the peace treaty."


def _meeting() -> Candidate:
    return Candidate("meeting", paragraph=0, order=0, first=dt.date(2023, 5, 10), last=dt.date(2023, 5, 10),
                     precision="day", dated_by="text", actors={"ARM": "participant", "AZE": "participant"},
                     venue=("Geneva", "Switzerland"), evidence=[MEETING], confidence=0.85)


def test_features_of_a_hand_made_candidate() -> None:
    row = features(_meeting(), None, 3)
    assert {"type=meeting", "status=held", "future=False", "dated_by=text", "precision=day", "process=False",
            "round=False", "venue=True", "actors=2", "speech=False", "quotes=0", "where=first", "count=3",
            "hand=0.85", "kind=unknown", "role=participant", "type*dated_by=meeting*text"} <= set(row)
    assert {"w=geneva", "w=met", "b=ministers_of", "b=met_in"} <= set(row)
    assert "w=armenia" in row and not any(f.startswith("w=") and f[2:].istitle() for f in row)  # lower-cased
    late = dataclasses.replace(_meeting(), paragraph=7, evidence=["They met on 10 May 2023."])
    assert {"where=late", "w=#", "b=on_#"} <= set(features(late, None, 12)) and "count=8" in features(late, None, 12)


def test_the_shipped_model_finds_a_told_meeting_likelier_than_a_bare_undated_mention() -> None:
    told = probability(_meeting(), None, 2)
    bare = probability(Candidate("meeting", paragraph=9, order=9, evidence=["A meeting could follow."],
                                 confidence=0.3), None, 12)
    assert 0 <= bare < told <= 1 and told > 0.7


def test_extracted_events_carry_the_model_probability_as_confidence(lexicon: Lexicon) -> None:
    extraction = extract_own(MEETING, lexicon)
    assert [c.event_type for c in extraction.events] == ["meeting"]
    c = extraction.events[0]
    assert c.confidence >= 0.7 and c.confidence == round(c.confidence, 2)


def test_an_inferred_year_lowers_the_confidence() -> None:
    sure, guessed = keep_likely([_meeting()], None, False)[0], keep_likely([_meeting()], None, True)[0]
    assert guessed.confidence == pytest.approx(max(0.1, sure.confidence - GUESSED_YEAR), abs=0.011)


@pytest.mark.parametrize("body", [
    MEETING,
    "Kenya's foreign minister said on Thursday that talks with Somalia on the maritime border would resume in June.",
    "The third round of talks between Serbia and Kosovo opened in Brussels on Tuesday, the EU said.",
])
def test_confident_rule_decisions_stay(body: str, lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    with_model = [(c.event_type, c.first) for c in extract_own(body, lexicon).events]
    monkeypatch.setattr(assemble, "keep_likely", lambda events, *_: events)
    assert with_model == [(c.event_type, c.first) for c in extract_own(body, lexicon).events] != []


def test_only_the_surest_spurious_are_dropped() -> None:
    assert 0 < THRESHOLD <= 0.5  # a conservative drop, chosen on dev cross-validation
    weak = Candidate("meeting", paragraph=9, order=9, evidence=["A meeting could follow."], confidence=0.3)
    dropped = probability(weak, None, 12) < THRESHOLD
    assert len(keep_likely([weak], None, False)) == (0 if dropped else 1)
    assert len(keep_likely([_meeting()], None, False)) == 1
