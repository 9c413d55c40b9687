"""Round 1285 (branch actors29): a state's government named as a party gives the state. The reader lost the state when
its government was written with a capital ("The Ecuadorian Government and the FARC signed"), told after "by", at a
clause's head or after its representatives ("the Government of Peru and the ELN held", "signed by the Government of
Ecuador and …", "representatives of the Government of Chile and the ELN": the state and the actor "and"-joined to it
both kept the "of" before the state), or qualified by a backer ("Peru's Western-backed government": read as a topic).
Guards: a government after "talks with" stays a party as before; one whose demands are discussed, or a building named
after it, gives no party. Sentences of our own, read at the rule stage."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


@pytest.mark.parametrize("body, kind, parties", [
    ("The Ecuadorian Government and the FARC signed a ceasefire accord in Quito on Monday, May 8.",
     "agreement", {"Ecuador", "FARC"}),
    ("The ceasefire accord was signed by the Government of Ecuador and the FARC in Quito on Monday, May 8.",
     "agreement", {"Ecuador", "FARC"}),
    ("The Government of Peru and the ELN held a new round of talks in Havana on Tuesday, May 9.",
     "meeting", {"Peru", "ELN"}),
    ("A joint committee, made up of representatives of the Government of Chile and the ELN, met in Santiago on "
     "Wednesday, May 10.", "meeting", {"Chile", "ELN"}),
    ("Peru's Western-backed government and the ELN signed a prisoner accord in Lima on Thursday, May 11.",
     "agreement", {"Peru", "ELN"}),
])
def test_a_government_named_as_a_party_gives_its_state(body, kind, parties, lexicon):
    assert (kind, sorted(parties)) in typed_actors(body, lexicon, learned=False)


def test_a_capital_government_speaks_for_its_state(lexicon):
    events = typed_actors("The Chilean Government said on Tuesday that it would send a delegation to the talks.", lexicon,
                          learned=False)
    assert any(kind in ("statement", "announcement") and names == ["Chile"] for kind, names in events)


@pytest.mark.parametrize("body, kept, absent", [
    # "talks with the government of Peru": a party, as before the round
    ("Ecuadorian Foreign Minister Ana Soto held talks with the government of Peru in Lima on Monday, May 8.",
     "Peru", None),
    # a government whose demands are discussed is a topic
    ("Ecuadorian Foreign Minister Ana Soto met ELN negotiators in Quito on Monday, May 8, to discuss the demands of the "
     "Government of Peru.", "ELN", "Peru"),
    # a building named after a government is a place
    ("Ecuadorian Foreign Minister Ana Soto met ELN negotiators at the Peruvian Government Palace on Monday, May 8.",
     "ELN", "Peru"),
])
def test_guards(body, kept, absent, lexicon):
    meetings = [names for kind, names in typed_actors(body, lexicon, learned=False) if kind == "meeting"]
    assert meetings and kept in meetings[0]
    assert absent is None or absent not in meetings[0]
