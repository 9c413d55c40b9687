"""Round 870: an arrival told with a gathering as its purpose is that gathering, not a visit (docs/extraction.md,
"Types": arrivals of delegations for talks belong to the talks). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import event_types, typed_days

WEDNESDAY = dt.date(2023, 5, 10)


@pytest.mark.parametrize(("body", "kind"), [
    ("The Bolivian delegation arrived in Geneva on Wednesday to take part in the fourth round of the talks.", "talk_round"),
    ("Members of the opposition team arrived in Oslo on Wednesday to attend the session of the dialogue forum.", "meeting"),
    ("The Ecuadorian foreign minister landed in Lima on Wednesday for the regional conference on migration.", "meeting"),
    ("Delegates from both camps landed in Nairobi on Wednesday in order to participate in the consultations.", "meeting"),
    ("The leaders of the Andean states arrived in La Paz on Wednesday for the summit of the bloc.", "summit"),
])
def test_arrival_for_a_gathering_is_the_gathering(body: str, kind: str, lexicon) -> None:
    assert typed_days(body, lexicon)[0] == (kind, WEDNESDAY)


def test_arrival_to_continue_talks_is_no_visit(lexicon) -> None:
    body = "Chilean and Peruvian negotiators have arrived in Quito to continue talks on the maritime border."
    assert "visit" not in event_types(body, lexicon)


@pytest.mark.parametrize("body", [
    "The Chilean foreign minister arrived in Lima on Wednesday on a two-day visit.",
    "The Chilean president arrived in Lima on Wednesday for a state visit.",
])
def test_guard_arrival_told_as_a_visit_stays_a_visit(body: str, lexicon) -> None:
    """The guard: a visit by its own name is a visit."""
    assert event_types(body, lexicon)[0] == "visit"


@pytest.mark.parametrize("body", [
    "The Chilean president arrived in Lima on Wednesday to meet his Peruvian counterpart.",
    "The Chilean president arrived in Lima on Wednesday for a meeting with his Peruvian counterpart.",
])
def test_arrival_to_meet_the_hosts_side_is_the_talks(body: str, lexicon) -> None:
    """Amended at the twenty-fifth stop (decision 1, round 1185): a trip told as going to talks with the host's side is
    the talks, one event (a summit of the two heads by the guideline; the heads named by no name are not counted)."""
    assert event_types(body, lexicon) in (["meeting"], ["summit"])
