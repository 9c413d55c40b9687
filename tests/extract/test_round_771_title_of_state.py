"""Round 771: a head's title told with its state after it ("the Prime Minister of Peru Ana Soto", "President of Chile
Jane Doe and Prime Minister of Peru Ana Soto") is that title, whole, for each person: a meeting of two such heads is a
summit. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _titled(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-04-11")
    return [(c.event_type, {extraction.roster.name(k): extraction.roster.titles.get(k) for k in c.actors
                            if extraction.roster.titles.get(k)}) for c in extraction.events]


@pytest.mark.parametrize("body, titles", [
    ("On Monday, the Prime Minister of Armenia Nikol Pashinyan met President of Azerbaijan Ilham Aliyev in Granada.",
     {"Nikol Pashinyan": "prime minister", "Ilham Aliyev": "president"}),
    ("The Prime Minister of Peru Alberto Otarola received the President of Chile Gabriel Boric in Lima on Monday.",
     {"Alberto Otarola": "prime minister", "Gabriel Boric": "president"}),
    ("The French president hosted the Prime Minister of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev "
     "in Paris on Monday.", {"Nikol Pashinyan": "prime minister", "Ilham Aliyev": "president"}),
    ("A meeting between the Prime Minister of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev was held "
     "in Brussels on Monday.", {"Nikol Pashinyan": "prime minister", "Ilham Aliyev": "president"}),
])
def test_title_of_a_state_before_the_name(body: str, titles: dict, lexicon) -> None:
    events = _titled(body, lexicon)
    assert [e[0] for e in events] == ["summit"]
    assert {k: v for k, v in events[0][1].items() if k in titles} == titles


def test_guard_the_adjective_before_the_title(lexicon) -> None:
    """The guard: the state's adjective before the title reads as it did."""
    body = "On Monday, Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Granada."
    assert _titled(body, lexicon) == [("summit", {"Nikol Pashinyan": "prime minister", "Ilham Aliyev": "president"})]


def test_guard_a_long_brief_with_and_keeps_its_name(lexicon) -> None:
    """The guard: "and" inside a brief ("for Multilateral and Economic Affairs") joins no second person."""
    body = ("Chile's Deputy Foreign Minister for Multilateral and Economic Affairs Luis Vera met Peruvian officials in "
            "Lima on Monday.")
    assert any("Luis Vera" in titles for _, titles in _titled(body, lexicon))
