"""Round 881: a gathering told, then named again by its noun alone and placed in a sentence of its own ("The meeting was
held at Chengdu", "The talks took place in Khartoum"), is held there, also when the lead is told twice (a summary, then
the body under its dateline) before the place. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

_GATHERINGS = ("meeting", "talk_round", "summit")


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type in _GATHERINGS]


@pytest.mark.parametrize("body, place", [
    ("The twelfth round of talks between Egypt and Sudan on the Nile waters ended on Friday."
     "\n\nBy our correspondent\nCairo, May 12"
     "\n\nThe twelfth round of talks between Egypt and Sudan on the Nile waters ended on Friday."
     "\n\nThe talks took place in Khartoum.", "Khartoum"),
    ("Chile and Peru on Friday concluded the fourth meeting of their joint commission on border crossings."
     "\n\nStaff reporter\nLima, May 12"
     "\n\nChile and Peru on Friday concluded the fourth meeting of their joint commission on border crossings."
     "\n\nThe meeting was held at Arica in the north of Chile.", "Arica"),
    ("Armenian and Azerbaijani deputy prime ministers on Friday completed the seventh meeting of the border commission."
     "\n\nNews desk"
     "\n\nArmenian and Azerbaijani deputy prime ministers on Friday completed the seventh meeting of the border commission."
     "\n\nThis meeting was held in Tbilisi, the Georgian capital.", "Tbilisi"),
])
def test_the_lead_told_twice_takes_the_place_told_after_it(body: str, place: str, lexicon) -> None:
    assert _venues(body, lexicon)[:1] == [place]


@pytest.mark.parametrize("body, place", [
    ("Officials of Egypt and Sudan on Friday wrapped up a round of talks on the sharing of the Nile waters."
     "\n\nThe talks were held in Khartoum.", "Khartoum"),
    ("Delegations of Serbia and Kosovo held a new session of their dialogue on Friday under EU auspices. "
     "The session was hosted in Brussels by the EU's special envoy.", "Brussels"),
])
def test_guard_told_once_keeps_its_place(body: str, place: str, lexicon) -> None:
    assert _venues(body, lexicon)[:1] == [place]


def test_guard_an_earlier_gathering_placed_gives_nothing(lexicon) -> None:
    body = ("The foreign ministers of Turkey and Iran met on Friday to discuss trade and border security."
            "\n\nThe first such meeting was held in Tehran in 2019.")
    assert _venues(body, lexicon)[:1] == [None]
