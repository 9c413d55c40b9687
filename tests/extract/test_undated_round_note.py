"""The note an ingest gives for a numbered round it cannot store for want of a date says why once, in words an analyst
acts on (it read "round 2 of ... is not stored and the article gives no date for it; not stored" on the Review page for
WAM's wire of 5 February 2026)."""
from tracker.extract import extract_articles, read_articles
from tracker.extract.ingest import plan_ingest

TEXT = """publisher: WAM
published: 2026-02-05

Talks in Abu Dhabi

The United Arab Emirates hosts the second round of trilateral talks between Russia, Ukraine and the United States in Abu Dhabi.
"""


def test_an_undated_round_is_noted_once_with_what_to_do(tmp_path, shipped):
    path = tmp_path / "wam.txt"
    path.write_text(TEXT, encoding="utf-8")
    _, report = plan_ingest(extract_articles(read_articles(path), shipped), shipped)
    notes = [n for n in report.notes if "round 2" in n]
    assert notes, report.notes
    assert notes[0].count("not stored") == 1
    assert "no date" in notes[0]
