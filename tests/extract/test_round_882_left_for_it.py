"""Round 882: a trip whose purpose is the gathering places it, told as "left for / departed for / set off for / is
leaving for <town> to take part in <the gathering>", also when the gathering's own verb stands far into that purpose
("… left for Baku to take part in the meeting of … due to be held on Wednesday"). Sentences of our own (published
Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

_GATHERINGS = ("meeting", "talk_round", "summit")


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type in _GATHERINGS]


@pytest.mark.parametrize("body, place", [
    ("Kazakh Foreign Minister Murat Nurtleu, heading a delegation of diplomats and legal advisers, left for Baku to take "
     "part in the meeting of the foreign ministers of the Caspian states due to be held on Wednesday.", "Baku"),
    ("The Colombian government's negotiators, led by Otty Patino, departed for Caracas to join the talks with the ELN "
     "that will open on Tuesday in the presence of Norwegian mediators.", "Caracas"),
    ("Russian Deputy Foreign Minister Mikhail Bogdanov set off for Doha in order to attend the consultations with Qatari "
     "and Turkish officials scheduled for Monday.", "Doha"),
    ("Armenian Foreign Minister Ararat Mirzoyan, accompanied by his deputy and two advisers, is leaving for Geneva to "
     "take part in a meeting with his Azerbaijani counterpart to be held on Tuesday.", "Geneva"),
])
def test_the_trip_for_the_gathering_places_it(body: str, place: str, lexicon) -> None:
    assert _venues(body, lexicon)[:1] == [place]


def test_guard_where_clause_keeps_its_place(lexicon) -> None:
    body = ("Turkish Foreign Minister Hakan Fidan left for Baku, where the meeting of the Organization of Turkic States "
            "will be held on Wednesday.")
    assert _venues(body, lexicon)[:1] == ["Baku"]


def test_guard_a_trip_for_something_else_places_nothing(lexicon) -> None:
    body = ("Armenian Foreign Minister Ararat Mirzoyan left for Geneva to attend a conference on refugees, and his "
            "deputy will hold a meeting with Azerbaijani officials on Tuesday.")
    assert _venues(body, lexicon) == [None]
