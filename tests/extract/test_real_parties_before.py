"""Parties named in the sentence before (round 53): "The Chilean delegation was led by X, the Peruvian side by Y. The
delegations met …" gives the meeting both delegations and their heads; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


_events = typed_events


def test_the_delegations_named_before_meet(lexicon) -> None:
    text = ("The Chilean delegation was led by Deputy Foreign Minister Ana Ruiz, while the Peruvian side was headed by "
            "Luis Vera, a senior diplomat. The delegations met in Arica on Monday.")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 8), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])]


def test_one_state_named_before_is_no_pair(lexicon) -> None:
    """A guard: a sentence before that names one state only gives nothing."""
    text = "The Chilean delegation was led by Deputy Foreign Minister Ana Ruiz. The delegations met in Arica on Monday."
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 8), [])]
