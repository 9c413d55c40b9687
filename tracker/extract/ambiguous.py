"""Process names that mean different processes in different stories, resolved by the story (round 231).

A name wire copy gives two processes ("the Berlin process" of Libya and of the Western Balkans, "the Jeddah talks" on
Sudan and on Ukraine, "the Doha talks" on Afghanistan, on Gaza and on eastern Congo, "the Geneva talks" on Syria and on
the South Caucasus) is one surface of the gazetteer, so it gave one process whatever the story was about: a wrong
known process, which the issue ranks below none. `gazetteer.AMBIGUOUS` says, per name, which other process it is in a
story whose text shows that process's context and not the default's; `context_remap` reads the article once and gives
the keys to read instead, which `Lexicon.scan` applies to every process it finds in that article.
"""
from __future__ import annotations

import functools
import re

from tracker.extract import gazetteer
from tracker.extract.prefilter import literal_gated


@functools.lru_cache(maxsize=1)
def _rules() -> list[tuple[str, str, str, re.Pattern, re.Pattern]]:
    rules = []
    for line in gazetteer.AMBIGUOUS.strip().splitlines():
        word, default, other, there, not_there = (part.strip() for part in line.split(" & "))
        # each context is searched over the whole story, and a failed search of "\b(?:Dermer|Shaibani|…)" reads every
        # character: behind a substring test of the names every match holds (the same answers, `prefilter.literal_gated`)
        rules.append((word, default, other, literal_gated(re.compile(there)), literal_gated(re.compile(not_there))))
    return rules


#: (the processes table, its size, {process name: key}) of the last call (the table is held, so never another's)
_BY_NAME: tuple = (None, 0, {})


def context_remap(text: str, processes: dict) -> dict[str, str]:
    """{key of the default process: key of the process it is in this story} for the story `text`. A rule is read only
    when its shared word is in the text (a cheap test: most stories name none of them)."""
    lowered = text.lower()
    rules = [rule for rule in _rules() if rule[0] in lowered]
    if not rules:
        return {}
    global _BY_NAME
    cached = _BY_NAME  # one read: another thread may put another table's names in meanwhile
    if cached[0] is not processes or cached[1] != len(processes):  # made once per processes table (the lexicon's)
        cached = _BY_NAME = (processes, len(processes), {e.name: k for k, e in processes.items()})
    by_name = cached[2]
    remap: dict[str, str] = {}
    for _, default, other, there, not_there in rules:
        key, alternative = by_name.get(default), by_name.get(other)
        # the default's context first: it is most often there, and found early (a Syria story names Syria at once)
        if key and alternative and key not in remap and not not_there.search(text) and there.search(text):
            remap[key] = alternative
    return remap


__all__ = ["context_remap"]
