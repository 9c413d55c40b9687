"""An analyst drops the files they keep (an ACLED export, a GDELT events file, a TimelineJS story, a sheet of events)
on the review page's upload, its only one: its type filter dropped them without a word, nothing happened at all. Now
each is named as the events file it is, with the command that imports it, and nothing is stored; an article dropped
with them is still read. Since ux27b the page imports them: they go to the import panel (`review/events_files.py`)."""
from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import pytest

from tests.conftest import store_fingerprint
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.review import events_files, handlers
from tracker.dashboard.review.layout import ACCEPTED

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ACLED = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
         "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
         "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n"
         "KAZ0042,14 August 2023,2023,3,Demonstrations,Protests,Peaceful protest,Protesters (Kazakhstan),,6,,,,60,,398,"
         "Central Asia,Kazakhstan,Almaty,,,Almaty,43.2567,76.9286,1,Vlast.kz,National,Residents protested.,0,,1692000000\r\n")
GDELT = "\t".join(["1114000001", "20230621", "202306", "2023", "2023.4712", "RUSGOV", "RUSSIA", "RUS", *[""] * 7,
                   "KAZGOV", "KAZAKHSTAN", "KAZ", *[""] * 7, "1", "043", "043", "04", "1", "2.8", "10", "2", "10", "-1.2",
                   *(["4", "Astana, Astana, Kazakhstan", "KZ", "KZ05", "", "51.18", "71.42", "-2596026"] * 3),
                   "20230621153000", "https://tass.com/politics/1636789"]) + "\n"
STORY = '{"events": [{"start_date": {"year": "2023", "month": "6"}, "text": {"headline": "Talks", "text": "<p>x</p>"}}]}'


def _zipped(name: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, text)
    return buffer.getvalue()


def _upload(data: bytes) -> str:
    return "data:application/octet-stream;base64," + base64.b64encode(data).decode()


@pytest.fixture()
def live(store) -> LiveData:
    return LiveData(store, DashboardData.load(store))


@pytest.mark.parametrize(("name", "data", "said"), [
    ("acled_export.csv", ACLED.encode("utf-8-sig"), "ACLED export"),
    ("20230621161500.export.CSV", GDELT.encode(), "GDELT 2.0 events"),
    ("20230621161500.export.CSV.zip", _zipped("20230621161500.export.CSV", GDELT), "GDELT 2.0 events"),
    ("story.json", STORY.encode(), "TimelineJS JSON"),
])
def test_an_events_file_goes_to_the_import_panel_and_the_article_beside_it_is_read(live, store, name, data, said):
    """ux26 named it with its `tracker import` command; since ux27b the page imports it (review/events_files.py)."""
    before = store_fingerprint(store)
    article = (CORPUS / "006_interfax_normandy_berlin.txt").read_bytes()
    outcome = handlers.ingest_uploads(live, [_upload(data), _upload(article)], [name, "berlin.txt"])
    text = str(outcome.ingest)
    assert name not in text and "1 article" in text, text  # the article beside it is read as before
    assert store_fingerprint(store) != before
    panel, files = events_files.dropped(live, [_upload(data), _upload(article)], [name, "berlin.txt"], "editor", "/")
    assert [f["name"] for f in files] == [name] and f"Read as: {said}" in str(panel)


def test_the_upload_lets_the_files_analysts_keep_through_to_be_named():
    assert {".csv", ".json", ".xlsx", ".zip", ".txt", ".html"} <= set(ACCEPTED.split(","))
