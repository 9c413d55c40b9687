"""The style sheet hides from a viewer every control the server refuses them (tracker.auth.roles.WRITES)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from tracker.auth.roles import WRITES

CSS = (Path(__file__).parents[2] / "assets" / "tracker.css").read_text(encoding="utf-8")


def test_every_writing_control_is_hidden_from_viewers_by_the_style_sheet():
    rule = CSS[CSS.index("body:has(.account-role-viewer)"):]
    rule = rule[:rule.index("}")]
    for key in WRITES:
        component = key.split(".")[0]
        assert f"#{component}," in rule or f"#{component})" in rule or f'"type":"{component}"' in rule, key



@pytest.mark.parametrize("role, told", [("viewer", False), ("editor", True), (None, True)])
def test_the_review_pages_article_form_is_for_those_who_may_write(monkeypatch, role, told):
    """A viewer's Review page hid the Extract button but kept the text box, its date and a dangling "or", and its
    empty list still said to paste an article above (exploratory session)."""
    from tracker.dashboard.review.views import candidate_list

    rule = CSS[CSS.index("body:has(.account-role-viewer)"):]
    assert ".review-ingest)" in rule[:rule.index("}")]
    monkeypatch.setattr("tracker.auth.web.current_role", lambda: role)
    nothing = SimpleNamespace(tables=SimpleNamespace(events=pd.DataFrame({"review_state": ["confirmed"]})))
    line, cards = candidate_list(nothing, None)
    assert line.startswith("No candidates to review.") and cards == []
    assert ("Paste an article" in line) is told
