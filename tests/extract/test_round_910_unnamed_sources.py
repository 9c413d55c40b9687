"""Round 910: an unnamed source told without "a" or "the" is still a source (docs/extraction.md, "Reported claims").

News English names its unnamed sources as a bare plural ("Sources said", "Diplomatic sources told AFP"), with a number or a
quantity ("two officials", "several people familiar with the plan") or as one member of a body ("a member of the
council told reporters"), and as an officer as well as an official. Each is a `statement` with no actors (a state
adjective inside the phrase gives that state, round 121). Only "a/the/one" + source, official or diplomat was read, so
these speech verbs had no subject and gave nothing. Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events

MONDAY = dt.date(2023, 5, 8)


@pytest.mark.parametrize("body", [
    "Sources said on Monday that the border talks had stalled over the water dispute.",
    "Diplomatic sources told AFP on Monday that the border talks had stalled over the water dispute.",
    "Two people close to the negotiations told reporters on Monday that the border talks had stalled.",
    "Several officials familiar with the file said on Monday that the border talks had stalled.",
    "A member of the mediation council told the newspaper on Monday that the border talks had stalled.",
    "A senior army officer said on Monday that the border talks had stalled.",
    "But sources in the capital said on Monday that the border talks had stalled.",
])
def test_an_unnamed_source_speaks(body: str, lexicon) -> None:
    assert typed_events(body, lexicon) == [("statement", MONDAY, [])]


def test_a_state_adjective_in_a_bare_plural(lexicon) -> None:
    """The state named inside the source's phrase is still its actor (round 121)."""
    body = "Three Peruvian officials told reporters on Monday that the border talks had stalled."
    assert typed_events(body, lexicon) == [("statement", MONDAY, ["Peru"])]


@pytest.mark.parametrize("body", [
    "The committee members discussed the plan on Monday and the border talks had stalled.",
    "Two people were injured on Monday near the border post.",
])
def test_no_speech_no_statement(body: str, lexicon) -> None:
    """A guard: people or members with no verb of speech are no source."""
    assert [e for e in typed_events(body, lexicon) if e[0] == "statement"] == []


def test_a_named_speaker_is_still_named(lexicon) -> None:
    """A guard: a named minister keeps his state."""
    body = "Peruvian Foreign Minister Ana Soto said on Monday that the border talks had stalled."
    assert [e[0] for e in typed_events(body, lexicon)] == ["statement"]
    assert typed_events(body, lexicon)[0][2] != []


@pytest.mark.parametrize("body", [
    "The two foreign ministers met in Geneva on Monday, officials said.",
    "Officials said on Monday that the border talks had stalled over the water dispute.",
    "The newspaper's sources said on Monday that the border talks had stalled.",
    "The talks stalled on Monday over the water dispute, diplomats told reporters.",
])
def test_a_bare_plural_after_its_content_only_attributes(body: str, lexicon) -> None:
    """A guard: "…, officials said" with nothing to place the officials attributes the report, and bare "Officials" is a
    plain subject, no source (a number or "a" makes them one); no event of its own."""
    assert "statement" not in [e[0] for e in typed_events(body, lexicon)]


def test_a_placed_bare_plural_after_its_content_speaks(lexicon) -> None:
    """Placed by what follows the noun, the sources are someone: "…, sources close to the talks told AFP"."""
    body = "The border talks stalled over the water dispute, sources close to the negotiations told AFP on Monday."
    assert ("statement", MONDAY, []) in typed_events(body, lexicon)
