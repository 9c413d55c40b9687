"""Round 1085: past gatherings told as one list of places and months after one noun ("met three times -- in Lima in
May 2019, in Quito in March 2020 and at a border post near Tacna in June 2021") are one event each
(`listed_gatherings.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_each_place_and_month_is_a_gathering(lexicon) -> None:
    body = ("The two presidents have met three times since the war -- in Lima in May 2019, in Quito in March 2020 and "
            "at a border post near Tacna in June 2021.")
    days = {day for kind, day in typed_days(body, lexicon) if kind in ("meeting", "summit", "talk_round")}
    assert {dt.date(2019, 5, 1), dt.date(2020, 3, 1), dt.date(2021, 6, 1)} <= days


def test_ordinal_items_after_a_dated_summit(lexicon) -> None:
    body = "The first Andean summit was held in Lima in 2011, the second in Quito in 2015 and the third in La Paz in 2019."
    days = {day for kind, day in typed_days(body, lexicon) if kind == "summit"}
    assert {dt.date(2015, 1, 1), dt.date(2019, 1, 1)} <= days


def test_month_before_place(lexicon) -> None:
    body = ("Since then the contact group has come together four more times: in June 2019 in Madrid; in December "
            "2019 in Lisbon, and in May 2021 in Rome.")
    days = {day for kind, day in typed_days(body, lexicon) if kind in ("meeting", "summit", "talk_round")}
    assert {dt.date(2019, 6, 1), dt.date(2019, 12, 1), dt.date(2021, 5, 1)} <= days


def test_guard_a_planned_list_stays_out(lexicon) -> None:
    """A guard: sessions still to come are the plan rules' business, not background."""
    body = "The envoys will meet in Lima in June 2024 and in Quito in September 2024."
    assert (dt.date(2024, 9, 1)) not in {day for _, day in typed_days(body, lexicon)}


def test_guard_one_item_alone_is_not_a_list(lexicon) -> None:
    body = "The ministers discussed trade in Lima on Thursday, their first talks since a visit to Peru in March 2019."
    assert dt.date(2019, 3, 1) not in {day for kind, day in typed_days(body, lexicon) if kind in ("meeting", "summit")}


def test_guard_dates_without_a_gathering(lexicon) -> None:
    body = "Exports rose in Chile in March 2020, in Peru in June 2021 and in Bolivia in May 2022."
    assert typed_days(body, lexicon) == []
