"""Round 791: bodies and movements the followed processes meet, as gazetteer knowledge: the UN's field missions, the EU's
institutions, and the armed or political movements that are parties to
peace processes (Renamo, SPLM/A, FARC, MILF, MNLF, PKK, HTS), with Somaliland. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


def _actors(body: str, lexicon) -> set[str]:
    return {a for _, actors in typed_actors(body, lexicon) for a in actors}


@pytest.mark.parametrize("body, actors", [
    ("UNSMIL said on Tuesday that the talks in Sirte had been constructive.",
     {"United Nations Support Mission in Libya"}),
    ("UNMISS said on Monday that the talks in Juba had stalled.", {"United Nations Mission in South Sudan"}),
    ("Renamo and the Mozambican government signed a cessation of hostilities in Maputo on Thursday.", {"Renamo", "Mozambique"}),
    ("FARC-EP negotiators resumed talks with the government in Havana on Monday.", {"FARC"}),
    ("The MILF panel met government negotiators in Kuala Lumpur on Wednesday.", {"Moro Islamic Liberation Front"}),
    ("European Council President Charles Michel hosted the two leaders in Brussels on Sunday.",
     {"Charles Michel", "European Council"}),
])
def test_a_body_or_movement_of_a_process_is_an_actor(body: str, actors: set[str], lexicon) -> None:
    assert actors <= _actors(body, lexicon)


def test_guard_an_unnamed_mission_is_no_mission_of_the_table(lexicon) -> None:
    """The guard: "a UN mission" names no field mission."""
    body = "A UN mission arrived in Juba on Monday to meet the government."
    assert "United Nations Mission in South Sudan" not in _actors(body, lexicon)
