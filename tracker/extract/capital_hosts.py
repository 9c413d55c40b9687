"""The capital as the host: "The Kazakh capital is hosting the round", "Peru's capital hosted the talks" (round 772).

`venues._HOSTS` reads a host named by its own capitalised name ("Astana is set to host"); a capital named by its state
("the Omani capital", "Peru's capital", "the capital of Kenya") as the subject of "host" gave no place, or the state
alone. The capital so named is the venue, as "in the Kazakh capital" is (docs/extraction.md, "Dateline city and venue":
the capital's name at the time of the story, as the article names it).
"""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

#: "The Omani capital will host", "Peru's capital hosted", "the capital of Kenya is set to host", "the Kazakh capital city
#: is hosting", with an aside or a day between ("the Omani capital, Muscat, on Saturday hosted" names it: `venues` reads it)
_CAPITAL_HOSTS = gated(re.compile(
    r"\b(?:[Tt]he\s+(?P<adj>[A-Z][\w'’-]+)\s+capital(?:\s+city)?|(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+capital"
    r"(?:\s+city)?|[Tt]he\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
    r"(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:(?:also|again|already|now|soon|set|due|expected|scheduled|"
    r"agreed|be|been)\s+){0,3}(?:to\s+)?host(?:s|ed|ing)?\b(?!\s+by\b)"))


def capital_host(text: str, roster: Roster) -> str | None:
    """The state whose capital a sentence says hosts (the key of its entry), or None."""
    if "capital" not in text or "host" not in text:  # a cheap test: most sentences hold neither word
        return None
    for m in _CAPITAL_HOSTS.finditer(text):
        named = m.group("adj") or m.group("state") or m.group("of")
        state = next((x.key for x in roster.lexicon.scan(named) if x.role in ("adjective", "actor")), None)
        if state in roster.lexicon.capitals:
            return state
    return None


__all__ = ["capital_host"]
