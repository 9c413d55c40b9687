"""The article's main event (round 57): the event the lead sentence reports is recorded even when the text never dates
it (docs/extraction.md, "Undated events"), left undated; an undated event further down, or a planned one, is not.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_undated_signing_of_the_lead_is_kept_undated(lexicon) -> None:
    text = ("Chile and Peru signed an accord on their maritime border at a ceremony in Lima, ending a dispute of ten years.\n\n"
            "The accord sets out joint fishing zones.")
    assert typed_events(text, lexicon) == [("agreement", None, ["Chile", "Peru"])]


def test_the_undated_meeting_of_the_lead_is_kept_undated(lexicon) -> None:
    text = ("The foreign ministers of Chile and Peru met in Arica to discuss the maritime border, the first such meeting in "
            "years.\n\nNo agreement was announced.")
    assert typed_events(text, lexicon) == [("meeting", None, ["Chile", "Peru"])]


def test_an_undated_meeting_further_down_is_not_recorded(lexicon) -> None:
    """A guard: background told without a date below the lead is no event (guideline 4)."""
    text = ("Fishermen in the border region have waited for a decision for ten years.\n\n"
            "The foreign ministers of Chile and Peru met in Arica to discuss the maritime border.")
    assert typed_events(text, lexicon) == []


def test_a_planned_event_of_the_lead_without_a_date_is_not_recorded(lexicon) -> None:
    """A guard: a planned lead event with no date is left to the words that make it known."""
    text = "The foreign ministers of Chile and Peru will meet in Arica to discuss the maritime border.\n\nNo date was given."
    assert typed_events(text, lexicon) == []
