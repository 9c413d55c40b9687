"""A capital named by its state takes the spelling the article uses (round 78): "will travel to the Ukrainian capital" in
a story that writes "Kiev" is Kiev, as the guideline asks ("the capital's name … as the article names it"); with no
spelling in the article, the table's name stays. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _visit_venue(body: str, lexicon):
    return next(c.venue[0] for c in extract_own(body, lexicon).events if c.event_type == "visit")


def test_the_articles_spelling_of_the_capital(lexicon) -> None:
    text = ("Chilean Foreign Minister Ana Soto will travel to the Ukrainian capital on May 20. She visited Moscow and Kiev "
            "in 2021.")
    assert _visit_venue(text, lexicon) == "Kiev"


def test_the_tables_name_without_a_spelling_in_the_article(lexicon) -> None:
    """A guard."""
    text = "Chilean Foreign Minister Ana Soto will travel to the Ukrainian capital on May 20."
    assert _visit_venue(text, lexicon) == "Kyiv"
