"""Events round 28 no longer misses: a hard-wrapped sentence, a signing dated by the summit it followed, "X and Y
discussed" with no other trigger; sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 6, 1)


def _events(text: str, lexicon: Lexicon):
    extraction = extract_article(parse_text(f"published: 2023-05-12\n{text}", "own"), lexicon, today=TODAY)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors), c.first, c.precision) for c in extraction.events]


def test_a_hard_wrapped_line_continues_its_sentence(lexicon) -> None:
    text = ("Chile and Peru agree on new border talks\n"
            "Chile and Peru agreed on Friday to hold border talks next month.\n"
            "The accord was signed by Chilean Foreign Minister Ana Ruiz\n"
            "and Peruvian Foreign Minister Luis Vera after holding their first summit on April 27.")
    signed = [e for e in _events(text, lexicon) if e[0] == "agreement" and e[2] == dt.date(2023, 4, 27)]
    assert signed and {"Ana Ruiz", "Luis Vera"} <= set(signed[0][1])


def test_a_signing_after_the_summit_takes_the_summits_span(lexicon) -> None:
    text = ("\nTalks\n\nThe first Chile-Peru summit was held in Lima in June 2001. Then Chilean President Jorge Paz and then "
            "Peruvian President Rosa Lima signed the Lima Declaration after the summit.")
    signed = [e for e in _events(text, lexicon) if e[0] == "agreement"]
    assert signed and (signed[0][2], signed[0][3]) == (dt.date(2001, 6, 1), "month")


def test_named_parties_that_discussed_on_a_day_met(lexicon) -> None:
    text = "\nTalks\n\nOn Thursday, Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Vera discussed the border."
    met = [e for e in _events(text, lexicon) if e[0] == "meeting"]
    assert met and met[0][2] == dt.date(2023, 5, 11) and {"Ana Ruiz", "Luis Vera"} <= set(met[0][1])


@pytest.mark.parametrize("sentence", [
    "They discussed the border on Thursday.",
    "The border was discussed on Thursday.",
    "Chilean Foreign Minister Ana Ruiz discussed the border with Peruvian Foreign Minister Luis Vera by phone on Thursday.",
])
def test_discussed_without_a_named_subject_or_by_phone_is_no_meeting(lexicon, sentence) -> None:
    """Guards: a pronoun or passive subject, and a call, make no meeting of their own."""
    assert not [e for e in _events(f"\nTalks\n\n{sentence}", lexicon) if e[0] == "meeting"]
