"""A drop sorted in the page (ux29a, `review/drop.py`): the panel checks the files of events it was given and sends
back nothing of what the page keeps, unless a file was no file of events after all (a .tsv, whose content decides:
the page sends it to both sides) or is named as no file may be; an importer's type that cannot be read still gets
its card. The plain functions under the callbacks (`review/events_files.py`), and the page's sorting rule."""
from __future__ import annotations

from tests.dashboard.test_ux27b_events_files import GOOD, _upload, live  # noqa: F401 - live: the fixture
from tracker.dashboard.review import drop, events_files
from tracker.dashboard.review.layout import ARTICLE_TYPES, EVENT_FILE_TYPES
from tracker.importer import SUPPORTED


def test_the_files_the_page_keeps_are_not_sent_back(live):
    files = [{"name": "desk.csv", "contents": _upload(GOOD)}]
    panel, kept = events_files.dropped_kept(live, files, "editor", "/")
    assert "2 events would come in (2 new)" in str(panel) and kept is events_files.no_update


def test_a_file_that_is_no_file_of_events_or_named_as_a_path_is_put_right(live):
    files = [{"name": "notes.tsv", "contents": _upload("ASTANA, May 14 (Desk Wire) - Envoys met for talks.")},
             {"name": "../desk.csv", "contents": _upload(GOOD)}, "forged"]
    panel, kept = events_files.dropped_kept(live, files, "editor", "/")
    assert kept == [{"name": "desk.csv", "contents": _upload(GOOD)}] and "notes.tsv" not in str(panel)


def test_an_importers_type_that_cannot_be_read_gets_its_card(live):
    files = [{"name": "desk.csv", "contents": "data:text/csv;base64,abc"}]  # cut short: not base64
    panel, kept = events_files.dropped_kept(live, files, "editor", "/")
    assert "the upload could not be read" in str(panel) and kept is events_files.no_update


def test_the_page_sorts_a_drop_as_the_server_would():
    """Article types to the extraction only, the importers' types to the panel only, the rest (a .tsv, a GDELT .zip)
    to both: only their content says what they are."""
    assert not set(ARTICLE_TYPES) & set(SUPPORTED) and set(SUPPORTED) <= set(EVENT_FILE_TYPES)
    for kind in (*ARTICLE_TYPES, *SUPPORTED):
        assert f'"{kind}"' in drop.SPLIT
    assert '".tsv"' not in drop.SPLIT and '".zip"' not in drop.SPLIT
