"""A numbered session of a body or an edition of a forum is a meeting with its number (round 107): "the 43rd session of
the UN Human Rights Council" is no talk round of the story's process, and the council takes part; "COP29, the 29th
session of the Conference of the Parties" stays a meeting of that forum, as the guideline's "the 8th Istanbul Mediation
Conference" does. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, headline="Cyprus talks")
    return [(c.event_type, c.round_number, extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_a_numbered_session_of_a_council(lexicon) -> None:
    body = "The Cypriot foreign minister is in Geneva for the 52nd session of the UN Human Rights Council that opened on Monday."
    assert _events(body, lexicon)[0][:3] == ("meeting", 52, None)
    assert "UN Human Rights Council" in _events(body, lexicon)[0][3]


def test_a_numbered_edition_of_a_forum(lexicon) -> None:
    body = "Delegates gathered in Dubai on Thursday for COP28, the 28th session of the Conference of the Parties."
    assert _events(body, lexicon)[0][:3] == ("meeting", 28, "UNFCCC Conference of the Parties")


def test_a_numbered_session_of_a_process_stays_a_round(lexicon) -> None:
    body = "The fifth session of the Constitutional Committee opened in Geneva on Monday."
    assert _events(body, lexicon)[0][:3] == ("talk_round", 5, "Syrian Constitutional Committee")
