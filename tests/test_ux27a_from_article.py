"""An event added from an article extraction read (issue 10: the review queue is where a person adds what extraction
missed): the start read from a selected sentence, the article text kept with the new source in the create's own
transaction, and `tracker review add` at a terminal. The wire is our own text, written for these tests."""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text
from tracker.extract.ingest import plan_ingest
from tracker.extract import extract_articles
from tracker.from_article import REVIEW_STATE, ArticleRef, article_ref, start_from, texts_of
from tracker.store.history import EditRefused

WIRE = """ASTANA, March 14 2024 (Interfax) - Kazakhstan's Foreign Ministry said on Thursday it was ready to host a new round of talks on Syria in Astana in the spring.

Earlier in the week, the guarantor countries' experts gathered behind closed doors in Geneva on Monday to go over the draft agenda with Geir Pedersen, diplomatic sources told Interfax.

The humanitarian situation remained grave, the ministry added.
"""
MISSED = ("Earlier in the week, the guarantor countries' experts gathered behind closed doors in Geneva on Monday to go "
          "over the draft agenda with Geir Pedersen, diplomatic sources told Interfax.")
FOUND = "Kazakhstan's Foreign Ministry said on Thursday it was ready to host a new round of talks on Syria in Astana in the spring."
ARTICLE = ArticleRef(text=WIRE, publisher="Interfax", published="2024-03-14", title="Kazakhstan ready to host talks",
                     url="https://example.org/wire/1")


def test_without_a_selection_the_start_is_the_article_as_its_source_and_nothing_else(shipped):
    start = start_from(ARTICLE, "  ", shipped)
    assert start.values == {"sources": "Interfax | 2024-03-14 | Kazakhstan ready to host talks | https://example.org/wire/1",
                            "review_state": REVIEW_STATE}
    assert start.found == ()


def test_a_sentence_the_rules_read_gives_their_event(shipped):
    start = start_from(ARTICLE, FOUND, shipped)
    values = start.values
    assert values["evidence"] == FOUND
    assert (values["event_type"], values["start_date"], values["process"]) == ("announcement", "2024-03-14", "Astana format")
    assert "[speaker]" in values["actors"]
    assert start.found == ("Extraction reads an announcement in the selected text.",)


def test_a_sentence_the_rules_miss_gives_what_the_date_and_name_readers_find_and_no_invented_type_or_role(shipped):
    start = start_from(ARTICLE, "  " + MISSED.replace(" closed ", " closed\n  "), shipped)  # as selected across a wrapped line
    values = start.values
    assert values["evidence"] == MISSED  # on one line
    assert (values["start_date"], values["date_precision"], values["status"]) == ("2024-03-11", "day", "held")  # on Monday
    assert "end_date" not in values  # the narrowest date, not "earlier in the week" around it
    assert values["actors"] == "Geir O. Pedersen"  # no role: no rule gave one
    assert not {"event_type", "title", "process"} & set(values)
    assert start.found[0].startswith("Extraction reads no event")
    assert "“on Monday” as 11 Mar 2024" in start.found[1]


def test_the_text_goes_with_the_source_that_cites_the_article_wherever_the_person_put_it(shipped):
    cells = start_from(ARTICLE, MISSED, shipped).values
    assert texts_of(cells, ARTICLE) == {1: WIRE}
    moved = {"sources": f"TASS | 2024-03-15 | Other | https://example.org/2\n{cells['sources']}"}
    assert texts_of(moved, ARTICLE) == {2: WIRE}
    assert texts_of({"sources": "Interfax | 2024-03-15 | Kazakhstan ready | https://example.org/other"}, ARTICLE) == {}
    untitled = ArticleRef(text=WIRE, publisher="Interfax", published="2024-03-14", title="Headline")
    assert texts_of({"sources": "Interfax|2024-03-14|Headline|"}, untitled) == {1: WIRE}


def test_a_stored_article_reads_back_as_its_source_cites_it():
    ref = article_ref({"source_id": "x:s1", "publisher": "TASS", "title": "T", "url": None,
                       "published_at": "2024-03-14T00:00:00", "text": "Body."})
    assert (ref.published, ref.url, ref.source_id, ref.label()) == ("2024-03-14", "", "x:s1", "TASS, 14 Mar 2024")
    assert article_ref({"text": "B", "published_at": "2024-03-14 09:30:00"}).published == "2024-03-14T09:30"


def _ingested(store) -> str:
    """Ingest the wire; the id of the candidate it stored (whose article the tests add from)."""
    known = store.load()
    tables, report = plan_ingest(extract_articles([parse_text(WIRE, "wire")], known), known)
    store.save_ingest(tables, report.suggestions, report.texts)
    return str(tables.events["event_id"].iloc[0])


def test_the_new_event_keeps_the_article_text_with_its_source_in_the_same_transaction(store):
    candidate = _ingested(store)
    stored = store.stored_article(candidate)
    assert stored["publisher"] == "Interfax" and "Geneva on Monday" in stored["text"]
    assert store.stored_article(stored["source_id"]) == stored  # by the source's own id too
    ref = article_ref(stored)
    cells = {**start_from(ref, MISSED, store.reference()).values, "title": "Experts meet in Geneva",
             "event_type": "meeting", "actors": "Geir O. Pedersen [participant]"}
    change = store.create_event(cells, user="ana", texts=texts_of(cells, ref))
    assert (change.user, change.kind, change.version) == ("ana", "created", 1)
    record = store.event_record(change.event_id)
    assert record["event"]["evidence"] == MISSED and record["event"]["review_state"] == "confirmed"
    source_id = record["sources"][0][0]
    assert store.article_texts([source_id]) == {source_id: stored["text"]}


def test_a_create_refused_inside_its_transaction_leaves_no_event_history_or_text(store, monkeypatch):
    candidate = _ingested(store)
    ref = article_ref(store.stored_article(candidate))
    cells = {**start_from(ref, MISSED, store.reference()).values, "title": "Experts meet in Geneva",
             "event_type": "meeting", "actors": "Geir O. Pedersen [participant]", "event_id": "experts-in-geneva"}
    before = store.load()
    texts = len(store.article_texts(list(before.sources["source_id"])))

    def fails(*_args, **_kwargs):  # after the event's rows are written, in the same transaction
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(type(store), "_write_texts", fails)
    with pytest.raises(RuntimeError):
        store.create_event(cells, user="ana", texts=texts_of(cells, ref))
    monkeypatch.undo()
    after = store.load()
    assert len(after.events) == len(before.events) and len(after.sources) == len(before.sources)
    assert len(store.article_texts(list(after.sources["source_id"]))) == texts
    assert "experts-in-geneva" not in set(after.events["event_id"]) and store.history("experts-in-geneva") == []
    store.create_event(cells, user="ana", texts=texts_of(cells, ref))  # the same create, not failing, keeps all three
    assert len(store.article_texts(list(store.load().sources["source_id"]))) == texts + 1
    assert [c.kind for c in store.history("experts-in-geneva")] == ["created"]


def test_review_add_shows_the_start_then_adds_the_event_citing_the_stored_article(store, run_cli):
    candidate = _ingested(store)
    db = store.location
    shown = run_cli("review", "add", candidate, "--db", db, "--quote", MISSED, "--show")
    assert shown.exit_code == 0, shown.output
    assert "start_date=2024-03-11" in shown.stdout and "Its name reader finds Geir O. Pedersen." in shown.stdout
    refused = run_cli("review", "add", candidate, "--db", db, "--quote", MISSED)
    assert refused.exit_code == 1 and "nothing was saved" in refused.stderr and "'event_type'" in refused.stderr
    added = run_cli("review", "add", candidate, "--db", db, "--quote", MISSED, "--set", "title=Experts meet in Geneva",
                    "--set", "event_type=meeting", "--set", "actors=Geir O. Pedersen [participant]", "--set", "venue=Geneva")
    assert added.exit_code == 0, added.output
    event_id = added.stdout.split()[1]
    assert added.stdout.startswith(f"Added {event_id} (version 1): Experts meet in Geneva")
    record = store.event_record(event_id)
    assert (record["event"]["venue"], record["event"]["start_date"][:10]) == ("Geneva", "2024-03-11")
    assert record["sources"][0][1] == "Interfax"
    assert "Geneva on Monday" in store.article_texts([record["sources"][0][0]])[record["sources"][0][0]]
    history = run_cli("history", event_id, "--db", db)
    assert "create (created)" in history.stdout


def test_review_add_names_an_id_that_has_no_article(store, run_cli):
    result = run_cli("review", "add", "astana-20", "--db", store.location, "--quote", "x")
    assert result.exit_code == 1 and "no stored article for 'astana-20'" in result.stderr


def test_a_selection_not_in_the_article_is_not_read_and_the_form_says_so(shipped):
    other = ArticleRef(text="MOSCOW, May 20 2024 (Reuters) - Talks resumed.", publisher="Reuters", published="2024-05-20")
    start = start_from(other, MISSED, shipped)  # selected in the Interfax article, sent with the Reuters one
    assert "evidence" not in start.values and "start_date" not in start.values
    assert start.refused.startswith("The selected text is not in the article from Reuters, 20 May 2024")
    assert start.found == (start.refused,)
    assert start_from(ARTICLE, MISSED.replace(" closed ", " closed\n "), shipped).refused == ""  # as wrapped: its own


def test_a_selection_over_the_limit_is_refused_before_extraction_reads_it(shipped):
    import time

    from tracker.from_article import MAX_SELECTION

    huge = ArticleRef(text=WIRE * 3000, publisher="Interfax", published="2024-03-14")
    began = time.perf_counter()
    start = start_from(huge, WIRE * 3000, shipped)  # 1.3 million characters, all of them in the article
    assert time.perf_counter() - began < 2 and "evidence" not in start.values
    assert f"up to {MAX_SELECTION:,} characters" in start.refused


def test_an_evidence_over_the_limit_is_refused_by_the_store(store):
    from tracker.edits import MAX_EVIDENCE

    cells = {"title": "Experts meet in Geneva", "event_type": "meeting", "start_date": "2024-03-11", "status": "held",
             "sources": "Interfax | 2024-03-14 | T | ", "evidence": "x" * (MAX_EVIDENCE + 1)}
    with pytest.raises(EditRefused) as refused:
        store.create_event(cells)
    assert [p.column for p in refused.value.problems] == ["evidence"]


def test_only_an_editor_may_open_the_form_on_an_article():
    from tracker.auth.roles import required_role

    assert required_role({"changedPropIds": ["review-add-from.data"]}) == "editor"


def test_the_same_article_in_two_boxes_gives_two_buttons_each_naming_its_box():
    from tracker.dashboard.review.add_from import button

    ingest, candidate = (button("source:x:s1", box).children[0].id for box in ("review-article-ingest-1",
                                                                               "review-article-candidate"))
    assert ingest != candidate and candidate["box"] == "review-article-candidate"


def test_a_pasted_article_over_the_page_limit_is_not_read():
    from tracker.dashboard.editor.from_article import requested_article
    from tracker.dashboard.review.handlers import MAX_ARTICLE_CHARS

    class Live:
        store = None

    assert requested_article(Live(), {"article": "text:1", "text": "x" * (MAX_ARTICLE_CHARS + 1)}) is None
    assert requested_article(Live(), {"article": "text:1", "text": WIRE, "publisher": "Interfax"}).publisher == "Interfax"


def test_the_text_stays_with_the_source_when_its_title_and_address_are_tidied(shipped):
    untitled = ArticleRef(text=WIRE, publisher="Interfax", published="2024-03-14", title=FOUND)
    tidied = {"sources": "TASS | 2024-03-14 | Other | \nInterfax | 2024-03-14 | Kazakhstan ready to host | https://x.org/1"}
    assert texts_of(tidied, untitled) == {2: WIRE}


def test_review_add_with_no_set_stores_extractions_reading_as_a_candidate(store, run_cli):
    candidate = _ingested(store)
    added = run_cli("review", "add", candidate, "--db", store.location, "--quote", FOUND)
    assert added.exit_code == 0, added.output
    assert store.event_record(added.stdout.split()[1])["event"]["review_state"] == "candidate"
