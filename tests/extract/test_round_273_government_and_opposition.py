"""A government and its opposition named bare (round 273): "government and opposition delegates met", "a session that
brought the opposition and government delegations together" stand for the state the article is about and the
opposition the lexicon knows for it; not when they were kept from meeting. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events if c.event_type == "talk_round"]


def test_a_bare_pair_is_the_state_and_its_opposition(lexicon) -> None:
    body = ("Syria's war has lasted for years. The eleventh round of the Geneva talks on Syria opened on Monday in a "
            "session that brought the opposition and government delegations face to face.")
    rounds = _actors(body, lexicon)
    assert rounds and {"Syria", "Syrian opposition"} <= set(rounds[0])


def test_the_pair_told_with_its_state(lexicon) -> None:
    body = ("Norway hosted the fifth round of the Venezuela talks in Oslo on Monday, with Venezuela's government and "
            "opposition delegates at one table. Syria and Syria's neighbours were not mentioned in Syria.")
    rounds = _actors(body, lexicon)
    assert rounds and {"Venezuela", "Venezuelan opposition"} <= set(rounds[0]) and "Syria" not in rounds[0]


def test_guard_a_pair_kept_from_meeting_is_no_party(lexicon) -> None:
    body = ("Syria's war has lasted for years. The eleventh round of the Geneva talks on Syria ended on Monday after a "
            "dispute prevented government and opposition negotiators from meeting.")
    rounds = _actors(body, lexicon)
    assert rounds and "Syrian opposition" not in rounds[0]
