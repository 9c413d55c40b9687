"""Round 474 (round 470's news day): the lead's words told in the passive, with their agent ("the plan was confirmed by
the delegations of both mediators this Wednesday") tell the story's news day as "said Wednesday" does, and the verb
binds its day whatever other weekdays the sentence names ("… this Tuesday (19) at a press conference …, where the
parties had been meeting since Sunday (17)"). Sentences of our own (published on Saturday 10 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_round_470_the_lead_tells_the_news_day import _statement_days


def test_a_passive_lead_with_its_agent_tells_the_day(lexicon) -> None:
    body = ("The governments of Egypt and Qatar will host new talks in Doha next month.\n\n"
            "The plan was confirmed by the delegations of both mediators this Wednesday at a news conference in Cairo.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said the two sides disagreed on only three points of the proposal.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 7)


def test_guard_an_agent_too_long_tells_no_day(lexicon) -> None:
    """A guard: a weekday in another clause than the verb's is no day the words were told."""
    body = ("The governments of Egypt and Qatar will host new talks in Doha next month.\n\n"
            "The plan was confirmed by both delegations, whose leaders fly home on Wednesday.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said the two sides disagreed on only three points of the proposal.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 10)


def test_another_weekday_in_the_sentence_does_not_hide_the_told_day(lexicon) -> None:
    body = ("The governments of Egypt and Qatar will host new talks in Doha next month.\n\n"
            "The plan was confirmed by both delegations this Thursday at a news conference in Cairo, where the mediators "
            "had been meeting since Monday.\n\n"
            "Egyptian Foreign Minister Sameh Shoukry said the two sides disagreed on only three points of the proposal.")
    assert _statement_days(body, lexicon)[-1] == dt.date(2023, 6, 8)
