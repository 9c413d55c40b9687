"""Pages that show no publication date (round 460): events dated by a weekday, "last week" or a year-less day were
dropped, though the guideline records them undated; now they are kept undated, beside the events the text dates in
full, and a note says how many wait for the publication date. Sentences of our own, pasted with no date line."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import TODAY, extract_text
from tracker.extract.article import parse_text
from tracker.extract.undated_pages import PROBE_GAP, probe_day

PAGE = ("Delegations meet in Doha\n\n"
        "The delegations of Chile and Peru met in Doha on Sunday, the Qatari Foreign Ministry said.\n\n"
        "Chilean Foreign Minister Ana Soto will visit Lima in August.\n\n"
        "The talks follow the border agreement that Chile and Peru signed on 27 January 2023 in Quito.")


def _by_type(extraction) -> dict[str, object]:
    return {c.event_type: c for c in extraction.events}


def test_a_gathering_dated_by_a_weekday_is_kept_undated(lexicon) -> None:
    meeting = next(c for c in extract_text(PAGE, lexicon).events if "on Sunday" in c.evidence[0])
    assert (meeting.first, meeting.last, meeting.precision, meeting.dated_by) == (None, None, None, "none")
    assert meeting.confidence <= 0.6  # below every dated event's


def test_a_planned_visit_in_a_year_less_month_is_kept_undated_and_planned(lexicon) -> None:
    visit = _by_type(extract_text(PAGE, lexicon))["visit"]
    assert visit.first is None and visit.future


def test_a_day_the_text_gives_in_full_keeps_its_date(lexicon) -> None:
    agreement = _by_type(extract_text(PAGE, lexicon))["agreement"]
    assert (agreement.first, agreement.dated_by) == (dt.date(2023, 1, 27), "text")


def test_the_note_says_how_many_wait_for_the_publication_date(lexicon) -> None:
    notes = " ".join(extract_text(PAGE, lexicon).notes)
    assert "no publication date found" in notes and "2 event(s)" in notes and "--published" in notes


def test_the_same_page_with_its_date_dates_them_all(lexicon) -> None:
    """A guard: given the date, the weekday and the month resolve as before."""
    days = {c.event_type: c.first for c in extract_text("published: 2023-05-12\n\n" + PAGE, lexicon).events}
    assert days["visit"] == dt.date(2023, 8, 1) and dt.date(2023, 5, 7) in days.values()


def test_a_page_without_any_date_and_no_relative_day_says_only_full_dates_are_used(lexicon) -> None:
    page = "Accord signed\n\nChile and Peru signed a border agreement on 27 January 2023 in Quito."
    extraction = extract_text(page, lexicon)
    assert [c.first for c in extraction.events] == [dt.date(2023, 1, 27)]
    assert any("only the dates the text gives in full" in n for n in extraction.notes)


def test_the_probe_day_follows_the_latest_full_date_and_never_passes_today() -> None:
    assert probe_day(parse_text(PAGE, "own"), TODAY) == dt.date(2023, 1, 28)
    assert probe_day(parse_text("Talks\n\nThey met on 3 March 2030.", "own"), TODAY) == TODAY
    assert probe_day(parse_text("Talks\n\nThey met on Sunday.", "own"), TODAY) == TODAY
    assert PROBE_GAP.days % 7 == 0  # the same weekday, so "on Sunday" stays a Sunday
