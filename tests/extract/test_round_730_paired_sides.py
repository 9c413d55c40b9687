"""Round 730: talks named by their two sides joined with a hyphen ("the seventh round of US-Taliban talks ended") give
both sides as actors, whatever the process; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_a_pair_as_the_subject_of_the_verb_takes_part(lexicon) -> None:
    assert ("talk_round", ["Taliban", "United States"]) in typed_actors(
        "The seventh round of US-Taliban talks ended in Doha on Tuesday.", lexicon)
    assert ("talk_round", ["Fatah", "Hamas"]) in typed_actors(
        "A new round of Hamas-Fatah reconciliation talks opened in Cairo on Monday.", lexicon)


def test_a_pair_as_the_object_of_the_verb_takes_part(lexicon) -> None:
    assert ("talk_round", ["Taliban", "United States"]) in typed_actors(
        "Officials said the eighth round of US-Taliban talks would be held in Doha on May 20.", lexicon)
    assert ("talk_round", ["Fatah", "Hamas"]) in typed_actors(
        "Negotiators held a new round of Hamas-Fatah talks in Cairo on Monday.", lexicon)


def test_a_numbered_round_in_a_headline_style_takes_its_sides(lexicon) -> None:
    events = typed_actors("Officials confirmed that the 8th Round of U.S.-Taliban Talks would open in Doha on May 20.",
                          lexicon)
    assert any(kind == "talk_round" and {"Taliban", "United States"} <= set(names) for kind, names in events)


def test_a_pair_outside_the_clause_or_a_broker_is_no_side(lexicon) -> None:
    """Guards: the talks named after a preposition or a comma are the topic, and "EU-facilitated" names a broker."""
    for body in ("Before the US-Taliban talks Khalilzad met Pakistani officials in Islamabad on Monday.",
                 "Ahead of the US-Taliban talks, Khalilzad met Pakistani officials in Islamabad on Monday.",
                 "Khalilzad met Pakistani officials in Islamabad on Monday to discuss the US-Taliban talks."):
        assert all("Taliban" not in names for _, names in typed_actors(body, lexicon)), body
    assert all("European Union" not in names for _, names in typed_actors(
        "The EU-facilitated talks between the two governments resumed in Brussels on Monday.", lexicon))
