"""Round 471 (docs/extraction.md, "Dates"): a numbered round or session named after its verb, with the day told before
the verb ("The UN envoy today co-chaired with Egypt the first plenary session of the working group"), was left undated:
a round no meeting word governs took a day only when the day began within 40 characters of the round's last word, and
"today co-chaired with Egypt the first plenary session" is longer than that. The gap that counts is now the one between
the day and the round, on whichever side the day stands. Sentences of our own (published on Wednesday 24 May 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Working group meets", published="2023-05-24")
    return [(c.first, c.round_number) for c in extraction.events if c.event_type == "talk_round"]


def test_a_day_before_the_verb_dates_the_round(lexicon) -> None:
    body = ("The UN envoy for Libya today co-chaired with Egypt the first plenary session of the Security Working Group "
            "of the Berlin Process.")
    assert _rounds(body, lexicon) == [(dt.date(2023, 5, 24), 1)]


def test_guard_a_day_after_the_round_and_a_day_far_before_it(lexicon) -> None:
    """A guard: the day told after the round still dates it; one told in another clause far before it does not."""
    body = "The UN envoy for Libya chaired the first plenary session of the Security Working Group in Tripoli on Monday."
    assert _rounds(body, lexicon) == [(dt.date(2023, 5, 22), 1)]


def test_guard_the_border_told_in_the_second_sentence_stays_the_venue(lexicon) -> None:
    """A guard: the round now dated by its first sentence keeps the venue the sentence that also dates it gives."""
    body = ("On May 19, 2023, the fifth meeting of the border commissions of Armenia and Azerbaijan. The meeting was held "
            "on May 19, 2023, at the border between the countries, chaired by the deputy prime ministers of Armenia and "
            "Azerbaijan.")
    extraction = extract_own(body, lexicon, headline="Border commissions meet", published="2023-05-24")
    rounds = [c for c in extraction.events if c.event_type == "talk_round"]
    assert [(c.first, c.round_number, c.venue and c.venue[0]) for c in rounds] == [(dt.date(2023, 5, 19), 5, "Armenia-Azerbaijan border")]
