"""A proposal handed over (round 123): "X conveyed to Y its three-point proposal", "X presented a new proposal" are X's
proposal, dated by their sentence. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_proposal_conveyed_is_a_proposal(lexicon) -> None:
    assert typed_events("In March 2022, Peru conveyed to Chile its three-point proposal on the border.", lexicon) \
        == [("proposal", dt.date(2022, 3, 1), ["Peru"])]


def test_a_proposal_presented_is_a_proposal(lexicon) -> None:
    assert typed_events("On Tuesday, Norway presented a new proposal to both sides.", lexicon) \
        == [("proposal", dt.date(2023, 5, 9), ["Norway"])]


def test_a_proposal_of_someone_else_is_not_presented_as_ones_own(lexicon) -> None:
    """A guard: "presented the proposal of the mediators" is not a proposal of the presenter's own."""
    events = typed_events("On Tuesday, Norway presented the proposal of the mediators to both sides.", lexicon)
    assert [e[0] for e in events] != ["proposal"]
