"""Round 1010 (helper b20): a state before an office the title list does not know, and a known title before the name
("Pakistan Chief of Army Staff General X"): the person is the state's official, and the state takes part with them.
Sentences of our own; guards: a second state inside the run, a former office, a state that touches its title."""
from __future__ import annotations

import pytest

from tests.extract.own_text import actor_lists
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text, state, person", [
    ("Pakistan Chief of Army Staff General Tariq Mehmood said on Tuesday that the talks would go on in May.",
     "Pakistan", "Tariq Mehmood"),
    ("Chilean Head of the Boundary Commission Ambassador Luis Vera said the commission would meet again in May.",
     "Chile", "Luis Vera"),
    ("Ukraine's Infrastructure Minister Petro Hnatenko arrived in Istanbul on Friday for the talks.",
     "Ukraine", "Petro Hnatenko"),
    ("Egyptian Director of Military Intelligence General Samir Fawzy said on Monday the truce would hold.",
     "Egypt", "Samir Fawzy"),
])
def test_the_state_before_a_run_of_office_words_is_the_officials(text: str, state: str, person: str,
                                                                 lexicon: Lexicon) -> None:
    assert any(state in actors and person in actors for actors in actor_lists(text, lexicon))


def test_a_former_office_gives_no_state(lexicon: Lexicon) -> None:
    text = ("The talks were brokered by former South African Deputy President Nomsa Dlamini, the mediators said "
            "on Tuesday.")
    assert not any("South Africa" in actors for actors in actor_lists(text, lexicon))


def test_a_compound_title_still_ties_the_state(lexicon: Lexicon) -> None:
    text = "Kazakhstan's Deputy Prime Minister and Foreign Minister Aidos Nurlan said on Tuesday that talks would resume."
    assert any("Kazakhstan" in actors and "Aidos Nurlan" in actors for actors in actor_lists(text, lexicon))


def test_a_second_state_inside_the_run_is_not_skipped_over(lexicon: Lexicon) -> None:
    text = "Russian Ambassador to Chile Pavel Ivanov said on Tuesday that the talks would resume in May."
    assert not any("Chile" in actors for actors in actor_lists(text, lexicon))
