"""`prefilter.second_words` and `TwiceGated`: a pattern whose usual word set most sentences of a talks story hold is
gated by another stretch's words too; a text must hold a word of each, and the gate never shuts on a match (speed,
output unchanged; eighteenth stop)."""
import importlib
import pkgutil
import re

import tracker.extract as package
from tracker.extract import triggers
from tracker.extract.prefilter import Gated, TwiceGated, gated, required_words, second_words, words_of

SENTENCES = [
    "The rebels said on Monday they were freezing their participation in the talks.",
    "Government negotiators halted the dialogue after the attack, a spokesman said.",
    "Jane Doe, head of the Peruvian delegation, told reporters the talks had been useful.",
    "The head of the Andean Peace Council, Luis Vera, said the next round would open in Quito.",
    "Luis Vera, chairman of the National Reconciliation Commission, arrived in Lima on Tuesday.",
    "The delegations arrived in Oslo for talks, officials said, and the mediators arrived later.",
    "A third round of negotiations ended in Doha without an agreement.",
    "The agreement resulted from months of talks between the two sides.",
    "İstanbul hosted the talks; the delegation head arrived.",  # a letter str.lower folds unlike re.I: never gated
    "",
]


def test_second_set_from_another_stretch():
    pattern = re.compile(r"\b(?:froze|freezes|freezing|halting)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:talks|dialogue|participation)\b")
    assert required_words(pattern) == {"talks", "dialogue", "participation"}
    assert second_words(pattern) == {"froze", "freezes", "freezing", "halting"}
    assert second_words(re.compile(r"\b(?:said|says)\b")) is None  # one stretch: nothing more to test
    assert second_words(re.compile(r"\bthe\s+(?:talks|round)\b")) is None  # "the": a common word gates nothing
    gate = gated(pattern)
    assert isinstance(gate, TwiceGated) and gate.pattern == pattern.pattern
    for text in SENTENCES + ["They froze the talks.", "The talks go on."]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(gate.search(text)) == bool(pattern.search(text)) and gate.sub("X", text) == pattern.sub("X", text)


def test_every_second_gate_opens_where_its_pattern_matches():
    patterns = [t.re for module in pkgutil.iter_modules(package.__path__)
                for t in vars(importlib.import_module(f"tracker.extract.{module.name}")).values() if isinstance(t, TwiceGated)]
    patterns += [p for _, _, p in triggers.TRIGGERS if second_words(p)]
    assert len(patterns) > 10
    matched = 0
    for pattern in patterns:
        need, also = required_words(pattern), second_words(pattern)
        for text in SENTENCES:
            if pattern.search(text):
                matched += 1
                words = words_of(text)
                assert words is None or not need.isdisjoint(words) and not also.isdisjoint(words), (pattern.pattern[:60], text)
    assert matched >= 3  # the sentences reach some of the patterns: the test reads real cases


def test_gated_objects_answer_alike():
    for module in pkgutil.iter_modules(package.__path__):
        for gate in vars(importlib.import_module(f"tracker.extract.{module.name}")).values():
            if isinstance(gate, TwiceGated):
                for text in SENTENCES:
                    assert [m.span() for m in gate.finditer(text)] == [m.span() for m in gate.source.finditer(text)]
    assert issubclass(TwiceGated, Gated)
