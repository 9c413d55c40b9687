"""Round 1160: an accord whose own sentence places the gathering before it, by the gathering's verb, takes that place
(decision 3 of the twenty-third stop, which the synthetic corpus took at the twenty-fourth): "the talks ended in Vienna
on Friday with the signing of a protocol", "delegates meeting in Lusaka on Monday agreed to a truce". And a meeting of
a standing format's advisers is one of its sessions though the sentence says "the advisers of the leaders".

Guards: an end with no accord ("ended in Doha on Monday without an agreement"), a place after the accord verb ("agreed
to meet in Oslo"), a meeting of the leaders themselves. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.accord_venues import _own_sentence_place
from tracker.extract.merging import _NOT_SESSION
from tracker.extract.mentions import Roster


@pytest.mark.parametrize("sentence, place", [
    ("The third round of the border talks ended in Vienna on Friday with the signing of a protocol on crossings.",
     "Vienna"),
    ("The session concluded in Geneva with the adoption of a joint communique by the two delegations.", "Geneva"),
    ("Army and rebel delegates meeting in Lusaka on Monday agreed to a seven-day truce, the mediators said.", "Lusaka"),
    ("The envoys met in Muscat on Sunday and agreed to free all detainees.", None),  # "and": another clause, no form
])
def test_the_gathering_placed_before_the_accord(sentence: str, place: str | None, lexicon) -> None:
    venue = _own_sentence_place(sentence, Roster(lexicon))
    assert (venue[0] if venue else None) == place


@pytest.mark.parametrize("sentence", [
    "The talks ended in Doha on Monday without an agreement on the prisoners.",
    "Delegates agreed to meet in Oslo next month to sign the protocol.",
])
def test_no_place_for_the_accord(sentence: str, lexicon) -> None:
    assert _own_sentence_place(sentence, Roster(lexicon)) is None


def test_the_advisers_of_the_leaders_meet_as_a_session_the_leaders_do_not():
    assert _NOT_SESSION.search("The political advisers of the leaders of the four states will meet again in Rome.") is None
    assert _NOT_SESSION.search("The aides of the leaders met on Monday.") is None
    assert _NOT_SESSION.search("The leaders of the four states will meet again in Rome.") is not None
