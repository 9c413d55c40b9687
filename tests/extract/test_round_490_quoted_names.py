"""Round 490: a titled person named in full only inside a quote is the person a later bare surname names; sentences
of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_surname_after_a_quote_naming_the_president_is_the_president_with_his_state(lexicon) -> None:
    events = _events("\"We came with the mandate that Peruvian President Luis Acosta gave us,\" a negotiator said on "
                     "Monday.\n\nAcosta said on Tuesday that the truce with the rebels would hold.", lexicon)
    assert any(day_actors == ["Luis Acosta", "Peru"] for _, day_actors in events)


def test_after_a_participle_opening_the_surname_finds_the_quoted_minister(lexicon) -> None:
    events = _events("\"We met Peruvian Deputy Foreign Minister Ana Quispe and talked for hours,\" Lopez said.\n\n"
                     "Speaking to reporters on Tuesday, Quispe said the border talks had stalled.", lexicon)
    assert any({"Ana Quispe", "Peru"} <= set(actors) for _, actors in events)


def test_the_quote_does_not_change_who_he_is(lexicon) -> None:
    """The guard: "he" after the quote is still the speaker named before it, not the person the quote names."""
    events = _events("Chilean Foreign Minister Ana Soto met Peruvian envoy Jorge Lopez in Lima on Monday.\n\n"
                     "\"I spoke with Bolivian President Luis Mamani yesterday,\" Lopez said on Monday. He said the "
                     "talks would go on.", lexicon)
    names = {a for _, actors in events for a in actors}
    assert "Luis Mamani" not in names and "Bolivia" not in names


def test_an_untitled_name_in_a_quote_teaches_no_surname(lexicon) -> None:
    """The guard: a name with no title and no state inside a quote stays unknown."""
    events = _events("\"I told Luis Acosta that we would come back,\" the envoy said on Monday.\n\nAcosta said on "
                     "Tuesday that the truce with the rebels would hold.", lexicon)
    assert not any("Luis Acosta" in actors for _, actors in events)
