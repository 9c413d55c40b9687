"""Round 1067: "in <place>" after a participle of where people are ("the families living in X", "the soldiers
stationed in X", "the prisoners detained in X") tells where those people are, not where the event was: no venue.

Guards: the event's own place told in the same sentence is kept, and a plain "met in X" is untouched. Sentences of
our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body", [
    "The home ministers of Bangladesh and Myanmar met on Tuesday to discuss the return of the families living in "
    "Bangladesh.",
    "The defence ministers of Mali and Niger met on Wednesday to discuss the safety of the soldiers stationed in Gao.",
    "Envoys of Yemen's government and the Houthis met on Monday to discuss the fate of the prisoners detained in Aden.",
])
def test_where_people_are_is_no_venue(body: str, lexicon) -> None:
    assert gathering_venues(body, lexicon) and gathering_venues(body, lexicon) == [None] * len(gathering_venues(body, lexicon))


def test_the_event_place_is_kept(lexicon) -> None:
    body = ("The home ministers of Bangladesh and Myanmar met on Tuesday in Dhaka to discuss the return of the families "
            "living in Cox's Bazar.")
    assert gathering_venues(body, lexicon) == ["Dhaka"]


def test_a_plain_place_is_untouched(lexicon) -> None:
    assert gathering_venues("The defence ministers of Mali and Niger met on Wednesday in Niamey.", lexicon) == ["Niamey"]
