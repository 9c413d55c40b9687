"""The style sheet hides from a viewer every control the server refuses them (tracker.auth.roles.WRITES)."""
from __future__ import annotations

from pathlib import Path

from tracker.auth.roles import WRITES

CSS = (Path(__file__).parents[2] / "assets" / "tracker.css").read_text(encoding="utf-8")


def test_every_writing_control_is_hidden_from_viewers_by_the_style_sheet():
    rule = CSS[CSS.index("body:has(.account-role-viewer)"):]
    rule = rule[:rule.index("}")]
    for key in WRITES:
        component = key.split(".")[0]
        assert f"#{component}," in rule or f"#{component})" in rule or f'"type":"{component}"' in rule, key
