"""People an article names in full only inside a quote (round 490): "'We came with the mandate President Luis Acosta gave
us,' said a negotiator" and, later, "Acosta said on Monday …" or "President Acosta announced …". Quotes are never read
for the actors of their sentence (context inside a quote is no event, docs/extraction.md), so the surname after it was
a person of no state, or none at all. A titled person with their state or body, named in a quote, is the same person
when the story later names them by surname: their surname is learnt, and nothing else of the quote is kept (not the
last person "he" stands for, nor the actors of the sentence). Part of `assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster, find_actors
from tracker.extract.personnames import Surnames
from tracker.resolve import fold

#: A title and a full name, three capitalised words in a row at least ("Deputy Foreign Minister Ana Quispe")
_TITLED = re.compile(r"[A-Z][\w.'’-]*\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def learn_quoted_names(quotes: list[str], roster: Roster) -> None:
    """Teach `roster` the surnames of the titled officials of a state or body that `quotes` name in full."""
    for quote in quotes:
        if not _TITLED.search(quote):
            continue  # no title and name ("President Luis Acosta": three capitalised words): reading it costs a fifth
            # of an article's time on a quote-heavy story, for nothing
        last, surnames = dict(roster.last), Surnames(roster.surnames)
        people = {a.key for a in find_actors(quote, roster)}
        roster.last = last  # "he said" after the quote is still the one named before it
        learnt = {s: k for s, k in roster.surnames.items() if s not in surnames}
        roster.surnames = surnames
        for surname, key in learnt.items():
            entry = roster.entry(key)
            if key in people and entry is not None and entry.kind == "official" and entry.parent and key in roster.titles \
                    and len(entry.name.split()) > 1 and fold(entry.name.split()[-1]) == surname:
                roster.surnames.setdefault(surname, key)  # a titled official of a state or body, named in full: their surname


__all__ = ["learn_quoted_names"]
