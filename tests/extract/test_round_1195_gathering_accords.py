"""Round 1195: an accord signed at the gathering just told, in a sentence of its own with no date ("The two foreign
ministers later inked four memorandums …", "Five cooperation documents were signed between the two governments"), is
that gathering's accord: its day and place (`gathering_accords.py`, called from `date_undated`). A signing by others,
a guestbook, an accord told as already signed, one to come and one far below the gathering are not. Sentences of our
own; published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the rule's own function."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.gathering_accords import gathering_of_accord
from tracker.extract.mentions import Roster

THURSDAY = dt.date(2023, 5, 11)
LEAD = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi in Lima on Thursday."


def _accords(body: str, lexicon) -> list[tuple]:
    """(first day, venue name) of each accord read after the lead's meeting (the rule stage)."""
    extraction = extract_own(f"{LEAD}\n\n{body}", lexicon, learned=False)
    return [(c.first, c.venue and c.venue[0]) for c in extraction.events if c.event_type == "agreement"]


def test_the_ministers_sign_below_their_meeting(lexicon) -> None:
    body = "They spoke about fishing quotas.\n\nThe two foreign ministers later inked four memorandums on fisheries and customs."
    assert _accords(body, lexicon) == [(THURSDAY, "Lima")]


def test_a_passive_signing_between_the_two_governments(lexicon) -> None:
    body = "Five cooperation documents were signed between the two governments, the Peruvian ministry said."
    assert _accords(body, lexicon) == [(THURSDAY, "Lima")]


def test_a_signing_by_other_parties_is_not_the_meetings(lexicon) -> None:
    body = "Bolivia and Paraguay signed a river navigation treaty, a move both ministers praised."
    assert _accords(body, lexicon) == []


def test_a_guestbook_is_no_accord(lexicon) -> None:
    assert _accords("Gervasi signed the visitors' book at the palace.", lexicon) == []


def test_an_accord_told_as_already_signed(lexicon) -> None:
    assert _accords("The memorandum signed by the two governments lists six areas of work.", lexicon) == []
    assert _accords("Patrols resumed a week after the truce was signed by both armies.", lexicon) == []


def test_a_signing_far_below_the_meeting(lexicon) -> None:
    filler = "\n\n".join(["Trade between the two countries has grown fast.", "Fishing is a large share of it.",
                          "Both economies depend on copper.", "Ports on the Pacific compete for it."])
    body = f"{filler}\n\nThe two ministers signed a customs memorandum."
    assert _accords(body, lexicon) == []


def _candidate(kind: str, paragraph: int, order: int, text: str, first: dt.date | None = None) -> Candidate:
    c = Candidate(kind, paragraph, order, evidence=[text])
    if first is not None:
        c.first = c.last = first
        c.precision, c.dated_by = "day", "text"
    return c


def test_through_the_rule_itself(lexicon) -> None:
    roster = Roster(lexicon)
    met = _candidate("meeting", 0, 0, "They met in Lima on Thursday.", THURSDAY)
    signed = _candidate("agreement", 1, 1, "The delegations signed a protocol on border crossings.")
    assert gathering_of_accord(signed, [met], roster) is met
    assert gathering_of_accord(_candidate("agreement", 1, 1, "The delegations signed a protocol years ago."), [met], roster) is None
    planned = _candidate("agreement", 1, 1, "The delegations signed a protocol.")
    planned.future = True
    assert gathering_of_accord(planned, [met], roster) is None
    assert gathering_of_accord(_candidate("agreement", 5, 5, "They signed a protocol."), [met], roster) is None
