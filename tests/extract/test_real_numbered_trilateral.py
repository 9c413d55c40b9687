"""A numbered trilateral meeting (round 172; docs/extraction.md, "Types": a numbered round or session mentioned anywhere
is a `talk_round`, "also 'the 9th trilateral meeting'"): "the 9th trilateral meeting of the foreign ministers of X, Y and
Z" was no round (the adjectives a round may carry did not include "trilateral"), and once it was, a meeting reported by
the sentence's verb ("X has met Y, who is in the country to participate in the 9th trilateral meeting") took its number.
A round told after "to participate in", "to take part in", "to attend" is now another gathering than the verb's, and a
numbered meeting "of the (foreign) ministers / leaders / delegations of X, Y and Z" has their states as participants.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.round_number, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events
            if c.event_type not in ("statement", "announcement", "proposal")]


def test_a_numbered_trilateral_meeting_is_a_round(lexicon) -> None:
    body = ("Minister Luis Vera expressed gratitude for the warm hospitality and the successful organization of the 9th "
            "trilateral meeting of the foreign ministers of Chile, Peru and Bolivia.")
    assert _rounds(body, lexicon) == [("talk_round", 9, ["Bolivia", "Chile", "Peru"])]


def test_a_round_someone_came_to_attend_is_not_the_verbs(lexicon) -> None:
    body = ("Foreign Minister Luis Vera has met with Peruvian Foreign Minister Ana Soto, who is on a visit to the country "
            "to participate in the 9th trilateral meeting of the foreign ministers of Chile, Peru, and Bolivia, the "
            "Chilean Foreign Ministry said.")
    assert _rounds(body, lexicon) == [("meeting", None, ["Ana Soto", "Chile", "Luis Vera", "Peru"]),
                                      ("talk_round", 9, ["Bolivia", "Chile", "Peru"])]


def test_an_unnumbered_trilateral_meeting_stays_a_meeting(lexicon) -> None:
    """A guard: no ordinal, no round."""
    body = "The foreign ministers of Chile, Peru and Bolivia held a trilateral meeting in Lima on Monday."
    assert [(t, n) for t, n, _ in _rounds(body, lexicon)] == [("meeting", None)]
