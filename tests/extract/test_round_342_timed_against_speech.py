"""Round 342: "X's statement came hours after Y said …" times an act already told against what someone said; that
speech is context (an attribution or a media report), no statement of its own (docs/extraction.md, "What counts as an
event"). Speech with its own date stays. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

MET = "The foreign ministers of Kenya and Uganda met in Nairobi on Wednesday."


def test_the_statement_came_hours_after_a_newspaper_said(lexicon) -> None:
    body = (f"{MET}\n\nThe minister's statement came hours after the Daily Nation newspaper said Uganda was moving "
            "troops to the border.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_the_statement_came_hours_after_officials_said(lexicon) -> None:
    body = (f"{MET}\n\nThe Kenyan minister's statement came hours after Ugandan officials said Kampala was moving "
            "troops to the border.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_guard_speech_with_its_own_day_stays(lexicon) -> None:
    body = (f"{MET}\n\nThe meeting came a day after Ugandan President Yoweri Museveni said on Tuesday that the border "
            "would stay closed.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("statement", dt.date(2023, 5, 9))]


def test_guard_plain_speech_stays(lexicon) -> None:
    body = f"{MET}\n\nUgandan President Yoweri Museveni said the border would stay closed."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("statement", dt.date(2023, 5, 10))]
