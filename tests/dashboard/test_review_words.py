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
