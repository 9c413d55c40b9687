"""Round 345: round 342's timing sentence with a longer subject and a longer gap ("The meeting on the border dispute
comes almost a year after X said …"): the speech timed against is context, not a statement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

MET = "The foreign ministers of Kenya and Uganda met in Nairobi on Wednesday."


def test_the_meeting_on_the_dispute_comes_almost_a_year_after(lexicon) -> None:
    body = (f"{MET}\n\nThe meeting on the border dispute comes almost a year after Ugandan officials said Kampala had "
            "agreed to withdraw its troops.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_guard_speech_with_its_own_day_stays(lexicon) -> None:
    body = (f"{MET}\n\nThe meeting on the border dispute comes almost a year after Ugandan officials said on Tuesday that "
            "Kampala had agreed to withdraw its troops.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("statement", dt.date(2023, 5, 9))]
