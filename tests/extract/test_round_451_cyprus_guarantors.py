"""Round 451: a Cyprus story names Greece and Türkiye as guarantor powers, so the Greece-Turkey cue (the two states and
"talks") fitted it first; the Cyprus cue (Cyprus with its two communities or leaders) is the more specific one and is
tried first, and "a meeting on the Cyprus issue / problem" names the Cyprus talks. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_a_cyprus_story_with_its_guarantors_keeps_the_cyprus_talks(lexicon) -> None:
    body = ("The Greek Cypriot and Turkish Cypriot leaders met in New York on Monday with the UN chief, joined by "
            "envoys of Greece, Türkiye and Britain, for two days of talks.")
    assert _processes(body, lexicon, headline="Leaders meet in New York") == ["Cyprus reunification talks"]


def test_a_meeting_on_the_cyprus_problem(lexicon) -> None:
    body = "An enlarged meeting on the Cyprus problem opened in Geneva on Tuesday, the UN said."
    assert "Cyprus reunification talks" in _processes(body, lexicon, headline="Meeting opens")


def test_guard_greek_turkish_talks_stay_theirs(lexicon) -> None:
    """A guard: talks of Greece and Türkiye with no Cypriot leader or community stay the Greece-Turkey dialogue."""
    body = "Greek and Turkish diplomats held talks in Athens on Wednesday on maritime zones in the Aegean."
    assert _processes(body, lexicon, headline="Athens talks") == ["Greece-Turkey dialogue"]
