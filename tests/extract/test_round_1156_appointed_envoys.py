"""Round 1156 (helper pr24): an appointment to a post of diplomacy (envoy, facilitator, mediator, negotiator, ambassador,
head of a delegation) is a `decision` (round 370), and in a story of a process the post is the one that carries it: the
guideline files "was appointed UN envoy" and "an ambassador's appointment whose sentence names the negotiations" under the
story's process. A decision took the story's process only when its sentence left a deal, named its cues or answered a
nominee (rounds 415, 436, 489); `appointments.appointed` now lets an appointment take it too. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.appointments import appointed
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("sentence", [
    "Retired general Aziz Rahman was appointed as Indonesia's facilitator for the dialogue on Monday.",
    "The Secretary-General on Friday appointed veteran diplomat Maria Olsen as his personal envoy for the region.",
    "Last week the president named Carlos Duarte the new ambassador to Washington.",
    "The former minister has been designated head of the government delegation.",
])
def test_an_appointment_to_a_post_of_diplomacy(sentence: str) -> None:
    assert appointed(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "The cabinet appointed a new finance minister on Monday.",
    "The envoy arrived in Geneva on Tuesday for the second round.",
    "Washington imposed new export controls on Chinese chipmakers.",
])
def test_no_appointment(sentence: str) -> None:
    assert not appointed(sentence), sentence


_TALKS = ("Serbian and Kosovo negotiators met in Brussels on Tuesday for the EU-facilitated Belgrade-Pristina "
          "dialogue, the EU said.\n\n")


def _decisions(sentence: str, lexicon: Lexicon) -> list:
    """The processes of the decisions of a story of the Belgrade-Pristina dialogue that ends with `sentence`."""
    extraction = extract_own(_TALKS + sentence, lexicon, headline="Belgrade-Pristina dialogue resumes in Brussels",
                             learned=False)
    return [extraction.process_name(c.process) for c in extraction.events if c.event_type == "decision"]


def test_the_appointment_takes_the_story_process(lexicon: Lexicon) -> None:
    found = _decisions("The bloc's foreign policy chief appointed Slovak diplomat Jan Novak as the EU special "
                       "representative on May 2, EU officials said.", lexicon)
    assert found and set(found) == {"Belgrade-Pristina dialogue"}, found


def test_a_decision_that_is_no_appointment_keeps_none(lexicon: Lexicon) -> None:
    # an outside state's decision: since round 1180 a decision of the story's own parties (Serbia's) takes its process
    found = _decisions("The Hungarian government suspended imports of Kosovo timber on May 2, officials said.", lexicon)
    assert all(process is None for process in found), found
