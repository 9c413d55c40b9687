"""Round 1070: Transnistria is one of the "2" of the 5+2 format (the two sides, Moldova and Transnistria, with Russia,
Ukraine and the OSCE as mediators and the EU and the US as observers; https://en.wikipedia.org/wiki/Transnistria_conflict),
so a group that stands for the format's members ("the guarantors of the 5+2 format", "the 5+2 format countries") takes
it with the others, and the member pool of a 5+2 round holds it (docs/extraction.md, round 1070).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_the_format_group_holds_transnistria(lexicon) -> None:
    body = "The guarantors of the 5+2 format met in Vienna on Tuesday. Chisinau and the Transnistrian side discussed car plates."
    assert typed_actors(body, lexicon, learned=False)[0] == ("meeting", [
        "European Union", "Moldova", "Organization for Security and Co-operation in Europe", "Russia", "Transnistria",
        "Ukraine", "United States"])


def test_the_format_countries_hold_transnistria(lexicon) -> None:
    body = "The 5+2 format countries will meet in Vienna next week to discuss car plates, the Transnistrian side said."
    first = typed_actors(body, lexicon, learned=False)[0]
    assert first[0] == "talk_round" and {"Moldova", "Transnistria", "Russia", "Ukraine"} <= set(first[1])


def test_the_two_sides_named_stay_as_they_are(lexicon) -> None:  # guard
    body = "Moldova and Transnistria ended a new round of talks in the 5+2 format in Bratislava on Friday."
    assert typed_actors(body, lexicon) == [("talk_round", ["Moldova", "Transnistria"])]


def test_other_formats_keep_their_members(lexicon) -> None:  # guard
    body = "The guarantors of the Astana format, Russia, Iran and Turkey, met in Astana on Tuesday."
    assert {"Iran", "Russia", "Türkiye"} <= set(typed_actors(body, lexicon)[0][1])
