"""Round 492: two events told in two clauses of one sentence, each with a subject of its own, keep the actors of their own
clause; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_two_visits_joined_by_while_keep_their_own_traveller(lexicon) -> None:
    events = _events("Chile's presidential adviser Luis Vera visited Lima on May 3 while Chilean Foreign Minister Ana Soto "
                     "will travel to the Peruvian capital on May 15.", lexicon)
    visits = [actors for kind, actors in events if kind == "visit"]
    assert len(visits) == 2 and "Ana Soto" not in visits[0] and "Luis Vera" not in visits[1]


def test_he_in_the_second_clause_is_the_first_clauses_subject(lexicon) -> None:
    events = _events("Earlier in May, Peruvian President Luis Acosta held talks in Lima with his Chilean counterpart Ana Soto, "
                     "and later in mid-May he received a phone call from Bolivian President Jorge Mamani.", lexicon)
    calls = [actors for kind, actors in events if kind == "call"]
    assert calls and "Luis Acosta" in calls[0] and "Ana Soto" not in calls[0]


def test_one_subject_doing_two_things_keeps_every_party(lexicon) -> None:
    """The guard: a second verb with no subject of its own ("… and signed an agreement") shares the first clause's parties."""
    events = _events("Peruvian President Luis Acosta met his Chilean counterpart Ana Soto in Lima on May 3 and signed a trade "
                     "agreement with her.", lexicon)
    assert all("Ana Soto" in actors for _, actors in events)
