"""A refused date box is marked (QA): the sync callback gives it the `invalid` class, cleared once a value is read;
the review page's publication date likewise. assets/invalid_boxes.js turns the class into aria-invalid."""
from __future__ import annotations

import pytest
from dash import no_update

from tracker.dashboard import handlers, ids
from tracker.dashboard.callbacks import SYNC_OUTPUTS
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.layout import filter_panel
from tracker.dashboard.review import handlers as review
from tracker.dashboard.review.layout import PUBLISHED_CLASS, ingest_section

EMPTY = [[], [], [], [], [], [], ["confirmed"], "", "", "", "process", [], [], "", [], ""]  # one per handlers.CONTROLS
PLAIN = handlers.box_classes()


@pytest.fixture()
def live(store) -> LiveData:
    return LiveData(store, DashboardData.load(store))


def controls(**changes) -> list:
    values = list(EMPTY)
    for name, value in changes.items():
        values[handlers.CONTROLS.index(getattr(ids, name.upper()))] = value
    return values


def _classes(sync) -> dict:
    return dict(zip(handlers.TYPED_BOXES, sync.invalid))


def test_the_refused_box_and_only_it_is_marked_and_a_read_value_clears_it(data):
    sync = handlers.next_view(data, ids.DATE_TO, f"{ids.DATE_TO}.value", "2230", "?from=2023-01-01",
                              controls(date_from="2023-01-01", date_to="2230"))
    assert _classes(sync) == {ids.DATE_FROM: "text-input date-input", ids.DATE_TO: "text-input date-input invalid",
                              ids.AS_OF: "text-input date-input as-of-input"}
    assert sync.flat()[-3:] == list(sync.invalid) and len(sync.flat()) == len(SYNC_OUTPUTS)
    sync = handlers.next_view(data, ids.DATE_TO, f"{ids.DATE_TO}.value", "2023-12", "?from=2023-01-01",
                              controls(date_from="2023-01-01", date_to="2023-12"))
    assert sync.invalid == PLAIN
    sync = handlers.next_view(data, ids.DATE_FROM, f"{ids.DATE_FROM}.value", "junk", "",
                              controls(date_from="junk", date_to="2023"))
    assert "invalid" in _classes(sync)[ids.DATE_FROM] and "invalid" not in _classes(sync)[ids.DATE_TO]
    sync = handlers.next_view(data, None, "", None, "?from=2023-01-01", EMPTY)  # a page opened: nothing refused
    assert sync.invalid == PLAIN
    zoom = {"xaxis.range[0]": "2023-01-01", "xaxis.range[1]": "2023-02-01"}  # the boxes keep what they show
    assert handlers.next_view(data, ids.TIMELINE, f"{ids.TIMELINE}.relayoutData", zoom, "", EMPTY).invalid == (no_update,) * 3


def test_the_layout_starts_plain_and_names_where_a_refusal_is_said():
    panel = filter_panel(([],) * 8)
    assert panel.to_plotly_json()["props"]["data-invalid-note"] == ids.INPUT_NOTICE
    found = {}

    def walk(node):
        if getattr(node, "id", None) in handlers.TYPED_BOXES:
            found[node.id] = node.className
        for child in getattr(node, "children", None) or []:
            walk(child) if not isinstance(child, str) else None
        child = getattr(node, "children", None)
        if child is not None and not isinstance(child, (list, str)):
            walk(child)

    walk(panel)
    assert found == dict(zip(handlers.TYPED_BOXES, PLAIN))
    assert ingest_section().to_plotly_json()["props"]["data-invalid-note"] == ids.REVIEW_INGEST_RESULT


from tests.dashboard.test_review_panel_after_save import output  # noqa: E402


def test_a_refused_publication_date_marks_its_box_and_a_read_one_clears_it(live):
    refused = review.act(live, ids.REVIEW_INGEST, 1, None, [None] * 10, None, "Some text.", None, None, "/", "2023-13-45")
    assert output(refused, ids.REVIEW_PUBLISHED, "className") == f"{PUBLISHED_CLASS} invalid" and "is not a date" in str(refused.ingest)
    read = review.act(live, ids.REVIEW_INGEST, 1, None, [None] * 10, None, "Kazakhstan said so.", None, None, "/",
                      "2023-03-03")
    assert output(read, ids.REVIEW_PUBLISHED, "className") == PUBLISHED_CLASS
    saved = review.act(live, ids.REVIEW_SAVE, 1, None, [None] * 10, None, "", None, None, "/")
    assert output(saved, ids.REVIEW_PUBLISHED, "className") is no_update  # other buttons leave the box as it is


def test_both_refused_date_boxes_are_named_in_the_note_each_with_its_reason(data):
    """QA15 LOW: From "junk" and To "2230" refused together; the note named From only."""
    sync = handlers.next_view(data, ids.DATE_TO, f"{ids.DATE_TO}.value", "2230", "",
                              controls(date_from="junk", date_to="2230"))
    assert "from: 'junk' is not a date" in sync.notice and "to: '2230' is outside the supported dates" in sync.notice
    assert sync.notice.index("from:") < sync.notice.index("to:")  # in the boxes' order
    assert "invalid" in _classes(sync)[ids.DATE_FROM] and "invalid" in _classes(sync)[ids.DATE_TO]
    one = handlers.next_view(data, ids.DATE_TO, f"{ids.DATE_TO}.value", "2230", "?from=2023-01-01",
                             controls(date_from="2023-01-01", date_to="2230"))
    assert one.notice.startswith("to: '2230'") and "from:" not in one.notice  # one refused: named alone, as before
