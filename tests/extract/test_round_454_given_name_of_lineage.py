"""Round 454 (docs/extraction.md, "Actors"): an Arabic name of lineage ("X bin Y Al Z") is named again by its given
name after an honorific ("Sheikh Abdullah said"), not by its last word; that short form made a new person with no
state. Sentences of our own about officials the lexicon knows."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _speakers(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Minister speaks")
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events if c.event_type == "statement"]


def test_the_given_name_names_the_person_again(lexicon) -> None:
    body = ("Sheikh Abdullah bin Zayed Al Nahyan held talks with his Omani counterpart in Muscat on Monday. "
            "Sheikh Abdullah said on Tuesday that the talks had been fruitful.")
    speakers = _speakers(body, lexicon)
    assert speakers and all("Abdullah" not in names for names in speakers)
    assert speakers[-1] == ["Abdullah bin Zayed Al Nahyan", "United Arab Emirates"]


def test_guard_a_surname_still_names_the_person(lexicon) -> None:
    """A guard: a name without lineage is named again by its last word, as before."""
    body = ("Bahrain's foreign minister Hamdan Marri held talks with his Omani counterpart in Muscat on Monday. "
            "Marri said on Tuesday that the talks had been fruitful.")
    speakers = _speakers(body, lexicon)
    assert any("Hamdan Marri" in names for names in speakers)
