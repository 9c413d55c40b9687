"""Round 1026: an accord signed in a sentence that fronts the gathering it followed ("Following the meeting, a protocol
was signed", "At the end of the talks, the sides signed a memorandum") takes that gathering's day, as "signed … after
the meeting" did (`undated_events._SIGNED_AT`); undated, it was dropped."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text", [
    "The water commissions of Chile and Peru held a meeting in Arica on Monday. Following the meeting, a protocol was signed.",
    "The envoys of Chile and Peru met in Arica on Monday. At the end of the talks, the two sides signed a memorandum on water.",
    "The envoys of Chile and Peru met in Arica on Monday. After their two-hour meeting, the ministers initialled a road map.",
])
def test_a_signing_after_the_gathering_just_told_takes_its_day(text: str, lexicon: Lexicon) -> None:
    assert ("agreement", dt.date(2023, 5, 8)) in days_of(text, lexicon, ("agreement",))


@pytest.mark.parametrize("text", [
    "The envoys of Chile and Peru met in Arica on Monday. Following the meeting, the ministers will sign a protocol.",
    "The envoys of Chile and Peru met in Arica on Monday. Following the meeting, reporters asked whether a protocol was near.",
])
def test_no_signing_after_the_gathering_is_none(text: str, lexicon: Lexicon) -> None:
    """Guards: a signing still to come, and a sentence with no signing, give no accord of Monday."""
    assert ("agreement", dt.date(2023, 5, 8)) not in days_of(text, lexicon, ("agreement",))
