"""Round 1286 (branch actors29): a state's possessive before its office holders makes the state a party, with a qualifier
the reader did not list ("Bolivia's political leaders", "Ecuador's military junta"), a coordinated title ("Bolivia's
foreign and defense ministers") or a second possessive before them ("Uruguay's and Paraguay's foreign ministers"); the
reader took the state for a topic ("Peru's economy") and the event lost that party. Guards: a possessive before a topic
stays a topic; "none of X's leaders attended" gives no party. Sentences of our own, read at the rule stage."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


@pytest.mark.parametrize("body, kind, parties", [
    ("Talks began in Santiago on Monday, May 8, between Chile and Bolivia's foreign and defense ministers.",
     "meeting", ["Bolivia", "Chile"]),
    ("Uruguay's and Paraguay's foreign ministers met in Asuncion on Tuesday, May 9.", "meeting", ["Paraguay", "Uruguay"]),
    ("Ecuador's military junta has been holding talks with two armed groups in Quito since Wednesday, May 10.",
     "meeting", ["Ecuador"]),
    ("Bolivia's political leaders met the FARC in La Paz on Thursday, May 11.", "meeting", ["Bolivia", "FARC"]),
])
def test_a_states_office_holders_make_it_a_party(body, kind, parties, lexicon):
    assert (kind, parties) in typed_actors(body, lexicon, learned=False)


@pytest.mark.parametrize("body, absent", [
    # a possessive before a topic is a topic
    ("Peru's economy was discussed when Chilean Foreign Minister Luis Vera met the FARC in Lima on Monday, May 8.", "Peru"),
    # leaders who did not attend are no party
    ("The accord was signed in Lima on Monday, May 8, but none of Bolivia's political leaders attended.", "Bolivia"),
])
def test_no_party_from_a_topic_or_an_absence(body, absent, lexicon):
    assert all(absent not in names for _, names in typed_actors(body, lexicon, learned=False))


def test_an_envoys_apposition_keeps_her_as_the_actor(lexicon):
    body = "Ana Soto, Peru's special envoy for the border talks, met Chilean Foreign Minister Luis Vera in Lima on Monday, May 8."
    assert ("meeting", ["Ana Soto", "Chile", "Luis Vera", "Peru"]) in typed_actors(body, lexicon, learned=False)


def test_a_relative_clause_apposition_keeps_the_speaker(lexicon):
    body = "Marta Diaz, who heads Bolivia's negotiating team, told reporters on Monday, May 8, that the talks would resume."
    events = typed_actors(body, lexicon, learned=False)
    assert events and all("Marta Diaz" in names for _, names in events)
