"""Round 1305: what the parties "agreed" at the gathering just told, in a sentence of its own with no date, is an accord
of that gathering's day when it names an act beyond the gathering (an exchange, a body to set up, a ceasefire, drafts,
points listed) (`agreed_outcomes.py`, guideline: twenty-ninth stop, decision 2). The talks' own course, general
intentions, background accords and one side's acceptance give none; further points agreed there join the one accord.
Sentences of our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import rule_days

_MEETING = ("Chile's foreign minister Alberto van Klaveren and Peru's foreign minister Ana Cecilia Gervasi met in "
            "Arica on Tuesday, May 9, 2023, to discuss the fisheries dispute.")


@pytest.mark.parametrize("outcome", [
    "After the meeting, the two sides agreed to swap 40 detained fishermen.",
    "At this meeting, the parties agreed on the creation of a joint patrol office in Tacna.",
    "Chile and Peru also agreed to reopen the Chacalluta crossing to trucks.",
    "The delegations agreed on three drafts of the fishing protocol, a Chilean diplomat told reporters.",
])
def test_an_outcome_beyond_the_gathering_is_an_accord_of_its_day(outcome: str, lexicon) -> None:
    assert rule_days(f"{_MEETING}\n\n{outcome}", lexicon, "agreement") == [dt.date(2023, 5, 9)]


def test_further_points_join_the_one_accord(lexicon) -> None:
    body = (f"{_MEETING}\n\nAt the meeting, the two sides agreed on the following:\n\n"
            "- The parties agreed to set up a hotline between the two coast guards.\n\n"
            "- They also agreed to free the crews of two seized trawlers.")
    assert rule_days(body, lexicon, "agreement") == [dt.date(2023, 5, 9)]


def test_the_latest_talks_named_in_the_sentence_reach_further_back(lexicon) -> None:
    filler = "\n\n".join(f"The Andean fishing dispute dates back to a colonial survey, historian number {k} wrote."
                         for k in range(5))
    body = (f"{_MEETING}\n\n{filler}\n\nAt the latest meeting, both sides agreed to return the seized boats and "
            "their catch.")
    assert rule_days(body, lexicon, "agreement") == [dt.date(2023, 5, 9)]


@pytest.mark.parametrize("outcome", [
    "After the meeting, the two sides agreed to continue the talks in Lima next month.",  # the talks' own course
    "The parties agreed to strengthen cooperation on fishing and to build on the momentum.",  # general intentions
    "Chile and Peru agreed on some constructive next steps.",
    "The two sides agreed that the talks were frank and useful.",
    "Both sides had agreed to a truce on the border, the commission recalled.",  # background
    "It was agreed that the boats would be released, an official said.",  # told by no one
    "Peru agreed to release the boats, an official said.",  # one side's acceptance
])
def test_no_accord(outcome: str, lexicon) -> None:
    assert rule_days(f"{_MEETING}\n\n{outcome}", lexicon, "agreement") == []
