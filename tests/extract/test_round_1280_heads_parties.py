"""Round 1280: a meeting or session whose sentence names two heads of state or government, by title and name, as its
own parties ("talks between President X and Prime Minister Y", "X and Y … during their third meeting", "President X
… met … with the President of Z, W") is a summit. Sentences of our own, read at the rule stage (`rule_types`) and
through `heads_parties.heads_as_parties`.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract.candidate import Candidate
from tracker.extract.heads_parties import heads_as_parties, heads_gathering


@pytest.mark.parametrize("body", [
    # a numbered trilateral meeting of the two heads, hosted by a third (a talk_round on the base)
    "Bolivian President Tomas Arce and Peruvian Prime Minister Lucia Vargas agreed to reopen two border crossings during "
    "their third trilateral meeting hosted by Chilean President Andres Solar in Santiago on May 10.",
    # a trip for a standing process's talks with the other head (a talk_round on the base)
    "Cypriot President Andreas Petrou flew to Nicosia on Wednesday for reunification talks with Turkish Cypriot "
    "President Kemal Aras.",
    # a trip for bilateral talks with the other head (a meeting on the base)
    "President Arce of Bolivia departed for Lima on Wednesday for bilateral talks with Peruvian President Julio Mendez "
    "and returned home on Sunday.",
    # the chair of a collective presidency meeting a president, a place between the verb and "with" (a meeting on the base)
    "Chairman of the Sovereignty Council, Gen. Omar Salim, on Tuesday met in the state guest house in Quito with the "
    "President of Ecuador, Rosa Lema, before the border conference.",
])
def test_heads_told_as_the_parties_make_a_summit(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)  # the first body's accord is an agreement of its own
    assert "summit" in types and not {"meeting", "talk_round"} & set(types)


@pytest.mark.parametrize("body", [
    # the heads only launched a format whose meeting is their deputies'
    "The platform, launched last year by Bolivian President Tomas Arce and Peruvian President Julio Mendez, held its "
    "first meeting of deputy foreign ministers in Lima on May 10.",
    # vice presidents are not heads
    "The envoy held talks on May 10 with Vice President Ana Rojas and Vice President Luis Pardo in Quito.",
])
def test_other_gatherings_keep_their_type(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)
    assert types and "summit" not in types


@pytest.mark.parametrize("text, expected", [
    ("The dialogue between President Tomas Arce and the Andean leader Julio Mendez opened in La Paz.", True),
    ("Chairman of the Sovereignty Council, Gen. Omar Bashir Salim, met in the palace in Quito with the President of "
     "Ecuador, Rosa Lema.", True),
    ("Prime Minister Lucia Vargas held talks with her counterpart, President Julio Mendez, in Lima.", True),
    ("President Tomas Arce said talks between the two delegations would resume in Lima.", False),  # one head
    ("The talks between Former President Tomas Arce and President Julio Mendez ended.", False),  # a former head
    ("The dialogue between the opposition leader Julio Mendez and the government opened.", False),  # no head first
    ("President Tomas Arce met with President Tomas Arce's aides.", False),  # one person twice
    ("Delegations met in Lima to prepare a summit between President Tomas Arce and President Julio Mendez.", False),  # the
    # summit the talks prepare is an event of its own
    ("The envoys of President Tomas Arce and President Julio Mendez met in Lima.", False),  # no shape of the parties
])
def test_heads_as_parties(text: str, expected: bool) -> None:
    assert heads_as_parties(text) is expected


def test_only_meetings_and_sessions_change() -> None:
    text = "Talks between President Tomas Arce and Prime Minister Lucia Vargas opened in Lima."
    assert heads_gathering(Candidate("talk_round", 0, 0, round_number=2, evidence=[text]))
    assert not heads_gathering(Candidate("agreement", 0, 0, evidence=[text]))
    assert not heads_gathering(Candidate("meeting", 0, 0, evidence=[]))
