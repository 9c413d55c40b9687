"""Speakers the roster does not know, named with an apposition of any shape (round 202): "Luis Vera, an adviser to the
Chilean president, said …" gave no event at all, "…, a member of the Chilean delegation, said …" none either, and
"Luis Vera, who heads Chile's negotiating team, told Reuters …" the speaker without his state. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_WORDS = " on Tuesday that the talks would resume in Lima on June 3."


def _announcements(text: str, lexicon) -> list[list[str]]:
    return [names for t, _, names in typed_events(text, lexicon) if t == "announcement"]


def test_a_speaker_before_an_apposition_with_no_title(lexicon) -> None:
    assert _announcements("Luis Vera, an adviser to the Chilean president, said" + _WORDS, lexicon) == [["Chile", "Luis Vera"]]
    assert _announcements("Luis Vera, a member of the Chilean delegation, said" + _WORDS, lexicon) == [["Chile", "Luis Vera"]]


def test_a_relative_clause_that_says_who_the_speaker_is(lexicon) -> None:
    assert _announcements("Luis Vera, who heads Chile's negotiating team, told Reuters" + _WORDS, lexicon) == [["Chile", "Luis Vera"]]


def test_a_state_the_apposition_names_as_a_topic_is_not_the_speaker_s(lexicon) -> None:
    """The mediator of the Chile talks is no Chilean."""
    assert _announcements("Ana Soto, the chief mediator of the Chile talks, said" + _WORDS, lexicon) == [["Ana Soto"]]


def test_a_day_before_an_apposition_is_no_person(lexicon) -> None:
    """A guard: "On Tuesday, the Chilean foreign minister said" has no person "On Tuesday"."""
    assert _announcements("On Tuesday, the Chilean foreign minister said that the talks would resume in Lima on June 3.",
                          lexicon) == [["Chile"]]
