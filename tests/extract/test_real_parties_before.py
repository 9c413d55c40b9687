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


def test_a_group_after_the_delegations_does_not_crash(lexicon) -> None:
    """The parties read from the sentence before once replaced the article's named actors, and the next "Both sides"
    crashed the extraction (TypeError: set & list) on an unseen wire."""
    text = ("The Chilean delegation was led by Deputy Foreign Minister Ana Ruiz, while the Peruvian side was headed by "
            "Luis Vera, a senior diplomat. The delegations met in Arica on Monday. Both sides signed a memorandum on Tuesday.")
    events = _events(text, lexicon)
    assert events[0] == ("meeting", dt.date(2023, 5, 8), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])
    assert [e[:2] for e in events[1:]] == [("agreement", dt.date(2023, 5, 9))]
