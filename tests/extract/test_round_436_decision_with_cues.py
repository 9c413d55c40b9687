"""Round 436 (docs/extraction.md, "Processes"): a decision takes the story's process only when its sentence ties it to
the story's deal ("withdrew from the agreement"), so "the UN named X on Wednesday as its personal envoy for Western
Sahara" in a Western Sahara story had no process. A decision whose own sentence carries the story's process cues
(`gazetteer.PROCESS_CUES`) takes it now. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _decisions(body: str, lexicon, headline: str) -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events if c.event_type == "decision"]


def test_an_envoy_named_for_the_conflict(lexicon) -> None:
    body = ("The United Nations appointed Ana Ortiz on Wednesday as the personal envoy for Western Sahara, a post vacant "
            "since Morocco and the Polisario Front stopped meeting in Geneva.")
    assert _decisions(body, lexicon, "UN names Western Sahara envoy") == ["Western Sahara political process"]


def test_a_decision_on_something_else_has_none(lexicon) -> None:
    """A guard: in the same story, a decision whose sentence names nothing of the process stays without one."""
    body = ("Morocco and the Polisario Front met in Geneva on Tuesday on Western Sahara. Separately, the Moroccan "
            "cabinet decided on Wednesday to raise fuel subsidies.")
    assert set(_decisions(body, lexicon, "Western Sahara talks")) <= {None}
