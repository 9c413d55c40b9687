"""Word gates read from patterns (tracker/extract/prefilter.py): a gate only ever skips a text its pattern cannot match."""
import importlib
import pkgutil
import re

import tracker.extract as package
from tracker.extract import triggers
from tracker.extract.prefilter import Gated, gated, required_words, word_gate

SENTENCES = [
    "The foreign ministers met in Vienna on Monday, the ministry said.",
    "Talks between the two delegations will resume in Geneva next week, an envoy told reporters.",
    "The third round of negotiations ended without a deal.",
    "She emphasised that the summit was postponed.",
    "The Embassy of Norway in Lima issued a statement.",
    "Nothing happened here at all",
    "İstanbul hosted the sıgnıng ceremony.",  # letters str.lower does not fold as re.I does: never gated
    "",
]


def test_words_bounded_on_both_sides():
    assert required_words(re.compile(r"\b(?:said|says)\b")) == {"said", "says"}
    assert required_words(re.compile(r"\bemphasi[sz]ed\b")) == {"emphasised", "emphasized"}
    assert required_words(re.compile(r"\b(?:round|session)s?\s+of\b", re.I)) == {"round", "rounds", "session", "sessions"}


def test_no_gate_without_a_bounded_word():
    assert required_words(re.compile(r"round|session")) is None  # "roundtable" matches: no whole word is needed
    assert required_words(re.compile(r"\b[A-Z]\w+\s+\w+")) is None
    assert word_gate(re.compile(r"(?:said)?")) is None


def test_gated_pattern_answers_as_its_pattern():
    pattern = re.compile(r"\b(?:met|meets)\s+(?:with\s+)?(?P<who>[A-Z]\w+)")
    gate = gated(pattern)
    for text in SENTENCES + ["Lavrov met with Blinken.", "He meets Wang on Friday."]:
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert bool(gate.search(text)) == bool(pattern.search(text))
        assert gate.sub("X", text) == pattern.sub("X", text)
    assert gate.pattern == pattern.pattern and gate.groupindex == pattern.groupindex


def test_every_gate_opens_where_its_pattern_matches():
    gates = [(t.re, word_gate(t.re)) for module in pkgutil.iter_modules(package.__path__)
             for t in vars(importlib.import_module(f"tracker.extract.{module.name}")).values() if isinstance(t, Gated)]
    gates += [(p, triggers._GATES[p]) for _, _, p in triggers.TRIGGERS if p in triggers._GATES]
    assert len(gates) > 50
    for pattern, gate in gates:
        for text in SENTENCES:
            if gate is not None and pattern.search(text):
                assert gate.search(text) is not None, (pattern.pattern[:60], text)


def test_literal_gates_of_case_sensitive_patterns():
    from tracker.extract.prefilter import literal_gated, required_literals

    assert required_literals(re.compile(r"\bSyria")) == {"Syria"}
    assert required_literals(re.compile(r"\b(?:Astana|Nur-Sultan)\b")) == {"Astana", "Nur-Sultan"}
    assert required_literals(re.compile(r"\bsyria", re.I)) is None  # case folded: no substring test
    assert required_literals(re.compile(r"\b(?i:grain)\s+deal")) == {"deal"}
    assert required_literals(re.compile(r"\b[A-Z]\w+")) is None
    for rx in (r"\bSyria", r"\b(?:[Cc]ease-?fire|truce|hostages?)\b", r"\b(?:U\.S\.|US\b|United States)", r"\bGERD|Nile\s+dam"):
        gate, plain = literal_gated(re.compile(rx)), re.compile(rx)
        for text in SENTENCES + ["The Syrian ceasefire held.", "A U.S. envoy and the US team", "the Nile  dam"]:
            assert bool(gate.search(text)) == bool(plain.search(text)) and gate.findall(text) == plain.findall(text)


def test_case_blind_gates_and_may_hold():
    from tracker.extract.prefilter import CaseBlindGated, literal_gated, may_hold, required_literals

    assert required_literals(re.compile(r"(?i)round|session|come\s+to")) == {"round", "session", "come"}
    assert required_literals(re.compile(r"(?i)\bround")) is None  # not a plain list of words: no gate
    gate, plain = literal_gated(re.compile(r"(?i)round|talks|come\s+to")), re.compile(r"(?i)round|talks|come\s+to")
    assert isinstance(gate, CaseBlindGated)
    for text in SENTENCES + ["The ROUND ended.", "They will come  to Oslo.", "they came back", "Talkſ", "ROUNDTABLE"]:
        assert (gate.search(text) or plain.search(text)) is None or gate.search(text).span() == plain.search(text).span()
    assert may_hold("The Third Session opened", ("session",)) and not may_hold("No gathering here", ("session",))
    assert may_hold("ſeſſion", ("session",))  # a letter re.I folds onto "s" that str.lower keeps: never shut
