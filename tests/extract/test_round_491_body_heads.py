"""Round 491: the head of a state's council, committee or office, named after or before the title, is a person of that
state; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_head_of_a_states_council_after_his_name_is_of_that_state(lexicon) -> None:
    events = _events("Nasser Nasser, head of Jordan's High Council for Dialogue, met Egyptian officials in Cairo on "
                     "Monday.\n\nNasser said on Tuesday that the violence must stop.", lexicon)
    assert ("proposal", ["Jordan", "Nasser Nasser"]) in events  # "must stop" asks an act: a call (round 1310)


def test_the_head_named_after_the_title_takes_part_with_his_state(lexicon) -> None:
    events = _events("Jordan's border commission held a meeting on Tuesday in Aqaba.\n\nThe head of Jordan's Presidential "
                     "Council, Nasser Haddad, and the UN envoy for the region took part.", lexicon)
    assert any({"Nasser Haddad", "Jordan"} <= set(actors) for _, actors in events)


def test_the_head_of_a_club_is_no_official(lexicon) -> None:
    """The guard: the head of a body that is no council, committee, office or the like is not read as an official."""
    events = _events("Nasser Haddad, head of Jordan's football federation, met Egyptian officials in Cairo on Monday.",
                     lexicon)
    assert not any("Nasser Haddad" in actors for _, actors in events)
