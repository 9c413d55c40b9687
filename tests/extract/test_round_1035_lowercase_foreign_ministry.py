"""Round 1035: "the Saudi foreign ministry said", "the Thai defence ministry said": a lowercase ministry after a state
adjective that does not end in -n (Saudi, Chinese, Thai, Turkish) is that state's ministry and speaks, as "the Iranian
foreign ministry" already did; a bare "the foreign ministry" with no state before it stays the ministry last named
(`mentions._COREF`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_saudi_foreign_ministry_said_in_a_statement(lexicon) -> None:
    events = typed_events("Both delegations hope to agree on a timetable for aid deliveries, the Saudi foreign ministry "
                          "said in a statement on Monday.", lexicon)
    assert ("statement", events[0][1], ["Ministry of Foreign Affairs of Saudi Arabia", "Saudi Arabia"]) in events


def test_chinese_foreign_ministry_said_that(lexicon) -> None:
    events = typed_events("The Chinese foreign ministry said on Monday that the consultations with Manila were candid.", lexicon)
    assert [(kind, actors) for kind, _, actors in events] == [
        ("statement", ["China", "Ministry of Foreign Affairs of China"])]


def test_thai_defence_ministry(lexicon) -> None:
    events = typed_events("The border talks with Cambodia were useful, the Thai defence ministry said on Monday.", lexicon)
    assert any(kind == "statement" and "Thailand" in actors for kind, _, actors in events)


def test_guard_the_foreign_ministry_alone_names_no_state(lexicon) -> None:
    """A guard: with no state before it and none named earlier, "the foreign ministry" is no actor of its own."""
    events = typed_events("The foreign ministry said on Monday that the consultations were candid.", lexicon)
    assert all(not actors for _, _, actors in events)


def test_guard_the_russian_foreign_ministry_unchanged(lexicon) -> None:
    events = typed_events("The Russian foreign ministry said on Monday that the consultations with Kyiv were candid.", lexicon)
    assert [(kind, actors) for kind, _, actors in events] == [
        ("statement", ["Ministry of Foreign Affairs of Russia", "Russia"])]
