"""TimelineJS JSON export: `{"title": slide, "events": [slide, ...]}`, publishable as a TimelineJS story."""
from __future__ import annotations

import html
import json

import pandas as pd

from tracker.export.timelinejs import slides, title_slide
from tracker.models import Tables


def to_timelinejs_json_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """The events as TimelineJS slides (unique_id = event id, group = process), UTF-8 JSON."""
    title = title_slide(events)
    story = {"title": {"text": {"headline": html.escape(title["headline"]), "text": html.escape(title["text"])}},
             "events": []}
    for slide in slides(tables, events):
        out = {"unique_id": slide["id"], "start_date": slide["start"], "display_date": slide["display_date"],
               "text": {"headline": html.escape(slide["headline"]), "text": slide["text"]}}
        if slide["end"]:
            out["end_date"] = slide["end"]
        if slide["group"]:
            out["group"] = slide["group"]
        if slide["media"]["url"]:
            out["media"] = {k: v if k == "url" else html.escape(v) for k, v in slide["media"].items() if v}
        story["events"].append(out)
    return json.dumps(story, ensure_ascii=False, indent=2).encode("utf-8")
