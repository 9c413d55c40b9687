"""Round 478 (docs/extraction.md, "Dates"): "The second round had been scheduled to open Friday, but it was suspended …"
read Friday as the next one, the plan's "scheduled" making the date future, though the pluperfect tells a plan of the
past, for a day before publication. And when that planned mention folded into the round the text reports as held ("met
again in Mexico City on Monday"), the round became planned, so that words below took the day of an older event. A
gathering the text dates as held stays held when the mention of its plan folds in. Sentences of our own (published
on Monday 27 September 2021)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

_MONDAY = dt.date(2021, 9, 27)


def test_a_plan_told_in_the_pluperfect_is_for_a_day_past() -> None:
    sentence = "The second round had been scheduled to open Friday, but it was suspended."
    assert [d.first for d in find_dates(sentence, _MONDAY)] == [dt.date(2021, 9, 24)]


def test_guard_a_plan_told_in_the_present_is_to_come() -> None:
    sentence = "The second round is scheduled to open Friday."
    assert [d.first for d in find_dates(sentence, _MONDAY)] == [dt.date(2021, 10, 1)]


def test_the_round_held_stays_held_when_its_plan_folds_in(lexicon) -> None:
    body = ("Negotiators for the Venezuelan government and the opposition met again in Mexico City on Monday after a "
            "pause.\n\n"
            "The second round of the dialogue had been scheduled to open Friday, but it was suspended when the "
            "government team stayed in Caracas.")
    extraction = extract_own(body, lexicon, headline="Talks resume", published="2021-09-27")
    rounds = [(c.first, c.status) for c in extraction.events if c.event_type == "talk_round"]
    assert rounds == [(_MONDAY, "held")]
