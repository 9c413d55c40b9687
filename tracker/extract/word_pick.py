"""Which of many word-gated patterns a sentence's words let through, found from the words rather than by testing each.

`triggers._triggers` tried some 75 patterns a sentence, each behind the necessary word set `prefilter.required_words`
gives it (and a second one, `second_words`): a set test a pattern, most of them shut. An index from each word to the
patterns whose first set holds it gives the open ones from the sentence's own 20-40 words, in the patterns' order: the
same patterns, tried in the same order, so the same matches.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence


class WordPick:
    """The patterns (by position) whose word gates a sentence's word set passes.

    A gate is (need, also): a pattern passes when `need` is None (no gate), or when the words hold a word of `need`
    and, where `also` is not None, a word of `also` too; a word set of None (a text that cannot be gated) passes all."""

    def __init__(self, gates: Sequence[tuple[frozenset[str] | None, frozenset[str] | None]]) -> None:
        self.size = len(gates)
        self.ungated = [i for i, (need, _) in enumerate(gates) if need is None]
        self.also = [also for _, also in gates]
        self.index: dict[str, list[int]] = {}
        for i, (need, _) in enumerate(gates):
            for word in need or ():
                self.index.setdefault(word, []).append(i)

    def __call__(self, words: frozenset[str] | None) -> Iterable[int]:
        """The positions of the passing patterns, in order."""
        if words is None:
            return range(self.size)
        hit: set[int] = set()
        for found in filter(None, map(self.index.get, words)):
            hit.update(found)
        also = self.also
        return sorted([*self.ungated, *(i for i in hit if also[i] is None or not also[i].isdisjoint(words))])


__all__ = ["WordPick"]
