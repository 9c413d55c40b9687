"""Round 493: a surname with the Arabic article ("al-Sisi") names the person without it too ("Sisi said"); sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events
from tracker.extract.personnames import Surnames


def test_the_surname_without_its_article_is_the_person_named_before(lexicon) -> None:
    events = _events("Egyptian President Abdel-Fattah al-Sisi met Kenyan officials in Cairo on Monday.\n\nSisi said on "
                     "Tuesday that the dam talks must resume.", lexicon)
    assert ("proposal", ["Abdel-Fattah al-Sisi", "Egypt"]) in events  # "must resume" asks an act: a call (round 1310)


def test_he_of_a_second_clause_finds_the_subject_named_by_his_bare_surname(lexicon) -> None:
    events = _events("Egyptian President Abdel-Fattah al-Sisi spoke in Cairo on Monday.\n\nEarlier in May, Sisi held talks "
                     "in Cairo with his Kenyan counterpart Uhuru Kenyatta, and later in mid-May he received a phone call "
                     "from South African President Cyril Ramaphosa.", lexicon)
    calls = [actors for kind, actors in events if kind == "call"]
    assert calls and "Abdel-Fattah al-Sisi" in calls[0] and "Uhuru Kenyatta" not in calls[0]


def test_a_name_without_the_article_is_registered_once() -> None:
    """The guard: a surname with no article is kept as it is, and a known one is never overwritten."""
    surnames = Surnames()
    surnames.setdefault("vera", "a")
    surnames.setdefault("al-sisi", "b")
    surnames.setdefault("sisi", "c")
    assert dict(surnames) == {"vera": "a", "sisi": "b", "al-sisi": "b"}
