"""The rule stage (`extract_article(learned=False)`): the seam through which tests of a rule read the rules' own output,
so that retraining the learned steps (`keep.py`, `actor_choice.py`) cannot move them (branch retrain23)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.own_text import extract_own
from tracker.extract import assemble

_TEXT = "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Vera in Lima on Thursday."
ROOT = Path(__file__).resolve().parents[2]


def _refuse(*args, **kwargs):
    raise AssertionError("a learned step ran in the rule stage")


def test_the_rule_stage_runs_no_learned_step(lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assemble, "keep_likely", _refuse)
    monkeypatch.setattr(assemble, "choose_actors", _refuse)
    events = extract_own(_TEXT, lexicon, learned=False).events
    assert [c.event_type for c in events] == ["meeting"]
    assert events[0].confidence == assemble._confidence(events[0])  # the hand-set score, not the model's


def test_the_product_runs_both_learned_steps(lexicon, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    keep, choose = assemble.keep_likely, assemble.choose_actors
    monkeypatch.setattr(assemble, "keep_likely", lambda *a: ran.append("keep") or keep(*a))
    monkeypatch.setattr(assemble, "choose_actors", lambda *a: ran.append("actors") or choose(*a))
    extract_own(_TEXT, lexicon)
    assert ran == ["keep", "actors"]


def test_only_tests_switch_the_learned_steps_off() -> None:
    """The product (CLI, dashboard, ingest) never reads the rule stage: no module of the package passes learned=False."""
    assert not [p for p in (ROOT / "tracker").rglob("*.py") if "learned=False" in p.read_text(encoding="utf-8")
                and p.name != "assemble.py"]
