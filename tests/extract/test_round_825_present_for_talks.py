"""Round 825: presence in a town for talks is the talks (docs/extraction.md, "Types": arrivals for talks belong to the
talks): "X was in Cairo on Monday to meet Y", "Y is in Doha for talks with Z". Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events


def _types(body: str, lexicon) -> list[tuple]:
    return [(kind, day) for kind, day, _ in typed_events(body, lexicon)]


@pytest.mark.parametrize("body", [
    "The Chilean foreign minister was in Lima on Thursday to meet Peruvian officials.",
    "A Bolivian delegation is in Santiago on Thursday for talks with Chilean officials.",
    "Peruvian negotiators were in Quito on Thursday to hold talks with the Ecuadorian side.",
    "The Chilean envoy was in La Paz on Thursday for consultations with the Bolivian government.",
])
def test_presence_for_talks_is_a_meeting(body: str, lexicon) -> None:
    assert _types(body, lexicon) == [("meeting", dt.date(2023, 5, 11))]


@pytest.mark.parametrize("body", [
    "The Chilean foreign minister was in Lima on Thursday when the news broke.",
    "Thousands of refugees are in Chad on Thursday to escape the fighting.",
])
def test_guard_presence_for_anything_else_is_no_event(body: str, lexicon) -> None:
    """The guard: presence told for no talks is no event."""
    assert _types(body, lexicon) == []
