"""Round 524 (docs/extraction.md, "Dateline city and venue": the capital's name as the article names it, else as it
was then): on a page with no date, "in the Kazakh capital" was always Astana, though the story itself wrote Nur-Sultan.
A renamed capital (gazetteer.CAPITAL_NAMES) the article writes is the name "the <state> capital" takes. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_text

_UNDATED = ("Syria talks set for December\n\n"
            "The ministry said the consultations will again be convened in Nur-Sultan for two days.\n\n"
            "On Tuesday, the ministry's spokesman announced that the next round of the talks on Syria in the Kazakh "
            "capital is scheduled for December 10 and 11.")


def test_an_undated_page_names_the_capital_as_it_writes_it(lexicon) -> None:
    extraction = extract_text(_UNDATED, lexicon)
    rounds = [c for c in extraction.events if c.event_type == "talk_round"]
    assert rounds and {c.venue[0] for c in rounds if c.venue} == {"Nur-Sultan"}


def test_a_page_that_writes_astana_keeps_it(lexicon) -> None:
    """A guard: with the new name nowhere in the text, an undated page keeps the gazetteer's name."""
    extraction = extract_text(_UNDATED.replace("Nur-Sultan", "the capital"), lexicon)
    gatherings = [c for c in extraction.events if c.event_type in ("talk_round", "meeting")]
    assert gatherings and {c.venue[0] for c in gatherings if c.venue} == {"Astana"}
