"""Round 1240 (tried; see /work/notes/tell27.md): a gathering, accord or visit takes as participants the parties a
strict retelling of it names as taking part ("X joined the meeting", "During the talks, X and Y …", "the meeting,
chaired by X"), the retelling strict when it names one of the event's persons or two of its states
(`telling_actors`). Guards: a retelling that shares no person and only one state, a plan told of a held meeting, and
the one who reports the act ("X said that Y signed …") give nothing. Sentences of our own, read at the rule stage."""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article


def _actors(text: str, lexicon) -> list[set[str]]:
    """The actors of each gathering the rule stage reads in `text`."""
    extraction = extract_article(parse_text(text, "own.txt"), lexicon, learned=False)
    return [{extraction.roster.name(k) for k in c.actors} for c in extraction.events
            if c.event_type in ("meeting", "talk_round", "summit", "visit")]


@pytest.mark.parametrize("text, name", [
    ("Chilean and Peruvian delegations held talks in Quito on Monday, March 3, 2025. Chilean Foreign Minister Alberto "
     "van Klaveren and Norwegian envoy Dag Nylander joined the talks, which were chaired by Peru.", "Dag Nylander"),
    ("Uruguayan Foreign Minister Mario Lubetkin met Paraguayan Foreign Minister Ruben Ramirez in Montevideo on Monday, "
     "March 3, 2025. At the meeting, Ramirez and Uruguayan Deputy Minister Valeria Csukasi signed a water protocol.",
     "Valeria Csukasi"),
])
def test_a_party_of_a_strict_retelling_joins(text, name, lexicon):
    assert any(name in names for names in _actors(text, lexicon))


@pytest.mark.parametrize("text, name", [
    # the retelling names one state of the two and no person: not strict
    ("Chilean and Peruvian delegations held talks in Quito on Monday, March 3, 2025. Norwegian envoy Dag Nylander "
     "later joined the talks in Chile.", "Dag Nylander"),
    # a plan told after a held meeting is another gathering
    ("Uruguayan President Yamandu Orsi met Paraguayan President Santiago Pena in Montevideo on Monday, March 3, 2025. "
     "Orsi said Brazilian President Lula will join the talks between Uruguay and Paraguay next year.", "Lula"),
    # the one who reports the signing is no signatory
    ("Uruguayan Foreign Minister Mario Lubetkin met Paraguayan Foreign Minister Ruben Ramirez in Montevideo on Monday, "
     "March 3, 2025. Brazilian envoy Celso Amorim said that Lubetkin and Ramirez signed the memorandum at the meeting.",
     "Celso Amorim"),
])
def test_no_party_from_a_loose_retelling(text, name, lexicon):
    assert not any(name in names for names in _actors(text, lexicon))
