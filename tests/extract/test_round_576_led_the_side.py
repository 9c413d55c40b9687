"""Round 576: "X led the Chilean side", "a team of three officials will be led by X" make heads of delegation, and a
military rank written short ("Lt Gen") is no part of the name; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_commander_who_led_the_side_joins_the_round(lexicon) -> None:
    events = _events("Chile and Peru held the 16th round of Corps Commander level talks at the border on Sunday. Corps "
                     "Commander Lt Gen Ana Cruz led the Chilean side.", lexicon)
    assert events == [("talk_round", ["Ana Cruz", "Chile", "Peru"])]


def test_a_team_of_officials_led_by(lexicon) -> None:
    events = _events("Chile agreed to hold high-level talks with Peru on May 29 at the border. A team of three officials will "
                     "be led by Ana Cruz, the chairman of Chile's committee for reunification.", lexicon)
    assert any(actors == ["Ana Cruz", "Chile", "Peru"] for _, actors in events)


def test_the_side_of_a_conflict_is_no_delegation(lexicon) -> None:
    """The guard: "led the X side of the talks"... a side followed by "of" is left alone; the person stays out."""
    events = _events("Chile and Peru held talks in Quito on Monday. Luis Soto led the revival of the Chilean side of the "
                     "border trade.", lexicon)
    assert all("Luis Soto" not in actors for _, actors in events)
