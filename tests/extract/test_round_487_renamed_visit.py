"""Round 487: "The delegation met with officials in Saudi Arabia on Tuesday, the first such visit since the war began"
was a meeting (or a session of the story's talks); the appositive renames the event a visit, and the guideline files
meetings held during a visit under the visit. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_first_such_visit(lexicon) -> None:
    events = typed_events("The Houthi delegation met with officials in Saudi Arabia on Tuesday, the first such visit since "
                          "the war began.", lexicon)
    assert events == [("visit", dt.date(2023, 5, 9), ["Houthis", "Saudi Arabia"])]


def test_his_first_visit(lexicon) -> None:
    days = typed_days("Egyptian Foreign Minister Sameh Shoukry held talks with his Turkish counterpart in Ankara on "
                      "Tuesday, his first visit to Turkey in a decade.", lexicon)
    assert days == [("visit", dt.date(2023, 5, 9))]


def test_guard_another_visit_named_later(lexicon) -> None:
    days = typed_days("Egyptian Foreign Minister Sameh Shoukry held talks with his Turkish counterpart in Ankara on "
                      "Tuesday, a day before the visit of the Turkish president to Cairo.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]
