"""Round 1311: one side meeting the mediators is a meeting, not a session of the talks (decision 3 of the thirtieth
stop): a delegation come "to speak with the mediators", "the lead mediators met with the delegation", "a meeting
between the government and the mediation team" ahead of a round. A session that brings both sides to the mediators
stays one. Sentences of our own, read at the rule stage and through `mediator_meetings.told_with_mediators`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own, typed_events
from tracker.extract.candidate import Candidate
from tracker.extract.mediator_meetings import mediator_meetings, told_with_mediators


def _types(body: str, lexicon) -> list[str]:
    return [t for t, _, _ in typed_events(body, lexicon, learned=False)]


@pytest.mark.parametrize("body", [
    # one delegation come to the mediators
    "A Tamil Tigers delegation arrived in Oslo on Monday to speak with the Norwegian mediators about the stalled Sri "
    "Lanka peace talks.",
    # the mediators with one side
    "The lead mediators met with the rebel delegation in Oslo on Monday to discuss a truce in the Sri Lanka peace "
    "talks.",
    # a meeting with the mediation team before a round
    "The third round of the Sri Lanka peace talks was preceded by a meeting, held on Monday in Oslo, between the "
    "government of Sri Lanka and the Norwegian mediation team.",
])
def test_one_side_with_the_mediators_is_a_meeting(body: str, lexicon) -> None:
    assert _types(body, lexicon) == ["meeting"]


def test_the_meeting_before_a_round_takes_no_round_number(lexicon) -> None:
    body = ("The third round of the Sri Lanka peace talks was preceded by a meeting, held on Monday in Oslo, between "
            "the government of Sri Lanka and the Norwegian mediation team.")
    assert [(c.event_type, c.round_number) for c in extract_own(body, lexicon, learned=False).events] == [("meeting", None)]


@pytest.mark.parametrize("body", [
    # both sides brought to the mediators: a session
    "Both delegations met with the Norwegian mediators in Oslo on Monday for the Sri Lanka peace talks.",
    # the two delegations, the mediators only present
    "The two delegations met in Oslo on Monday for the Sri Lanka peace talks, with the mediators present.",
])
def test_both_sides_with_the_mediators_stay_a_session(body: str, lexicon) -> None:
    assert _types(body, lexicon) == ["talk_round"]


@pytest.mark.parametrize("text, expected", [
    ("The envoy went to Cairo to meet with mediators on Sunday.", True),
    ("Its team held talks with the Qatari and Egyptian mediators.", True),
    ("The mediators met with the group's leaders in Doha.", True),
    ("It was preceded by a meeting between the army and the joint mediation committee.", True),
    ("The mediators met both sides in Doha.", False),  # both sides
    ("The mediators met separately with each delegation.", False),  # each side in turn, within the round
    ("The talks, mediated by Norway, resumed in Oslo.", False),  # mediated talks
    ("The mediator cut short the session.", False),
])
def test_told_with_mediators(text: str, expected: bool) -> None:
    assert told_with_mediators(text) is expected


def test_only_sessions_change() -> None:
    text = "The lead mediators met with the rebel delegation in Oslo on Monday."
    events = [Candidate(event_type=kind, paragraph=0, order=0, evidence=[text]) for kind in ("talk_round", "statement", "visit")]
    assert [c.event_type for c in mediator_meetings(events)] == ["meeting", "statement", "visit"]
