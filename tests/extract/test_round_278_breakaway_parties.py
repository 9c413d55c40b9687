"""The breakaway authorities of the 5+2 format and the Geneva International Discussions by their own names (round
278): "Transdniestrian leader X", "Abkhaz and South Ossetian delegations", "Tskhinvali" are parties, not Moldova or
Georgia (docs/extraction.md, "Actors": parties by their own names, as in the text). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_a_transdniestrian_leader_speaks_for_transnistria(lexicon) -> None:
    body = "Transdniestrian leader Ivan Petrov said on Tuesday that the 5+2 talks should resume soon."
    actors = _actors(body, lexicon)
    assert actors and "Transnistria" in actors[0] and "Moldova" not in actors[0]


def test_abkhaz_and_south_ossetian_delegations_attend(lexicon) -> None:
    body = "Abkhaz and South Ossetian delegations met Georgian officials in Geneva on Tuesday."
    actors = _actors(body, lexicon)
    assert actors and {"Abkhazia", "South Ossetia", "Georgia"} <= set(actors[0])


def test_guard_a_settlement_named_by_adjective_is_no_party(lexicon) -> None:
    body = "Moldovan officials met OSCE envoys in Chisinau on Tuesday to discuss the Transnistrian settlement."
    actors = _actors(body, lexicon)
    assert actors and "Transnistria" not in actors[0]
