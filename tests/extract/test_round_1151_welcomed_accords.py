"""Round 1151: an accord told as the object of someone's words ("welcomes the agreement between X and Y initialed
today", "takes note of the agreement reached on 11 May by …", "declared the conclusion of a ceasefire agreement with
Y") is an agreement, dated by its own clause or else by the words (`welcomed_accords.py`); a wish for an accord, a bare
"welcomed the agreement" and an accord to come are not. Sentences of our own; published Friday 2023-05-12. Read at the
rule stage (`learned=False`) and through the rule's own function."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.welcomed_accords import welcomed_accords

THURSDAY, FRIDAY = dt.date(2023, 5, 11), dt.date(2023, 5, 12)


def _accords(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, learned=False)
    return [(c.first, sorted(extraction.roster.name(k) for k in c.actors), c.venue and c.venue[0])
            for c in extraction.events if c.event_type == "agreement"]


def test_welcomes_an_accord_initialed_today(lexicon) -> None:
    body = "The Secretary-General welcomes the agreement between Chile and Peru initialed today in Lima."
    assert _accords(body, lexicon) == [(FRIDAY, ["Chile", "Peru"], "Lima")]


def test_takes_note_of_an_accord_reached_on_a_day(lexicon) -> None:
    body = "The Secretary-General takes note of the agreement reached on 11 May by Chile and Peru on a border commission."
    assert _accords(body, lexicon) == [(THURSDAY, ["Chile", "Peru"], None)]


def test_a_statement_welcoming_a_ceasefire_agreement(lexicon) -> None:
    body = "The Foreign Secretary issued a statement welcoming the ceasefire agreement between Chile and Peru on 11 May."
    assert [day for day, _, _ in _accords(body, lexicon)] == [THURSDAY]


def test_declared_the_conclusion_of_an_accord_with(lexicon) -> None:
    """Dated by the words; the speaker is a party of an accord "with" another, and "in Ecuador" is its topic, no venue."""
    body = "Chilean President Gabriel Boric on Thursday declared the conclusion of a ceasefire agreement with Peru in Ecuador."
    [(day, actors, venue)] = _accords(body, lexicon)
    assert (day, "Peru" in actors, "Chile" in actors or "Gabriel Boric" in actors, venue) == (THURSDAY, True, True, None)


def test_guard_a_wish_or_a_bare_welcome(lexicon) -> None:
    """A guard: efforts to reach an accord, and "welcomed the agreement" with nothing that tells it made, add none."""
    roster = Roster(lexicon)
    said = Candidate("statement", 0, 0, first=THURSDAY, last=THURSDAY, precision="day", dated_by="text")
    for text in ("Chile on Thursday welcomed efforts to reach an agreement between Colombia and Peru.",
                 "Chile on Thursday welcomed the agreement.",
                 "Chile on Thursday announced the agreement with Peru."):
        assert welcomed_accords(text, text, [said], roster, FRIDAY, 0, 0) == []


def test_guard_an_accord_to_come_or_already_told(lexicon) -> None:
    """A guard: an accord welcomed for next week is no accord made; a sentence that tells its accord adds no second."""
    roster = Roster(lexicon)
    said = Candidate("statement", 0, 0, first=THURSDAY, last=THURSDAY, precision="day", dated_by="text")
    text = "Chile on Thursday welcomed the agreement between Colombia and Peru to be signed next week."
    assert welcomed_accords(text, text, [said], roster, FRIDAY, 0, 0) == []
    told = Candidate("agreement", 0, 0, first=THURSDAY)
    text = "Chile on Thursday welcomed the agreement reached by Colombia and Peru."
    assert welcomed_accords(text, text, [said, told], roster, FRIDAY, 0, 0) == []
