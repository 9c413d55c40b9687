"""TimelineJS sheets (CSV, XLSX, JSON) in: precision, ranges, the title slide, HTML, Media, Group."""
import datetime as dt

import openpyxl
import pandas as pd
import pytest

from tracker.importers import ImportOptions, read_events
from tracker.importers.html_text import html_to_text

from .helpers import TIMELINEJS_CSV, event


def _by_title(tables):
    return {row["title"]: row for row in tables.events.to_dict("records")}


@pytest.fixture(scope="module")
def sheet(shipped):
    tables, problems, fmt, reason = read_events(TIMELINEJS_CSV, shipped)
    return tables, problems, fmt, reason


def test_the_sheet_is_recognised_and_its_four_events_read(sheet):
    tables, problems, fmt, reason = sheet
    assert fmt == "timelinejs" and "TimelineJS" in reason
    assert [p for p in problems if p.severity == "error"] == []
    assert len(tables.events) == 4  # the title slide and the era are not events


def test_title_slide_and_era_are_not_events_and_are_reported(sheet):
    tables, problems, _, _ = sheet
    assert "Syria talks: a chronology" not in set(tables.events["title"])
    assert "The Syrian conflict" not in set(tables.events["title"])
    said = " ".join(str(p) for p in problems)
    assert "title slide 'Syria talks: a chronology'" in said and "an era" in said


def test_precision_from_the_columns_given(sheet):
    events = _by_title(sheet[0])
    first = events["First Astana round"]
    assert (first["date_precision"], first["start_date"].date(), first["end_date"].date()) == \
        ("day", dt.date(2017, 1, 23), dt.date(2017, 1, 24))
    may = events["De-escalation zones memorandum"]
    assert (may["date_precision"], may["start_date"].date(), may["end_date"].date()) == \
        ("month", dt.date(2017, 5, 1), dt.date(2017, 5, 31))
    year = events["Constitutional Committee formed, Geneva"]
    assert (year["date_precision"], year["start_date"].date(), year["end_date"].date()) == \
        ("year", dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_html_becomes_safe_plain_text(sheet):
    events = _by_title(sheet[0])
    summary = events["First Astana round"]["summary"]
    assert summary == "Indirect talks, Russia & Türkiye as guarantors."
    assert "alert" not in summary and "color" not in summary
    assert events["Round 20 — «Astana»"]["summary"] == 'Line one\nLine two with "quotes" <not a tag>'


def test_media_url_is_the_source_group_the_process(sheet, shipped):
    tables = sheet[0]
    first = _by_title(tables)["First Astana round"]
    source = tables.sources[tables.sources["event_id"] == first["event_id"]].iloc[0]
    assert (source["url"], source["publisher"], source["title"]) == \
        ("https://example.org/astana-1", "Example News", 'Round one, "indirect"')
    assert first["process"] == "Astana format"  # "Astana talks" is an alias of the shipped process
    r20 = _by_title(tables)["Round 20 — «Astana»"]
    r20_source = tables.sources[tables.sources["event_id"] == r20["event_id"]].iloc[0]
    assert r20_source["publisher"] == "example.com"  # no Media Credit: the host


def test_media_that_is_no_link_cites_the_sheet(sheet):
    tables, problems, _, _ = sheet
    year = _by_title(tables)["Constitutional Committee formed, Geneva"]
    source = tables.sources[tables.sources["event_id"] == year["event_id"]].iloc[0]
    assert source["publisher"] == "timelinejs.csv" and pd.isna(source["url"])
    assert any(p.column == "Media" and p.severity == "warning" for p in problems)


def test_state_option_and_default(shipped):
    tables, *_ = read_events(TIMELINEJS_CSV, shipped, options=ImportOptions(state="candidate"))
    assert set(tables.events["review_state"]) == {"candidate"}


def test_xlsx_sheet_with_numbers_as_numbers(tmp_path, shipped):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                  "Background"])
    sheet.append([None] * 9 + ["Kazakhstan timeline", "<p>intro</p>"] + [None] * 4 + ["title", None, None])
    sheet.append([2023, 6, 21, None, None, None, None, None, None, "Kazakh proposal", "<p>Proposal to end the format</p>",
                  "https://www.gov.kz/x", "MFA", None, None, None, "Astana format", None])
    sheet.append([2023, 7, None, None, 2023, 9, None, None, None, "Consultations, summer", "Several rounds",
                  None, None, None, None, None, None, None])
    path = tmp_path / "timeline.xlsx"
    workbook.save(path)
    tables, problems, fmt, reason = read_events(path, shipped)
    assert fmt == "timelinejs" and [p for p in problems if p.severity == "error"] == []
    events = _by_title(tables)
    assert events["Kazakh proposal"]["start_date"].date() == dt.date(2023, 6, 21)
    summer = events["Consultations, summer"]
    assert (summer["date_precision"], summer["start_date"].date(), summer["end_date"].date()) == \
        ("month", dt.date(2023, 7, 1), dt.date(2023, 9, 30))


def test_timelinejs_json_keeps_ids(tmp_path, shipped):
    path = tmp_path / "story.json"
    path.write_text('{"title": {"text": {"headline": "A story"}}, "events": [{"unique_id": "my-1", '
                    '"start_date": {"year": 2024, "month": 3}, "text": {"headline": "Talks &amp; more", '
                    '"text": "<p>x</p>"}, "group": "Geneva process", '
                    '"media": {"url": "https://example.org/m", "credit": "Wire"}}]}', encoding="utf-8")
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "timelinejs" and not [p for p in problems if p.severity == "error"]
    row = event(tables, "my-1")
    assert (row["title"], row["date_precision"], row["process"]) == ("Talks & more", "month", "Geneva process")


@pytest.mark.parametrize("html, text", [
    ("<p>a</p><p>b</p>", "a\nb"),
    ("x<br>y", "x\ny"),
    ("<script>document.write('x')</script>ok", "ok"),
    ("<p onclick='evil()'>click</p>", "click"),
    ("&lt;script&gt;", "<script>"),
    ("Tom &amp; Jerry&nbsp;&mdash; ok", "Tom & Jerry — ok"),
    ("plain, no tags", "plain, no tags"),
    ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
    ("<iframe src='https://x'>inside</iframe>after", "after"),
])
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_a_day_the_month_does_not_have_is_named_plainly(tmp_path, shipped):
    """QA: a row dated 30 February said "30 2/2024 is not a date"; the month is written out now."""
    lines = TIMELINEJS_CSV.read_text(encoding="utf-8").splitlines()
    header = next(n for n, line in enumerate(lines) if line.startswith("Year,"))
    columns = lines[header].split(",")
    row = ["" for _ in columns]
    row[columns.index("Year")], row[columns.index("Month")], row[columns.index("Day")] = "2024", "2", "30"
    row[columns.index("Headline")] = "Talks on the thirtieth"
    path = tmp_path / "tl.csv"
    path.write_text("\n".join([*lines, ",".join(row)]) + "\n", encoding="utf-8")
    _, problems, _, _ = read_events(path, shipped)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "column 'Day'" in errors[0] and "February 2024 has no day 30" in errors[0], errors


def test_a_link_in_text_keeps_its_address(tmp_path, shipped):
    """QA11: `<a href="https://example.org">link</a>` in Text became "link": the address an analyst put in the story
    was lost. It is kept after the label; an address that is not a web one (javascript:) is not."""
    path = tmp_path / "tl.json"
    path.write_text('{"events": [{"unique_id": "ln-1", "start_date": {"year": 2024, "month": 3, "day": 2}, '
                    '"text": {"headline": "Formula", "text": "<p>Formula agreed <a href=\\"https://example.org/f\\">'
                    'link</a>, <a href=\\"javascript:alert(1)\\">more</a> and '
                    '<a href=\\"https://example.org/g\\">https://example.org/g</a></p>"}}]}', encoding="utf-8")
    tables, problems, _, _ = read_events(path, shipped)
    assert not [p for p in problems if p.severity == "error"]
    assert event(tables, "ln-1")["summary"] == \
        "Formula agreed link (https://example.org/f), more and https://example.org/g"
