"""Words and the dates of other acts in their sentence (round 252). "The truce established on 21 April has held, X noted"
gave X's words the truce's day (the only date of the sentence went to the only trigger); now a date governed by a
participle of another act that no trigger reads is not the words' own, and they are dated as any "said" without a day.
"After the previous meeting on 4 May, X noted …" gave the words the day of publication (the meeting was more than three
days old); words said after an event of their own sentence now take its day, as the guideline dates words said at an
event. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _said(body: str, lexicon) -> list[dt.date | None]:
    return [c.first for c in extract_own(body, lexicon).events if c.event_type in ("statement", "proposal", "announcement")]


def test_a_participle_s_date_is_not_the_words_day(lexicon) -> None:
    body = "The truce established on 21 April has largely held, the OSCE envoy Alberto van Klaveren noted."
    assert _said(body, lexicon) == [dt.date(2023, 5, 12)]


def test_words_said_after_a_dated_meeting_take_its_day(lexicon) -> None:
    body = ("After the previous meeting of the border commission on 4 May, the OSCE envoy Alberto van Klaveren noted "
            "that the number of incidents had fallen.")
    assert _said(body, lexicon) == [dt.date(2023, 5, 4)]


def test_the_words_own_day_and_a_telling_participle_stay(lexicon) -> None:
    """A guard: a day told with the speech verb, or with a participle of telling ("issued on Thursday"), is the words'."""
    assert _said("Chilean Foreign Minister Alberto van Klaveren said on Tuesday that the border talks would resume.",
                 lexicon) == [dt.date(2023, 5, 9)]
    assert _said("In a statement issued on Thursday, Chilean Foreign Minister Alberto van Klaveren said the border talks "
                 "would resume.", lexicon) == [dt.date(2023, 5, 11)]
