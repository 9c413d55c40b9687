"""Pure parts of the review queue: evidence highlighting, candidates by confidence, the form's actor and link edits,
and that the review core imports no store."""
from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from tracker.event_refs import event_refs
from tracker.extract.highlight import evidence_spans, segments
from tracker.extract.review import (
    ReviewError, actors_text, by_confidence, candidates, changed, edit_actors, edit_links, links_text, parse_pairs, revise,
)
from tracker.frames import coerce
from tracker.models import Tables

ARTICLE = ("ALMATY, March 3 (Interfax) - The guarantors met on Monday.\n\n"
           "The next round, to be held in Astana on March 18-19, will discuss prisoners. “We are ready,” the envoy said. "
           "He said.\n\nBackground: Côte d'Ivoire hosted talks in 2019.")


@pytest.mark.parametrize("evidence, expected", [
    ("The next round, to be held in Astana on March 18-19, will discuss prisoners.",
     ["The next round, to be held in Astana on March 18-19, will discuss prisoners."]),
    # punctuation and quote marks differ between the evidence kept and the article
    ('The next round to be held in Astana on March 18-19 will discuss prisoners. "We are ready" the envoy said.',
     ["The next round, to be held in Astana on March 18-19, will discuss prisoners.", "“We are ready,” the envoy said."]),
    ("background: côte d'ivoire hosted talks in 2019.", ["Background: Côte d'Ivoire hosted talks in 2019."]),
    ("He said.", []),  # too short to mark alone: it would match anywhere
    ("Nothing of the kind.", []),
    (None, []),
])
def test_the_evidence_sentences_are_found_in_the_article(evidence, expected):
    assert [ARTICLE[a:b] for a, b in evidence_spans(ARTICLE, evidence)] == expected


def test_segments_cover_the_whole_text_in_order():
    parts = segments(ARTICLE, "The guarantors met on Monday. Background: Côte d'Ivoire hosted talks in 2019.")
    assert "".join(p for p, _ in parts) == ARTICLE
    # the first evidence sentence sits after the dateline: the article's whole sentence is marked
    assert [p for p, marked in parts if marked] == ["ALMATY, March 3 (Interfax) - The guarantors met on Monday.",
                                                    "Background: Côte d'Ivoire hosted talks in 2019."]


def _events(rows: list[dict]) -> pd.DataFrame:
    stamp = pd.Timestamp("2024-01-01")
    return coerce("events", pd.DataFrame([{"title": r["event_id"], "event_type": "meeting", "status": "held",
                                           "review_state": "candidate", "created_at": stamp, "updated_at": stamp, **r}
                                          for r in rows]))


def test_candidates_are_listed_surest_first_then_oldest():
    events = _events([{"event_id": "a", "start_date": pd.Timestamp("2023-01-01"), "confidence": 0.5},
                      {"event_id": "b", "start_date": pd.Timestamp("2023-02-01"), "confidence": 0.9},
                      {"event_id": "c", "start_date": pd.Timestamp("2023-01-15")},
                      {"event_id": "d", "start_date": pd.Timestamp("2022-12-01"), "confidence": 0.9},
                      {"event_id": "e", "start_date": pd.Timestamp("2022-12-01"), "confidence": 0.99,
                       "review_state": "confirmed"}])
    assert candidates(Tables(events=events))["event_id"].tolist() == ["d", "b", "a", "c"]
    assert by_confidence(events)["event_id"].tolist()[0] == "e"


def _finding(*stored: str):
    """A `find` that knows these ids and nothing else (no rounds, no titles)."""
    return lambda named: [named] if named in stored else []


@pytest.fixture()
def tables() -> Tables:
    events = _events([{"event_id": "x-1", "start_date": pd.Timestamp("2023-06-21")},
                      {"event_id": "astana-19", "start_date": pd.Timestamp("2023-01-21"), "review_state": "confirmed"}])
    actors = coerce("actors", pd.DataFrame([
        {"actor_id": "KAZ", "name": "Kazakhstan", "kind": "state", "aliases": "Republic of Kazakhstan"},
        {"actor_id": "CIV", "name": "Côte d'Ivoire", "kind": "state"},
        {"actor_id": "RUS", "name": "Russia", "kind": "state"}]))
    links = coerce("event_links", pd.DataFrame([{"from_event_id": "x-1", "to_event_id": "astana-19", "link_type": "refers_to"}]))
    event_actors = coerce("event_actors", pd.DataFrame([{"event_id": "x-1", "actor_id": "RUS", "role": "participant"}]))
    return Tables(events=events, actors=actors, event_actors=event_actors, event_links=links)


def test_the_form_shows_actors_with_roles_and_links_one_a_line(tables):
    assert actors_text(tables, "x-1") == "Russia: participant"
    assert links_text(tables, "x-1") == "refers_to: astana-19"


def test_actors_are_replaced_by_name_alias_or_id_with_their_roles(tables):
    pairs = parse_pairs("Republic of Kazakhstan: host\n\ncôte d'ivoire: participant\nRUS: guarantor\nKAZ: host", "actors")
    changes = edit_actors(tables, "x-1", pairs)
    assert sorted(zip(changes.event_actors["actor_id"], changes.event_actors["role"].astype(str))) == [
        ("CIV", "participant"), ("KAZ", "host"), ("RUS", "guarantor")]
    assert changes.events["event_id"].tolist() == ["x-1"]


@pytest.mark.parametrize("text, message", [
    ("Kazakhstan host", "actors, line 1 ('Kazakhstan host'): write it as"),
    ("Kazakhstan: host\nAtlantis: host", "actors, line 2: no actor named 'Atlantis'"),
    ("Kazakhstan: chair", "unknown role 'chair'"),
])
def test_a_bad_actor_line_is_an_error_naming_the_line(tables, text, message):
    with pytest.raises(ReviewError, match=message.replace("(", r"\(").replace(")", r"\)")):
        edit_actors(tables, "x-1", parse_pairs(text, "actors"))


def test_links_are_checked_against_the_vocabulary_and_the_stored_events(tables):
    exists = _finding("x-1", "astana-19")
    changes = edit_links(tables, "x-1", parse_pairs("follows: astana-19\nrefers_to: astana-19", "links"), exists)
    assert sorted(changes.event_links["link_type"].astype(str)) == ["follows", "refers_to"]
    with pytest.raises(ReviewError, match="unknown link type 'after'"):
        edit_links(tables, "x-1", [("after", "astana-19")], exists)
    with pytest.raises(ReviewError, match="no event with id 'astana-99'"):
        edit_links(tables, "x-1", [("follows", "astana-99")], exists)
    with pytest.raises(ReviewError, match="cannot link to itself"):
        edit_links(tables, "x-1", [("follows", "x-1")], exists)


def test_a_link_names_its_event_by_round_or_title_and_a_name_of_several_is_refused(tables):
    """ux23's defect 8: "follows: round 2" was refused as "no event with id"; the analyst had to copy an id."""
    events = _events([{"event_id": "x-1", "start_date": pd.Timestamp("2024-06-21")},
                      {"event_id": "aa-2", "start_date": pd.Timestamp("2024-02-12"), "round_number": 2,
                       "process": "Armenia-Azerbaijan peace process", "title": "Peace talks in Washington"},
                      {"event_id": "ast-2", "start_date": pd.Timestamp("2017-02-16"), "round_number": 2,
                       "process": "Astana format"}])
    stored = Tables(events=events)

    def linked(name: str) -> list[str]:
        changes = edit_links(stored, "x-1", [("follows", name)], lambda named: event_refs(events, named))
        return changes.event_links["to_event_id"].tolist()

    assert linked("Round 2 of the Armenia-Azerbaijan peace process") == ["aa-2"]
    assert linked("astana round 2") == linked("2nd round Astana") == ["ast-2"]
    assert linked("peace talks in washington") == ["aa-2"]
    with pytest.raises(ReviewError, match=r"'round 2' names 2 events \(aa-2, ast-2\): write the one you mean by its id"):
        linked("round 2")
    with pytest.raises(ReviewError, match="no event with id 'round 3', nor a round or title of that name"):
        linked("round 3")


def test_revise_applies_fields_actors_and_links_and_changes_nothing_when_nothing_differs(tables):
    exists = _finding("x-1", "astana-19")
    assert revise(tables, "x-1", {}, "Russia:  participant\n", "refers_to: astana-19", exists) is tables
    revised = revise(tables, "x-1", {"round_number": "3"}, "Kazakhstan: host", "", exists)
    saved = changed(revised, "x-1")
    assert saved.events["round_number"].tolist() == [3]
    assert saved.event_actors[["actor_id", "role"]].astype(str).values.tolist() == [["KAZ", "host"]]
    assert saved.event_links.empty  # an emptied box removes the links


def test_the_review_core_imports_no_store():
    """The back-edge extract/review -> store (issue 11) is gone, in every module of the extraction core."""
    root = Path(__file__).resolve().parents[2] / "tracker"
    for path in [*sorted((root / "extract").glob("*.py")), root / "suggestions.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {m for m in imported if m.startswith(("tracker.store", "tracker.dashboard", "tracker.cli"))}, path.name


def test_every_bad_line_of_both_boxes_is_named_in_one_refusal(tables):
    """QA14 LOW-3: a Save named only the first bad line; the others came one Save at a time. Line numbers are those
    of the box (a blank line counts)."""
    exists = _finding("x-1", "astana-19")
    actors = "Kazakhstan: host\n\nPeru: particpant\nNowhereland: mediator\nno colon here"
    with pytest.raises(ReviewError) as refused:
        revise(tables, "x-1", {}, actors, "after: astana-19\nfollows: astana-99", exists)
    said = str(refused.value)
    for part in ("actors, line 5 ('no colon here'): write it as", "actors, line 3: unknown role 'particpant'",
                 "actors, line 4: no actor named 'Nowhereland'", "links, line 1: unknown link type 'after'",
                 "links, line 2: no event with id 'astana-99'"):
        assert part in said, said
