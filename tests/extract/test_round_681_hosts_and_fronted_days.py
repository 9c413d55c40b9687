"""Round 681: the host of talks named behind an auxiliary, adverbs or "agreed to" ("Norway will once again host"), and a
place that opens the sentence before "today" or "yesterday" ("In Quito yesterday, …"); sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_host_behind_adverbs_is_the_venue(lexicon) -> None:
    assert ("talk_round", "Norway") in _venues("Norway will also host the fourth round of talks between the government and "
                                                "the rebels on June 20.", lexicon)
    assert ("talk_round", "Peru") in _venues("Peru will once again host a round of talks between the Colombian government "
                                              "and the rebels in June, when the sixth round takes place.", lexicon)


def test_a_host_that_agreed_to_host_is_the_venue(lexicon) -> None:
    # a talk round since round 1295 (the two states' talks named from the text, a candidate process)
    assert ("talk_round", "Qatar") in _venues("Qatar has agreed to host the next round of talks between Peru and Bolivia on "
                                            "June 20.", lexicon)


def test_a_fronted_place_before_yesterday_is_the_venue(lexicon) -> None:
    assert ("talk_round", "Quito") in _venues("In Quito yesterday, Peruvian and Bolivian negotiators held a third round of "
                                               "talks.", lexicon)
    assert ("meeting", "Lima") in _venues("In Lima today, the envoy met with the Peruvian Foreign Minister Ana Soto.",
                                          lexicon)


def test_an_offer_to_host_fixes_no_place(lexicon) -> None:
    """The guard: an offer is no venue yet."""
    assert ("talk_round", None) in _venues("Qatar offered to host the next round of talks between Peru and Bolivia on June 20.",
                                        lexicon)
