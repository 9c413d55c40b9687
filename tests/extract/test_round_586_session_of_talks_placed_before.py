"""Round 586: a session of talks with no place takes the place the sentence just before gives those talks ("…
negotiations in Switzerland … will go on" + "The envoy ended today's session early …"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _round_venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "talk_round"]


def test_the_session_is_where_the_talks_are(lexicon) -> None:
    venues = _round_venues("The UN envoy says the intra-Syrian negotiations in Switzerland on a new constitution will go "
                           "on.\n\nThe envoy ended today's session of the Syrian Constitutional Committee early after a "
                           "dispute over the agenda.", lexicon)
    assert venues and venues[-1] == "Switzerland"


def test_guard_talks_of_another_month_give_no_place(lexicon) -> None:
    venues = _round_venues("The intra-Syrian negotiations in Switzerland on a new constitution failed in March.\n\nThe envoy "
                           "ended today's session of the Syrian Constitutional Committee early after a dispute over the "
                           "agenda.", lexicon)
    assert venues and venues[-1] is None
