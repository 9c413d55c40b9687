"""A process the gazetteer does not know, named by the story more often than any it knows (round 199).

The article's process is the one it names most, and a process named from the text ("Greece-Turkey exploratory talks",
`processes.named_process`) is made only for an article that names no known process. So a story about talks the
gazetteer lacks, which names a known process once in a background paragraph, was given that known process for all its
events: the issue's "unknown processes become new candidate processes named from the text, not a wrong known one".
`outnamed` gives the new candidate when the headline names it and the text names it more often (the headline counting
twice) than the known process it names most: a name in the body alone may be a step of the known process ("following
Russia-US talks there a day earlier", 264, a step of the US-mediated Ukraine talks).
"""
from __future__ import annotations

from collections import Counter

from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import _PROCESS_NAME, named_process


def outnamed(title: str, body: str, votes: Counter, lexicon: Lexicon) -> str | None:
    """The key of a candidate process named from the text more often than any known one (`votes`), if one; it is
    added to `votes` as the article's most named."""
    if len(title.split()) > 16 or title[:60] in body:
        title = ""  # the lead taken for a headline (a page with none): no headline names anything
    if not _PROCESS_NAME.search(title):
        return None  # the headline must name the candidate (below): with no name in it, the body is not read
    names: Counter = Counter()
    for text in (title, title, body):
        for m in _PROCESS_NAME.finditer(text):
            if not any(x.role == "process" for x in lexicon.scan(m.group("name"))):  # a known process's own name
                names[m.group("name")[0].upper() + m.group("name")[1:]] += 1
    if not names:
        return None
    (name, count), = names.most_common(1)
    if count <= max(votes.values(), default=0) or not any(m.group("name").lower() == name.lower() for m in _PROCESS_NAME.finditer(title)):
        return None
    key = named_process(name, lexicon)
    if key is not None:
        votes[key] = max(votes.values(), default=0) + 1
    return key


__all__ = ["outnamed"]
