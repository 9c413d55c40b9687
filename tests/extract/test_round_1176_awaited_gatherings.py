"""Round 1176: a gathering to come told by its noun phrase alone, with its own date ("Following the envisaged June 20
summit between X and Y, …", "ahead of a planned fourth special border commission meeting on May 30", "the summit
slated for late June in Quito") is a planned gathering of that date (`awaited_gatherings.py`); a count, a past day and
a sentence that makes an act of its own are not read so. Round 1175's past reading no longer takes an awaited meeting
with many words between "planned" and its noun for a past one. Sentences of our own; published Friday 2023-05-12. Read
at the rule stage (`learned=False`) and through the rule's own function."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_round_1175_noun_gatherings import gatherings_after_lead
from tracker.extract.awaited_gatherings import awaited_gatherings
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.noun_gatherings import noun_gatherings

FRIDAY = dt.date(2023, 5, 12)


def _gatherings(body: str, lexicon) -> list[tuple]:
    """(type, first day, future, venue) of the gatherings read after round 1175's lead."""
    return [(c.event_type, c.first, c.future, c.venue and c.venue[0]) for c in gatherings_after_lead(body, lexicon)]


def _read(text: str, lexicon, found: list[Candidate] | None = None) -> list[Candidate]:
    """What the rule's own function reads from `text` alone."""
    return awaited_gatherings(text, text, found or [], [], Roster(lexicon), FRIDAY, 0, 0)


def test_an_envisaged_summit_named_by_its_day(lexicon) -> None:
    """A year-less day the tense reads as past is this year's for an awaited gathering."""
    body = ("Following the envisaged June 20 summit between Chilean President Gabriel Boric and Peruvian President "
            "Dina Boluarte, trade ties could improve.")
    assert _gatherings(body, lexicon) == [("summit", dt.date(2023, 6, 20), True, None)]


def test_a_planned_meeting_with_many_words_before_its_noun(lexicon) -> None:
    body = ("The two delegations are working through the draft text in detailed exchanges ahead of a planned fourth "
            "special border commission meeting on May 30.")
    assert _gatherings(body, lexicon) == [("talk_round", dt.date(2023, 5, 30), True, None)]  # a border body's (1281)
    assert noun_gatherings(body, body, [], [], Roster(lexicon), FRIDAY, 0, 0) == []  # round 1175: not a past one


def test_a_summit_slated_for_a_time_and_place(lexicon) -> None:
    assert _gatherings("Little was said in public about the summit slated for late June in Quito.", lexicon) == [
        ("summit", dt.date(2023, 6, 21), True, "Quito")]


def test_a_session_of_a_named_body_scheduled_for_a_day(lexicon) -> None:
    """The planning verb after the body the session is of: "the session of the … Commission scheduled for June 8"."""
    body = ("Officials in Lima are still drafting the agenda of the session of the Chile-Peru Joint Border Commission "
            "scheduled for June 8.")
    assert [(kind, day, future) for kind, day, future, _ in _gatherings(body, lexicon)] == [
        ("talk_round", dt.date(2023, 6, 8), True)]  # a joint border commission's session (round 1281)


def test_guard_a_count_a_past_day_or_an_act_of_its_own(lexicon) -> None:
    """Guards: "ahead of two meetings" is a count; "ahead of the summit on May 2" is over; a sentence that signs a deal
    ahead of a summit is the deal's (the accord rules read it)."""
    assert _read("Aides are busy ahead of two planned meetings in June between Chile and Peru.", lexicon) == []
    assert _read("Aides had been busy ahead of the planned summit on May 2 in Quito.", lexicon) == []
    signed = Candidate("agreement", 0, 0)
    assert _read("Chile signed a fishing deal with Peru ahead of a planned summit in June.", lexicon, [signed]) == []
