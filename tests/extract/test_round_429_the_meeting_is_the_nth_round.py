"""Round 429: "The two-day meeting is the third round of talks hosted by X" numbers the gathering just told, as "This
was the 23rd round" did (`merging._THIS_WAS`, round 157): one round with its number, not a second one. Sentences of our
own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def test_the_meeting_is_the_third_round(lexicon) -> None:
    body = ("Talks between the government and the northern alliance began in Vienna on Thursday, a UN spokesman said.\n\n"
            "The two-day UN-sponsored meeting is the third round of talks hosted by Austria, but the first with the "
            "alliance's military wing.")
    rounds = [(c.first, c.round_number) for c in extract_own(body, lexicon).events if c.event_type in ("talk_round", "meeting")]
    assert rounds == [(dt.date(2023, 5, 11), 3)]


def test_guard_a_next_round_stays_apart(lexicon) -> None:
    body = ("Talks between the government and the northern alliance began in Vienna on Thursday, a UN spokesman said.\n\n"
            "The fourth round of talks will be held in Geneva on June 20.")
    rounds = [c.first for c in extract_own(body, lexicon).events if c.event_type in ("talk_round", "meeting")]
    assert len(rounds) == 2
