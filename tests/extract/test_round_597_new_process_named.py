"""Round 597 (docs/extraction.md, "Rounds on the real corpus"): in a story about talks the gazetteer does not know
("Pakistan-Afghanistan talks", a candidate process named from the text), a sentence naming them by that name beside
words that fit a known process's cues ("a ceasefire agreed in Doha" with "Afghanistan": the Doha talks) took the known
one. A sentence that names the story's process by its name keeps it; one that does not still takes the process its own
words imply. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

LEAD = ("Delegations of Pakistan and Afghanistan's Taliban government held a second day of talks in Istanbul on Tuesday, "
        "mediated by Turkey and Qatar.\n\n")


def _processes(body: str, lexicon) -> list[str | None]:
    extraction = extract_own(body, lexicon, headline="Pakistan-Afghanistan talks continue in Istanbul")
    return [extraction.process_name(c.process) for c in extraction.events]


def test_a_sentence_naming_the_new_process_keeps_it(lexicon) -> None:
    processes = _processes(LEAD + "The Pakistan-Afghanistan talks follow a ceasefire agreed in Doha on October 19.", lexicon)
    assert processes == ["Pakistan-Afghanistan talks", "Pakistan-Afghanistan talks"]


def test_guard_a_sentence_implying_a_known_process_takes_it(lexicon) -> None:
    """The guard: a Taliban accord in Doha told without the story's name is still the Doha talks' (the cue reads it)."""
    processes = _processes(LEAD + "The Taliban signed an agreement with the United States in Doha on February 29, 2020.",
                           lexicon)
    assert processes == ["Pakistan-Afghanistan talks", "Doha talks"]
