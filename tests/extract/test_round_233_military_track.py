"""Round 233: the Libyan 5+5 Joint Military Commission is the military track of the Berlin process, as the annotation
guideline names it (its list has the Berlin process and no JMC of its own). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_the_joint_military_commission_is_the_berlin_process(lexicon) -> None:
    body = "The 5+5 Joint Military Commission met in Sirte on Thursday to review the withdrawal of foreign fighters."
    assert _processes(body, lexicon) == ["Berlin process"]


def test_the_political_forum_keeps_its_name(lexicon) -> None:
    """A guard: the Libyan Political Dialogue Forum is not folded."""
    body = "The Libyan Political Dialogue Forum met in Tunis on Monday to agree on a date for elections."
    assert set(_processes(body, lexicon)) == {"Libyan Political Dialogue Forum"}
