"""Round 269: "Following talks in Ankara on Monday, the two ministers signed an agreement" gave the agreement alone (a
noun of talks was read only after an article, and round 264's gathering of a signing only after one too), and "with the
adoption of a joint communique" was no document. Talks after "after" / "following" with their own date are now an event,
and a communique, a protocol or a road map adopted or signed is an agreement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_following_talks_on_a_day_and_a_signing(lexicon) -> None:
    days = typed_days("Following talks in Ankara on Monday, the two ministers signed an agreement on visa-free travel.",
                      lexicon)
    assert sorted(days) == [("agreement", dt.date(2023, 5, 8)), ("meeting", dt.date(2023, 5, 8))]


def test_the_adoption_of_a_joint_communique(lexicon) -> None:
    days = typed_days("The two-day meeting concluded in Minsk on Friday with the adoption of a joint communique.", lexicon)
    assert ("agreement", dt.date(2023, 5, 12)) in days and len(days) == 2


def test_after_meeting_people_in_a_month(lexicon) -> None:
    days = typed_days("After meeting the Armenian and Azerbaijani foreign ministers in early May, the OSCE envoy said "
                      "progress had been made.", lexicon)
    assert ("meeting", dt.date(2023, 5, 1)) in days


def test_guard_after_the_talks_told_before(lexicon) -> None:
    days = typed_days("After the talks on Tuesday, the sides issued a joint statement.", lexicon)
    assert days == [("agreement", dt.date(2023, 5, 9))]
