"""Round 1150: an accord reported inside its speakers' words ("X and Y said on Thursday that they had reached an
agreement") is an agreement of the words' day, made by the speakers when its subject is a pronoun or "both sides"
(`reported_accords.py`); an accord still to come, or agreed as a plan to meet, is not. Sentences of our own; published
Friday 2023-05-12, so "Thursday" is 2023-05-11. Read at the rule stage (`learned=False`)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.candidate import Candidate
from tracker.extract.reported_accords import date_reported_accords

THURSDAY = dt.date(2023, 5, 11)


def _accords(body: str, lexicon) -> list[tuple]:
    return [(day, actors) for kind, day, actors in typed_events(body, lexicon, learned=False) if kind == "agreement"]


def test_they_said_they_had_reached_an_agreement(lexicon) -> None:
    body = "Chile and Peru said on Thursday that they had reached a comprehensive agreement on their maritime border."
    assert _accords(body, lexicon) == [(THURSDAY, ["Chile", "Peru"])]


def test_announced_after_a_long_clause(lexicon) -> None:
    body = ("The delegations of Chile and Peru announced on Thursday in Lima, at the end of three days of meetings, "
            "that they reached a comprehensive agreement on fishing quotas.")
    assert _accords(body, lexicon) == [(THURSDAY, ["Chile", "Peru"])]


def test_one_party_speaks_of_an_accord_with_another(lexicon) -> None:
    body = "Chile said on Thursday it had reached an agreement with Peru on fishing quotas."
    assert _accords(body, lexicon) == [(THURSDAY, ["Chile", "Peru"])]


def test_the_rule_dates_the_accord_by_the_words() -> None:
    """Through the rule's own function: the undated accord takes the dated words' day and their speakers."""
    said = Candidate("statement", 0, 0, first=THURSDAY, last=THURSDAY, precision="day", dated_by="text",
                     actors={"chile": "speaker", "peru": "speaker"})
    accord = Candidate("agreement", 0, 0)
    date_reported_accords("Chile and Peru said on Thursday that both sides had signed a truce.", [said, accord])
    assert (accord.first, accord.precision, accord.actors) == (THURSDAY, "day", {"chile": "participant", "peru": "participant"})


def test_guard_an_accord_still_to_come(lexicon) -> None:
    """A guard: "would reach" is no accord reached, and "agreed to hold talks" is the talks' (to come), not an accord."""
    assert _accords("Chile and Peru said on Thursday that they would reach an agreement soon.", lexicon) == []
    assert _accords("Chile and Peru said on Thursday that they had agreed to hold talks in June.", lexicon) == []


def test_guard_no_words_no_day() -> None:
    """A guard: with no dated words in the sentence the accord keeps no day from this rule."""
    accord = Candidate("agreement", 0, 0)
    date_reported_accords("They said that they had reached an agreement.", [accord])
    assert accord.first is None and accord.actors == {}


def test_guard_agreed_at_the_meeting_the_words_tell(lexicon) -> None:
    """A guard (round 543's): what the parties agreed at a meeting the words tell by its noun is that meeting, no accord."""
    body = ("The EU envoy said on Thursday that a meeting of Chile and Peru in Brussels had addressed fishing and that "
            "the parties had agreed on several next steps.")
    assert _accords(body, lexicon) == []
