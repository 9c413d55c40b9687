"""Round 610: a numbered round named in passing ("during the third round of the negotiations") is the article's one dated
round of that process, not a second, undated round. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

_PLANNED = ("Delegations of Sudan's army and the Rapid Support Forces will meet for the Jeddah talks on Tuesday, Saudi "
            "mediators said.\n\n")


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.first.isoformat() if c.first else None, c.round_number) for c in extraction.events
            if c.event_type == "talk_round"]


def test_the_round_named_in_passing_numbers_the_planned_talks(lexicon) -> None:
    body = _PLANNED + ("The army's envoy, Omar Sadiq, said on Thursday that his side would table a new ceasefire map during "
                       "the third round of the negotiations.")
    assert _rounds(body, lexicon) == [("2023-05-16", 3)]


def test_guard_a_round_told_as_past_stays_an_earlier_round(lexicon) -> None:
    """The guard: "Before the second round … was suspended" beside talks planned for Tuesday is an earlier round."""
    body = _PLANNED + "Before the second round of the Jeddah talks was suspended, the mediators had grown frustrated."
    assert _rounds(body, lexicon) == [("2023-05-16", None), (None, 2)]


def test_guard_the_start_of_the_series_years_before(lexicon) -> None:
    """The guard: a dated round years before the story (the start of the talks) is not the round named in passing."""
    body = ("The Jeddah talks began in May 2021, the mediators said.\n\n"
            "The army's envoy, Omar Sadiq, said on Thursday that his side would table a new ceasefire map during the third "
            "round of the negotiations.")
    assert (None, 3) in _rounds(body, lexicon)
