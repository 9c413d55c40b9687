"""A pasted text in a language extraction does not read says so at once, not "add a publisher" (ux26b, Tanjug's
Serbian Cyrillic wire 1173: the page asked for a "publisher:" line, and once it was added said the text was in
Cyrillic script and nothing was extracted)."""
from __future__ import annotations

from dash import no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import handlers

SERBIAN = ("Нова рунда преговора у Бриселу\n\nУ Бриселу је почела нова рунда дијалога под покровитељством ЕУ "
           "састанком експертске делегације Београда и Приштине. Састанак је почео у среду.")


def _paste(live: LiveData, text: str, published: str | None = None):
    return handlers.act(live, ids.REVIEW_INGEST, 1, None, [None] * 10, None, text, None, None, "/", published)


def test_a_text_in_an_unread_language_says_so_rather_than_asking_for_a_publisher_or_a_date(store):
    live = LiveData(store, DashboardData.load(store))
    before = store.counts()
    for published in (None, "2025-09-11"):
        refused = _paste(live, SERBIAN, published)
        said = str(refused.ingest)
        assert refused.ingest.role == "alert" and refused.text is no_update and store.counts() == before
        assert "Cyrillic" in said and "publisher: NAME" not in said and "Enter the date" not in said
