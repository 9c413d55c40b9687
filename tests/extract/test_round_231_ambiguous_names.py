"""Round 231: a process name that two processes share is read by the story it is in (`ambiguous.py`). Sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_the_berlin_process_of_the_western_balkans(lexicon) -> None:
    body = ("Leaders of the Western Balkans met in Tirana on Monday for the annual summit of the Berlin process, "
            "which aims at regional cooperation and the common regional market.")
    assert _processes(body, lexicon) == ["Berlin Process (Western Balkans)"]


def test_the_berlin_process_of_libya_stays(lexicon) -> None:
    """A guard: the Libyan one where the story is about Libya."""
    body = "Foreign ministers met in Berlin on Monday to take the Berlin process on Libya forward."
    assert _processes(body, lexicon) == ["Berlin process"]


def test_the_jeddah_talks_on_ukraine(lexicon) -> None:
    body = "Ukrainian and American delegations held the Jeddah talks on Tuesday, agreeing on a 30-day ceasefire proposal."
    assert _processes(body, lexicon) == ["US-mediated Ukraine ceasefire talks"]


def test_the_jeddah_talks_on_sudan_stay(lexicon) -> None:
    """A guard."""
    body = "Envoys of Sudan's army and the RSF resumed the Jeddah talks on Tuesday."
    assert _processes(body, lexicon) == ["Jeddah talks"]


def test_the_doha_talks_on_gaza_and_the_geneva_talks_on_the_caucasus(lexicon) -> None:
    body = "Mediators resumed the Doha talks on a Gaza ceasefire and the release of hostages on Thursday."
    assert _processes(body, lexicon) == ["Gaza ceasefire talks"]
    body = "The Geneva talks on security in the South Caucasus resumed on Wednesday with envoys from Abkhazia present."
    assert _processes(body, lexicon) == ["Geneva International Discussions"]


def test_a_quadrilateral_meeting_of_the_quad(lexicon) -> None:
    body = "Foreign ministers of India, Japan, Australia and the United States held a quadrilateral meeting in Tokyo on Tuesday."
    assert _processes(body, lexicon) == ["Quadrilateral Security Dialogue"]
