"""Round 885: a gathering told in the sentence of its participant's arrival or visit, on a later day of the same week,
is held where the visitor goes ("X will arrive in Brussels on Monday and hold talks with Y on Tuesday"). Sentences of
our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

_GATHERINGS = ("meeting", "talk_round", "summit")


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type in _GATHERINGS]


@pytest.mark.parametrize("body, place", [
    ("Serbian President Aleksandar Vucic will arrive in Brussels on Monday and will hold talks with Kosovo Prime "
     "Minister Albin Kurti on Tuesday.", "Brussels"),
    ("Turkish Foreign Minister Hakan Fidan will arrive in Moscow on Sunday and hold talks with Russian Foreign Minister "
     "Sergei Lavrov on Monday.", "Moscow"),
    ("Chinese Foreign Minister Wang Yi arrived in Jakarta on Tuesday and met his Indonesian counterpart Retno Marsudi "
     "on Wednesday.", "Jakarta"),
    ("Indian Prime Minister Narendra Modi will pay a visit to Washington next Tuesday and hold a summit with U.S. "
     "President Joe Biden on Wednesday.", "Washington"),
])
def test_the_visit_places_the_gathering_of_its_sentence(body: str, place: str, lexicon) -> None:
    assert _venues(body, lexicon)[:1] == [place]


def test_guard_a_gathering_weeks_later_takes_nothing(lexicon) -> None:
    body = ("Serbian President Aleksandar Vucic will arrive in Brussels on Monday and will hold talks with Kosovo Prime "
            "Minister Albin Kurti in late June.")
    assert _venues(body, lexicon)[:1] == [None]


def test_guard_a_gathering_told_with_its_own_place_keeps_it(lexicon) -> None:
    body = ("Serbian President Aleksandar Vucic will arrive in Brussels on Monday and will hold talks with Kosovo Prime "
            "Minister Albin Kurti in Luxembourg on Tuesday.")
    assert _venues(body, lexicon)[:1] == ["Luxembourg"]
