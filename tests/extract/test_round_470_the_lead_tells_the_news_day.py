"""Round 470 (docs/extraction.md, "Dates", guideline 2): words with no day of their own, and no dated act of their
speaker to take one from, took the publication day, though the lead told on which day the story's news was said
("the mediators demanded new talks, saying Thursday …", "the envoy's office indicated Friday that …"): wire copy tells
the day once, in the lead, and the quotes below it are that day's. Sentences of our own (published on Saturday 10 June
2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _statement_days(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Mediators press for talks", published="2023-06-10")
    return [c.first for c in extraction.events if c.event_type == "statement"]


def test_words_below_a_lead_said_on_a_weekday_take_that_day(lexicon) -> None:
    body = ("The governments of Egypt and Qatar demanded that both sides return to the talks in Doha, saying Thursday that "
            "only details remained.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said the two sides disagreed on only three points of the proposal.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 8)


def test_an_inverted_lead_tells_the_day_too(lexicon) -> None:
    body = ("The Norwegian envoy keeps in touch with both parties, indicated Friday the spokesman of the ministry, "
            "Lars Holm.\n\n"
            "\"The envoy continues his contacts with all parties,\" said Lars Holm.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 9)


def test_guard_a_lead_with_no_day_leaves_the_publication_day(lexicon) -> None:
    """A guard: with no day told in the lead, the words are news of the publication day; a day of their own stays."""
    body = ("The governments of Egypt and Qatar demanded that both sides return to the talks in Doha.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said the two sides disagreed on only three points of the proposal.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 10)
    body = ("The governments of Egypt and Qatar demanded that both sides return to the talks in Doha, saying Thursday that "
            "only details remained.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said on Wednesday that the two sides disagreed on only three points.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 7)

