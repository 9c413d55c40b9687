"""Round 564: a speaker named after the speech verb with a title before a name the gazetteer knows ("…, announced Iranian
deputy foreign minister Ali Bagheri on Wednesday") is the speaker: the title is no mention of its own. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_announced_a_title_and_a_known_name(lexicon) -> None:
    events = typed_events("Iran has agreed to resume talks in November with Chile, announced Iranian deputy foreign "
                          "minister Ali Bagheri on Wednesday.", lexicon)
    assert any(kind == "announcement" and "Ali Bagheri Kani" in actors for kind, _, actors in events)


def test_guard_pointed_out_that_a_minister_is_not_the_speaker(lexicon) -> None:
    """The guard: "He pointed out that <minister> is not expected …": the minister is what is said, not who says it."""
    events = typed_events("Iran will attend the talks in Astana next week. He pointed out that Russian Foreign Minister "
                          "Sergey Lavrov is not expected to attend.", lexicon)
    assert not any(kind in ("statement", "announcement") and "Sergey Lavrov" in actors for kind, _, actors in events)
