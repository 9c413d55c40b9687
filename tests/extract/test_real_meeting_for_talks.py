"""A meeting held for talks (round 176): "Envoys of the generals have been meeting since Saturday in Jeddah for
"pre-negotiation talks"" (115) was a meeting, since its verb is no word of talks and it names people; in a process that
holds standing talks a session of them is a talk round (docs/extraction.md, "Types"). A meeting verb with "for (…) talks
/ negotiations" in its own clause is now told as talks. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

HEADLINE = "Jeddah talks on Sudan make progress"


def _types(body: str, lexicon) -> list[str]:
    return [c.event_type for c in extract_own(body, lexicon, headline=HEADLINE).events]


def test_meeting_for_talks_in_a_standing_process(lexicon) -> None:
    body = ("Delegates of army chief Abdel Fattah al-Burhan and paramilitary leader Mohamed Hamdan Dagalo have been "
            "meeting in Jeddah since Monday for \"preliminary talks\" under US auspices.")
    assert _types(body, lexicon) == ["talk_round"]


def test_meeting_for_dinner_stays_a_meeting(lexicon) -> None:
    """A guard: a meeting for anything else is a meeting."""
    body = ("Delegates of army chief Abdel Fattah al-Burhan and paramilitary leader Mohamed Hamdan Dagalo have been "
            "meeting in Jeddah since Monday for a dinner under US auspices.")
    assert _types(body, lexicon) == ["meeting"]
