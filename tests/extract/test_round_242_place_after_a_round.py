"""Round 242 (docs/extraction.md, "Dateline city and venue"): a round named with no event verb near it takes the place
its own sentence tells after it ("the 30th session of the Conference …, scheduled to take place in Peru this year");
before, only an elided round did ("the second in Lima", round 136). A process named after a town ("in the Lima
format") is no place. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list:
    return [(c.round_number, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events
            if c.round_number]


def test_a_session_to_take_place_in_a_country(lexicon) -> None:
    body = ("Peru's minister also spoke of the 30th session of the Conference of the Parties to the UN Framework "
            "Convention on Climate Change (COP30), scheduled to take place in Peru this year.")
    assert _rounds(body, lexicon) == [(30, "Peru")]


def test_a_process_named_after_a_town_is_no_place(lexicon) -> None:
    """A guard: "in the Lima format" names a format, not where the session is held."""
    body = ("Peru's minister also spoke of the 30th session of the Conference of the Parties to the UN Framework "
            "Convention on Climate Change (COP30) in the Lima format, scheduled to take place this year.")
    assert _rounds(body, lexicon) == [(30, None)]
