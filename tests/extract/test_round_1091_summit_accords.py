"""Round 1091: what two heads of state or government agreed at their own gathering ("agreed … during their first
summit", "agreed … on the margins of a summit") is that summit, not an agreement of its own; a signed document stays an
agreement, and ministers' accords at talks are left as they were. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.summit_accords import agreed_at_summit


@pytest.mark.parametrize("body", [
    "The opening of the trade office was agreed upon by Chilean President Gabriel Boric and Peruvian President Dina "
    "Boluarte during their first summit on April 27 in Lima.",
    "Ecuadorian President Daniel Noboa and his Peruvian counterpart Dina Boluarte had on Sunday agreed on the border "
    "talks on the margins of a regional summit in Lima.",
])
def test_heads_accord_at_their_summit_is_the_summit(body: str, lexicon) -> None:
    types = event_types(body, lexicon)
    assert "summit" in types
    assert "agreement" not in types


def test_ministers_accord_is_left_alone(lexicon) -> None:
    body = ("Chilean Foreign Minister Ana Soto and her Peruvian counterpart Ana Gervasi agreed during their meeting in "
            "Lima on Tuesday to reopen the border.")
    assert "agreement" in event_types(body, lexicon)


@pytest.mark.parametrize("sentence, heads, expected", [
    ("The two presidents agreed during their summit in Lima to reopen the border.", 2, True),
    ("The two presidents agreed in the meeting they held on Saturday to resume talks.", 2, True),
    ("The two presidents agreed during their summit in Lima to reopen the border.", 1, False),
    ("The two presidents signed a border treaty and agreed during their summit to meet again.", 2, False),
    ("Both sides agreed to implement the understandings reached by the leaders at their meeting in Lima.", 2, False),
    ("The two presidents agreed to hold a summit in Lima next year.", 2, False),
])
def test_the_accord_at_a_gathering(sentence: str, heads: int, expected: bool) -> None:
    assert agreed_at_summit(sentence, heads) is expected
