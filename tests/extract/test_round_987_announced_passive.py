"""Round 987: a gathering as the subject of the passive "announced" makes the announcer's words an announcement.

"X announced the talks" was already an announcement (`clauses._ANNOUNCED_EVENT`); the passive that puts the gathering
first ("The meeting was initially announced by X", "the visit had been announced by Y") was read as a past act told
and lowered to a statement. Only a gathering as the subject counts: an apposition before an active "announced"
("the mediators of the talks, announced the conclusion") and a ceasefire announced stay as they were. Sentences of
our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.clauses import announced_passive


@pytest.mark.parametrize("body", [
    "The meeting was initially announced by Serbian authorities on Tuesday evening and later confirmed by the European Union.",
    "The visit had been announced by the Turkish presidency on Tuesday.",
    "The trip was officially announced by the Kenyan presidency on Tuesday.",
    "The new talks were announced by Norwegian Foreign Minister Espen Barth Eide on Tuesday.",
])
def test_a_gathering_announced_in_the_passive_is_an_announcement(body: str, lexicon) -> None:
    assert "announcement" in event_types(body, lexicon)
    assert "statement" not in event_types(body, lexicon)


@pytest.mark.parametrize("body", [
    "Egypt and Qatar, mediators of the Gaza ceasefire talks, announced the conclusion of two days of discussions on Tuesday.",
    "The ceasefire was announced by the Sudanese army on Tuesday.",
])
def test_no_gathering_as_the_passive_subject(body: str, lexicon) -> None:
    assert "announcement" not in event_types(body, lexicon)


def test_the_passive_subject() -> None:
    assert announced_passive("The summit, ", " by the Kremlin")
    assert not announced_passive("The mediators of the talks, ", " the end")
