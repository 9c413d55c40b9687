"""A round of a closed format that names part of its parties has them all (round 272): in a story that names every
member of a format whose members are its parties, a talk round of it that names only some of them (the host, one
side) gets the rest, as "the three countries" would. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon, learned=False)  # the rule stage
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events if c.event_type == "talk_round"]


def test_a_round_of_the_ankara_process_named_with_its_host_has_all_three(lexicon) -> None:
    body = ("Türkiye hosted the third round of the Ankara process talks in Ankara on Tuesday. "
            "Ethiopia and Somalia have been at odds since January over a port deal.")
    rounds = _rounds(body, lexicon)
    assert rounds and {"Ethiopia", "Somalia", "Türkiye"} <= set(rounds[0])


def test_a_two_party_round_named_with_one_side_has_both(lexicon) -> None:
    body = ("India held the 24th round of the India-China Corps Commander talks at Chushul on Monday. "
            "China sent a new commander this year.")
    rounds = _rounds(body, lexicon)
    assert rounds and {"India", "China"} <= set(rounds[0])


def test_guard_a_round_with_an_outside_party_keeps_its_own(lexicon) -> None:
    """A guard: a round that names a party outside the format (Kenya) gets no members added."""
    body = ("Kenya and Türkiye held the third round of the Ankara process talks in Ankara on Tuesday. "
            "Ethiopia and Somalia have been at odds since January over a port deal.")
    rounds = _rounds(body, lexicon)
    assert rounds and "Somalia" not in rounds[0]


def test_guard_a_member_named_only_by_its_capital_as_venue_is_not_named(lexicon) -> None:
    """A guard: "met in Luanda" is the venue, not Angola named; the round keeps the two it names."""
    body = "Delegations of the DRC and Rwanda met in Luanda on Tuesday under the Luanda process."
    rounds = _rounds(body, lexicon)
    assert rounds and "Angola" not in rounds[0]
