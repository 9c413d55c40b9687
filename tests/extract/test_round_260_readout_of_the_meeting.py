"""Round 260: words that read out what a gathering just reported covered ("According to the ministry, the meeting covered
…", "X says the discussion was focused on …") belong to that gathering (docs/extraction.md, "Types": what a readout says
of a meeting or call belongs to it), not a statement of their own. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

MET = "Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Monday."


def test_according_to_the_ministry_the_meeting_covered(lexicon) -> None:
    days = typed_days(f"{MET}\n\nAccording to the Russian Foreign Ministry, the meeting covered the grain corridor and "
                      "the situation in Syria.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 8))]


def test_the_ministry_says_the_discussion_was_focused_on(lexicon) -> None:
    days = typed_days(f"{MET}\n\nThe Turkish Foreign Ministry says the discussion was focused on the exchange of "
                      "prisoners.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 8))]


def test_guard_words_about_the_next_meeting_stay(lexicon) -> None:
    days = typed_days(f"{MET}\n\nThe Turkish Foreign Ministry said on Tuesday that the next meeting will focus on trade.",
                      lexicon)
    assert days == [("meeting", dt.date(2023, 5, 8)), ("statement", dt.date(2023, 5, 9))]


def test_guard_a_readout_with_no_gathering_before_it_stays(lexicon) -> None:
    days = typed_days("The Turkish Foreign Ministry said on Tuesday the talks focused on the exchange of prisoners.",
                      lexicon)
    assert days == [("statement", dt.date(2023, 5, 9))]
