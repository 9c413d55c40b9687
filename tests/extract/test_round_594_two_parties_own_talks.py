"""Round 594 (docs/extraction.md, "Rounds on the real corpus"; the guideline's open question 5 of batch 400-438): a
visit or a meeting of exactly the two parties of a process of their own (Saudi Arabia and the Houthis), told in a story
of a broader process that holds neither as its party (the UN envoy's Yemen peace process), took the story's process. It
takes the two parties' own talks now, when the event's sentence names no process; a process that holds both parties (a
Normandy meeting of Russia and Ukraine) keeps its events. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

BRIEFING = "UN envoy Hans Grundberg briefed the Security Council on Yemen's peace process on Wednesday.\n\n"


def _processes(body: str, headline: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_a_saudi_houthi_meeting_in_a_yemen_story_is_their_own_talks(lexicon) -> None:
    events = _processes(BRIEFING + "Saudi Defence Minister Khalid bin Salman met Houthi negotiator Mohammed Abdulsalam in "
                        "Riyadh on Tuesday.", "UN envoy upbeat on Yemen peace process", lexicon)
    assert events == [("meeting", "Yemen peace process"), ("meeting", "Saudi-Houthi talks")]


def test_guard_a_meeting_of_two_members_keeps_the_format(lexicon) -> None:
    """The guard: Russia and Ukraine are both Normandy members, so their advisers' meeting stays the format's."""
    events = _processes("Political advisers of the Normandy format leaders met in Berlin on Tuesday.\n\nRussian envoy "
                        "Dmitry Kozak met Ukrainian negotiator Andriy Yermak in Berlin on Wednesday.",
                        "Normandy format advisers meet in Berlin", lexicon)
    assert [p for _, p in events] == ["Normandy format", "Normandy format"]
