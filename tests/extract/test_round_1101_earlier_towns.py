"""Round 1101: a town told with a past day well before the story ("exploratory talks in Oslo last month", "at their
meeting in Lima in February") is an earlier gathering's and is not counted as the process's town for a recent round
(round 56), which took it when it was the only one, or gave none when it stood beside the round's own town.

Guards: a town told with a day of the last two weeks, with a day ahead, or with no day at all still counts.
Sentences of our own; the story's day is Friday 12 May 2023 unless told.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.earlier_towns import told_long_before

ANCHOR = dt.date(2023, 5, 12)


@pytest.mark.parametrize("text, town, anchor", [
    ("Both delegations were upbeat after exploratory talks in Oslo last month.", "Oslo", dt.date(2023, 5, 25)),
    ("The steps reflect the understanding the two ministers reached at their recent meeting in Lima in February 2023.",
     "Lima", ANCHOR),
    ("The previous round, held in Geneva on March 3, ended without a statement.", "Geneva", ANCHOR),
])
def test_a_town_of_a_gathering_well_before_the_story(text: str, town: str, anchor: dt.date) -> None:
    assert told_long_before(text, town, anchor)


def test_last_month_within_two_weeks_still_counts() -> None:
    assert not told_long_before("Both delegations were upbeat after exploratory talks in Oslo last month.", "Oslo", ANCHOR)


@pytest.mark.parametrize("text, town", [
    ("Envoys exchanged detailed proposals at the talks in Baghdad on Wednesday.", "Baghdad"),
    ("The next round of talks will be held in Vienna on June 20.", "Vienna"),
    ("The talks in Doha are the first since the ceasefire.", "Doha"),
    ("The talks in Doha, which began on May 2 after a pause since January, continued on Thursday.", "Doha"),
])
def test_a_town_of_the_story_s_days_still_counts(text: str, town: str) -> None:
    assert not told_long_before(text, town, ANCHOR)


def test_no_anchor_no_reading() -> None:
    assert not told_long_before("They met in Oslo last month.", "Oslo", None)


def test_the_recent_round_keeps_its_one_town(lexicon) -> None:
    from tracker.extract.mentions import Roster
    from tracker.extract.processes import process_venues

    texts = ["Envoys exchanged detailed proposals at the talks in Baghdad on Wednesday.",
             "Both sides were upbeat after a long freeze and exploratory talks in Istanbul last month."]
    towns = process_venues([(t, True) for t in texts], "p", Roster(lexicon), None, dt.date(2023, 5, 25))
    assert {t[0] for t in towns["p"]} == {"Baghdad"}
