"""Round 1000: a page that turns from topic to topic gives each event its topic's process, not the page's.

A spokesperson's briefing or a round-up treats several topics: "Q: …", "On your second question, …", "Turning to X, …",
"On X, …", "In other news, …", and in a page headed as a briefing "Secondly, …". An event with no process of its own
takes the process its topic names, and none when its topic names none; a story about one process keeps spreading its
process as before. Pages of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> dict[str, str | None]:
    """The process name of each event, by its type and first evidence words."""
    extraction = extract_own(body, lexicon, headline=headline)
    return {f"{c.event_type}:{c.evidence[0][:25]}": extraction.process_name(c.process) for c in extraction.events}


_CYPRUS = ("The Cyprus reunification talks will resume in Geneva on Tuesday, the UN said. The Cyprus talks were "
           "stalled for two years and the Cyprus reunification talks need new momentum, the spokesman added.")


@pytest.mark.parametrize("headline, body", [
    ("Daily Press Briefing by the Office of the Spokesperson",
     f"{_CYPRUS}\n\nTurning to trade, the Secretary-General will visit Turkey on Wednesday for a forum on shipping."),
    ("Foreign Ministry Spokesperson's Regular Press Conference on May 11, 2023",
     f"{_CYPRUS}\n\nQ: Can you confirm the visit?\n\nA: The Foreign Minister will visit Turkey on Wednesday."),
    ("Department Press Briefing",
     f"{_CYPRUS}\n\nSecondly, the Secretary of State will visit Greece on Wednesday to discuss trade."),
    ("Regular Press Conference",
     f"{_CYPRUS}\n\nOn your second question, the Vice Premier will travel to Greece on Wednesday for an investment forum."),
    ("Daily Press Briefing by the Office of the Spokesperson",
     f"**Cyprus\n\n{_CYPRUS}\n\n**Shipping\n\nThe Secretary-General will visit Turkey on Wednesday for a forum on ports."),
])
def test_another_topic_takes_none(headline: str, body: str, lexicon) -> None:
    processes = _processes(body, lexicon, headline)
    others = [p for k, p in processes.items() if k.startswith(("visit:", "meeting:"))]
    assert others and all(p is None for p in others), processes


@pytest.mark.parametrize("body", [  # guards: one story, whatever its "On Monday," or press conference, keeps its process
    f"{_CYPRUS}\n\nOn Monday, the UN envoy met the two leaders in Nicosia.",
    f"{_CYPRUS}\n\nThe UN envoy met the two leaders in Nicosia on Monday, he told a press conference.",
    f"{_CYPRUS}\n\nAlso, the UN envoy met the two leaders in Nicosia on Monday.",
    f"{_CYPRUS}\n\nIn Nicosia, the UN envoy met the two leaders on Monday.",
    f"{_CYPRUS}\n\nOn May 8, the UN envoy met the two leaders in Nicosia.\n\nOn Twitter, the envoy called the talks useful.",
])
def test_one_story_keeps_spreading(body: str, lexicon) -> None:
    processes = _processes(body, lexicon)
    meetings = [p for k, p in processes.items() if k.startswith("meeting:")]
    assert meetings == ["Cyprus reunification talks"], processes
