"""Round 1168: a meeting or summit that its own sentence frames as held "in / on" a visit or trip to a place, of
which no visit candidate was made, is that visit (the guideline files meetings held during a visit under the visit).
Not a meeting "ahead of" a visit, nor one held to prepare one. Sentences of our own, read at the rule stage
(`learned=False`) and through `framed_visit`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.candidate import Candidate
from tracker.extract.framed_visits import framed_visit


@pytest.mark.parametrize("body, before", [
    ("On her first visit to Rome as prime minister, Ana Duarte met President Sergio Mattarella on Wednesday.", "summit"),
    ("The Kenyan envoys delivered a letter after meeting King Abdullah on Sunday on a two-day visit to Amman.",
     "meeting"),
])
def test_a_gathering_framed_by_a_visit_is_the_visit(body: str, before: str, lexicon) -> None:
    assert rule_types(body, lexicon) == ["visit"]  # `before` on 1273f20c


@pytest.mark.parametrize("body, kind", [
    ("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday, ahead of his visit to Poland.", "summit"),
    ("The two foreign ministers met in Geneva on Friday to prepare a visit to Moscow.", "meeting"),
])
def test_a_gathering_beside_a_visit_stays(body: str, kind: str, lexicon) -> None:
    assert rule_types(body, lexicon) == [kind]


def _candidate(kind: str, text: str, round_number: int | None = None) -> Candidate:
    c = Candidate(event_type=kind, paragraph=0, order=0)
    c.evidence, c.round_number = [text], round_number
    return c


@pytest.mark.parametrize("kind, text, expected", [
    ("summit", "In his second visit to Tokyo this year, the president met the prime minister.", True),
    ("meeting", "The minister, on a working trip to Dakar, held talks with his counterpart.", True),
    ("meeting", "The envoy met the minister before his visit to Cairo.", False),
    ("meeting", "The two sides met to discuss a visit to Seoul.", False),
    ("statement", "In his visit to Lima, the minister said talks would go on.", False),
    ("talk_round", "On their visit to Geneva the delegations met for the third round.", False),  # numbered below
    ("meeting", "During her visit to Lima, the minister met the president.", False),  # rounds 79 and 770 keep it
])
def test_framed_visit(kind: str, text: str, expected: bool) -> None:
    c = _candidate(kind, text, 3 if "third round" in text else None)
    assert framed_visit(c, [c]) is expected


def test_a_visit_of_the_same_sentence_is_left_to_fold_into() -> None:
    text = "On a visit to Baku on Monday, the minister met President Aliyev."
    m, v = _candidate("meeting", text), _candidate("visit", text)
    assert framed_visit(m, [m, v]) is False
