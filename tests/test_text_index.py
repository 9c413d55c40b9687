"""What the text index holds and what a search asks of it (tracker.store.text_index): pure functions."""
import re

import pytest

from tracker.store.text_index import bigrams, fts5_query, normalise, postgres_body, query_terms, sqlite_body, tsquery


def old_match_expression(text: str) -> str | None:
    """The FTS5 query every search made before CJK bigrams (tracker/store/sqlite.py until migration 0009)."""
    words = re.findall(r"\w+", text)
    return " AND ".join(f'"{w}"*' for w in words) if words else None


@pytest.mark.parametrize("run, words", [
    ("阿斯塔纳会谈", ["阿斯", "斯塔", "塔纳", "纳会", "会谈", "谈"]),
    ("서울에서", ["서울", "울에", "에서", "서"]),
    ("谈", ["谈"]),
])
def test_a_run_is_indexed_as_its_bigrams_and_its_last_character(run, words):
    assert bigrams(run) == words


@pytest.mark.parametrize("text", ["Côte d'Ivoire, \"commas, and quotes\"", "=1+1 formula", "de-escalation 2022-05-22",
                                  "", "Türkiye: 12th round"])
def test_latin_text_is_indexed_and_asked_for_exactly_as_before_on_sqlite(text):
    assert sqlite_body(text) == text
    assert fts5_query(text) == old_match_expression(text)


@pytest.mark.parametrize("text, query, expected", [
    ("阿斯塔纳会谈第二十轮", "阿斯塔纳", '"阿斯 斯塔 塔纳"'),
    ("阿斯塔纳会谈", "谈", '"谈"*'),
    ("Astana 阿斯塔纳会谈", "Astana阿斯塔纳", '"Astana"* AND "阿斯 斯塔 塔纳"'),
    ("서울에서 회담을", "서울 회담", '"서울" AND "회담"'),
])
def test_a_cjk_word_is_the_phrase_of_its_bigrams(text, query, expected):
    assert fts5_query(query) == expected
    phrase = expected.split(" AND ")[-1].strip('"*')
    assert f" {phrase} " in f" {' '.join(sqlite_body(text).split())} "  # the index holds those words in a row


def test_postgresql_gets_the_same_terms_folded():
    assert tsquery("Astana阿斯塔纳 Côte 谈") == "astana:* & 阿斯 <-> 斯塔 <-> 塔纳 & cote:* & 谈:*"
    assert tsquery("") is None and fts5_query("...") is None


def test_postgresql_words_are_split_as_fts5_splits_them():
    """Its parser read "2022-05-22" as 2022, -05, -22 and "v1.22", "3.22", "A/22" as one word each: `--q 22`
    found them on SQLite only."""
    assert postgres_body("Plan v1.22 of 2022-05-22, 3.22 km, A/22 x-22 foo_bar") == \
        "plan v1 22 of 2022 05 22 3 22 km a 22 x 22 foo bar"


def test_kana_keep_their_voicing_marks_and_hangul_is_not_decomposed():
    assert postgres_body("ガス 한국") == "ガス ス 한국 국"  # fold() alone gave "カス" and the jamo of 한국
    assert sqlite_body("ガス 한국").split() == ["ガス", "ス", "한국", "국"]


def test_halfwidth_and_fullwidth_forms_are_normalised_on_both_engines():
    assert normalise("ｶﾞｲﾑｼｮｳ ＡＳＥＡＮ ２０") == "ガイムショウ ASEAN 20"
    assert sqlite_body("ＡＳＥＡＮ会議").split() == ["ASEAN", "会議", "議"]
    assert fts5_query("ＡＳＥＡＮ") == '"ASEAN"*' and tsquery("ＡＳＥＡＮ") == "asean:*"


def test_the_middle_dot_of_katakana_names_separates_them():
    assert sqlite_body("プーチン・ゼレンスキー").split() == ["プー", "ーチ", "チン", "ン", "・", "ゼレ", "レン", "ンス", "スキ",
                                                      "キー", "ー"]


def test_an_index_made_before_bigrams_is_asked_as_before():
    assert fts5_query("阿斯塔纳会谈 Astana", bigrams_indexed=False) == old_match_expression("阿斯塔纳会谈 Astana")
    assert tsquery("阿斯塔纳会谈", bigrams_indexed=False) == "阿斯塔纳会谈:*"
    assert [t.words for t in query_terms("G20峰会")] == [("G20",), ("峰会",)]
