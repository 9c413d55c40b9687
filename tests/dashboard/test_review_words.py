"""Words the review page and the detail panel show after a review action (issue 10, an analyst's walk): a merge's link
read in its direction, and the date-needed alert's sentences each ending with a full stop."""
from __future__ import annotations

import re

import pytest

from tracker.dashboard import handlers as timeline_handlers
from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.detail import LINK_WORDS, link_words
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers, views
from tracker.extract import articles_from_bytes
from tracker.models import LINK_TYPES

from tests.dashboard.test_review_page import ARTICLES, LAVROV, TARGET, form_of, ingest_files


@pytest.fixture()
def live(store) -> LiveData:
    ingest_files(store, ARTICLES)
    return LiveData(store, DashboardData.load(store))


def test_every_link_type_has_words_both_ways():
    assert set(LINK_WORDS) == set(LINK_TYPES)
    for link_type in LINK_TYPES:
        outgoing, incoming = link_words(link_type, True), link_words(link_type, False)
        assert outgoing != incoming and "_" not in outgoing + incoming, link_type


def test_an_unknown_link_type_says_its_direction_without_underscores():
    assert link_words("spun_off", True) == "Spun off (to)" and link_words("spun_off", False) == "Spun off (from)"


def test_after_a_merge_the_target_reads_merged_from_and_the_candidate_duplicate_of(live):
    """The confirmed target showed "Duplicate_of: <the rejected candidate>", as if it were the duplicate."""
    handlers.act(live, ids.REVIEW_MERGE, 1, LAVROV, form_of(live, LAVROV), TARGET, None, None, None, "/")
    target = str(timeline_handlers.render_detail(live.data, f"?event={TARGET}")[0])
    candidate = str(timeline_handlers.render_detail(live.data, f"?event={LAVROV}&state=rejected")[0])
    assert "Merged from: " in target and "Duplicate" not in target
    assert "Duplicate of: " in candidate and "Merged from" not in candidate


@pytest.mark.parametrize("publisher", ["", "publisher: Interfax\n"])
def test_the_date_needed_alert_ends_each_sentence_with_a_full_stop(publisher):
    text = publisher + "ASTANA, March 3 (Interfax) - Kazakhstan's Foreign Ministry said on Friday it was ready to talk."
    article = articles_from_bytes(text.encode(), "pasted text")[0]
    said = str(views.date_needed(article, []))
    assert "(YYYY-MM-DD). " in said
    assert not re.search(r"\(YYYY-MM-DD\) [A-Z]", said)


def test_bad_actor_and_link_lines_are_refused_one_a_line_named_by_box_and_line_and_their_boxes_marked(live):
    """They came as one run-on paragraph joined by ";", without "Not saved:", and no box was marked."""
    from tracker.dashboard.review.layout import MARKABLE

    refused = handlers.act(live, ids.REVIEW_SAVE, 1, LAVROV, form_of(live, LAVROV), None, None, None, None, "/", None,
                           "Atlantis: host\nKazakhstan: bystander", "follows: nowhere-1")
    message = refused.message
    assert message.role == "alert" and message.children[0].children == "Not saved:"
    lines = [item.children for item in message.children[1].children]
    assert lines[0].startswith("Actors and their roles, line 1: no actor named 'Atlantis'")
    assert lines[1].startswith("Actors and their roles, line 2: unknown role 'bystander'; use one of: ")
    assert lines[2].startswith("Links to other events, line 1: no event with id 'nowhere-1', nor a round or title")
    classes = dict(zip(MARKABLE, handlers.marked_classes(refused.marked)))
    assert classes["actors"] == classes["links"] == "text-area invalid"
    assert classes["summary"] == "text-area" and classes["round_number"] == "text-input"
    fixed = handlers.act(live, ids.REVIEW_SAVE, 1, LAVROV, form_of(live, LAVROV), None, None, None, None, "/", None,
                         "Kazakhstan: host", "")
    assert "Saved" in str(fixed.message) and set(handlers.marked_classes(fixed.marked)) == {"text-area", "text-input"}


def test_one_bad_field_is_one_line_with_not_saved_and_its_box_marked(live):
    refused = handlers.act(live, ids.REVIEW_SAVE, 1, LAVROV, form_of(live, LAVROV, round_number="seven"), None, None,
                           None, None, "/")
    assert refused.message.children == "Not saved: Round: 'seven' is not a whole number."
    assert refused.marked == {"round_number"}


def test_a_misspelt_process_is_refused_with_the_stored_name_and_no_stop_after_the_question(live):
    refused = handlers.act(live, ids.REVIEW_SAVE, 1, LAVROV, form_of(live, LAVROV, process="Astana formt"), None, None,
                           None, None, "/")
    assert refused.message.children == "Not saved: Process: no process named 'Astana formt'; did you mean 'Astana format'?"
    assert refused.marked == {"process"}
