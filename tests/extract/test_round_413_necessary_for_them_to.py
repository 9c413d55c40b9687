"""Round 413: "it is necessary for the two countries to hold talks" — words that say someone must act, which the
guideline makes a `proposal` ("it is necessary to hold talks") — were a statement, or with a planned event in them an
announcement: the pattern allowed nothing between "necessary" and "to". A "for <whom>" of a few words may now stand
there. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_necessary_for_them_to_hold_talks(lexicon) -> None:
    days = typed_days("Foreign Minister Ana Ruiz said on Thursday that it is necessary for the two countries to hold talks "
                      "on the border.", lexicon)
    assert days == [("proposal", dt.date(2023, 5, 11))]


def test_essential_for_the_parties_to_return(lexicon) -> None:
    days = typed_days("UN envoy Pablo Ferrante said on Wednesday it is essential for the warring parties to return to the "
                      "table.", lexicon)
    assert days == [("proposal", dt.date(2023, 5, 10))]


def test_guard_good_for_them_is_a_statement(lexicon) -> None:
    days = typed_days("Foreign Minister Ana Ruiz said on Thursday that it is good for the two countries to hold talks on "
                      "the border.", lexicon)
    assert days == [("statement", dt.date(2023, 5, 11))]
