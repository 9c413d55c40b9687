"""Round 901: a process's name made only of common words ("Comprehensive Peace Agreement", "Peace Formula", "Joint
Comprehensive Plan of Action") names it capitalised, or in lower case after "the" (house styles that lower-case
titles); after "a", "an", a possessive or an adjective the same words describe some other deal. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import process_names

NAIVASHA = "Sudan-SPLM/A peace talks (Naivasha)"


@pytest.mark.parametrize("body, name", [
    ("Kinshasa and the rebels met in Doha on Monday to work towards a comprehensive peace agreement.", NAIVASHA),
    ("Manila and the rebel front met in Kuala Lumpur on Tuesday to finish the annexes of their comprehensive peace "
     "agreement.", NAIVASHA),
    ("The mediator said on Wednesday that talks in Doha were a step towards an inclusive and comprehensive peace "
     "agreement for the region.", NAIVASHA),
    ("Negotiators met in Oslo on Thursday and said any comprehensive peace agreement must include the militias.", NAIVASHA),
    ("The two ministers met in Ankara on Friday and discussed a peace formula for the Caucasus.", "Ukraine peace summit"),
])
def test_common_words_describe_another_deal(body, name, lexicon):
    assert name not in process_names(body, lexicon)


@pytest.mark.parametrize("body, name", [
    ("Sudanese and southern leaders met in Juba on Monday to review the Comprehensive Peace Agreement.", NAIVASHA),
    ("Sudanese and southern leaders met in Juba on Monday to review the comprehensive peace agreement signed in 2005.",
     NAIVASHA),
    ("Iran and the European Union met in Vienna on Tuesday to revive the Joint Comprehensive Plan of Action.",
     "Iran nuclear talks"),
    ("Iran and the European Union met in Vienna on Tuesday to revive the joint comprehensive plan of action.",
     "Iran nuclear talks"),
    ("Advisers met in Malta on Saturday on the Peace Formula put forward by Kyiv.", "Ukraine peace summit"),
])
def test_the_title_keeps_its_process(body, name, lexicon):
    assert name in process_names(body, lexicon)
