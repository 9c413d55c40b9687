"""The timeline toolbar's PNG is named after the view (QA: it was newplot.png), as the PNG link's file is."""
from __future__ import annotations

from tracker.dashboard import ids
from tracker.dashboard.app import create_app
from tracker.dashboard.download import download_links, image_button_config
from tracker.dashboard.layout import GRAPH_CONFIG

EPOCH = "1700000000"  # 14 Nov 2023


def test_the_config_names_the_image_after_the_filter_and_the_window(data, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    config = image_button_config(data, "?actor=Kazakhstan&from=2023-06&to=2023-06")
    assert config["toImageButtonOptions"] == {"format": "png",
                                              "filename": "tracker-timeline_kazakhstan_2023-06-01_to_2023-06-30_2023-11-14"}
    assert {k: v for k, v in config.items() if k != "toImageButtonOptions"} == GRAPH_CONFIG  # nothing else changes
    windowed = image_button_config(data, "?process=Astana+format&x0=2023-01-01&x1=2023-06-30")
    assert windowed["toImageButtonOptions"]["filename"] == "tracker-timeline_astana-format_2023-01-01_to_2023-06-30_2023-11-14"
    link_name = download_links(data, "?process=Astana+format&x0=2023-01-01&x1=2023-06-30", False, "/")[9]
    assert link_name == windowed["toImageButtonOptions"]["filename"] + ".png"
    assert image_button_config(data, "")["toImageButtonOptions"]["filename"] == "tracker-timeline_2023-11-14"


def test_the_timeline_callback_sets_the_graphs_config(store):
    app = create_app(store)
    outputs = [key for key in app.callback_map if f"{ids.TIMELINE}.figure" in key]
    assert outputs and f"{ids.TIMELINE}.config" in outputs[0]


def test_the_config_is_sent_only_when_its_name_changes(store):
    """A new config redraws the graph afresh (the keyboard's place on it was lost when an event opened)."""
    from dash import no_update

    app = create_app(store)
    key = next(key for key in app.callback_map if f"{ids.TIMELINE}.figure" in key)
    timeline = app.callback_map[key]["callback"].__wrapped__
    first = timeline("?actor=Kazakhstan", 1, "/", None)[-1]  # search, data version, path, the config shown
    assert first["toImageButtonOptions"]["filename"].startswith("tracker-timeline_kazakhstan_")
    assert timeline("?actor=Kazakhstan&event=astana-20", 1, "/", first)[-1] is no_update
