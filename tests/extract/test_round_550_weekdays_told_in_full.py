"""A page with no date whose event is told both by its weekdays and in full (round 550): "met on Monday and Tuesday"
beside "the talks are set for 22-23 May 2023" (a Monday and a Tuesday) was left undated, though the text fixes the
days. Now the event keeps the span when its relative words fall, on the first probe day, on a span one of its own
sentences gives in full, with a note and a lower confidence. Sentences of our own, pasted with no date line."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text

PAGE = ("Chile and Peru hold fourth round of border talks\n\n"
        "Chile and Peru held the fourth round of border talks on Monday and Tuesday in Lima.\n\n"
        "The fourth round of border talks between Chile and Peru will be held in Lima on 22-23 May 2023.\n\n"
        "The two sides agreed to hold the fifth round in Santiago at an early date.")


def _round(extraction, number: int):
    return next(c for c in extraction.events if c.round_number == number)


def test_weekdays_that_fall_on_the_full_date_of_the_same_round_keep_it(lexicon) -> None:
    extraction = extract_text(PAGE, lexicon)
    fourth = _round(extraction, 4)
    assert (fourth.first, fourth.last, fourth.precision) == (dt.date(2023, 5, 22), dt.date(2023, 5, 23), "day")
    assert fourth.dated_by == "context" and fourth.confidence < 0.85
    assert any("by its weekdays" in n for n in extraction.notes)


def test_weekdays_that_miss_the_full_date_stay_undated(lexicon) -> None:
    """A guard: Wednesday and Thursday are not 22-23 May 2023, so the text does not fix them."""
    page = PAGE.replace("on Monday and Tuesday", "on Wednesday and Thursday")
    fourth = _round(extract_text(page, lexicon), 4)
    assert (fourth.first, fourth.dated_by) == (None, "none")


def test_a_weekday_of_another_event_is_not_dated_by_the_full_date(lexicon) -> None:
    """A guard: the full date belongs to another event's sentence, so the weekday meeting stays undated."""
    page = ("Ministers meet\n\nThe foreign ministers of Chile and Peru met in Lima on Monday.\n\n"
            "Chile and Peru signed a trade agreement on 22 May 2023 in Quito.")
    meeting = next(c for c in extract_text(page, lexicon).events if c.event_type == "meeting")
    assert meeting.first is None
