"""An inverted attribution after a relative clause (round 555): "X also met Y, who began his tour on Tuesday, said
spokesman Z yesterday." gave the words to Y (the aside before "said" read as Y's), so Z's words below, with no day of
their own, were dated by the meeting and not by the day Z spoke. A name that closes the sentence right after "said" is
the speaker, whatever stands before the verb. Sentences of our own (published Friday 12 May 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

BODY = ("Chilean Foreign Minister Ana Soto also met Peruvian envoy Luis Vega, who began his tour of Chile on Tuesday, said "
        "Foreign Ministry spokesman Juan Perez yesterday.\n\nPerez said Soto and Vega agreed to hold border talks as soon as possible.")


def _statements(body: str, lexicon):
    extraction = extract_own(body, lexicon)
    return [(c.first, extraction.roster.name(c.speaker) if c.speaker else None)
            for c in extraction.events if c.event_type == "statement"]


def test_the_spokesman_speaks_and_his_words_take_the_day_he_spoke(lexicon) -> None:
    assert _statements(BODY, lexicon) == [(dt.date(2023, 5, 11), "Juan Perez")]


def test_a_speaker_before_the_verb_with_an_aside_still_speaks(lexicon) -> None:
    """A guard: "Y, who …, said Peru wants …" is Y's."""
    body = "Peruvian Foreign Minister Luis Vega, who is in Santiago this week, said Peru wants a fair deal on the border."
    assert [name for _, name in _statements(body, lexicon)] == ["Luis Vega"]
