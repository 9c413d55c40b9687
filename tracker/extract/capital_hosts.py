"""The capital as the host: "The Kazakh capital is hosting the round", "Peru's capital hosted the talks" (round 772).

`venues._HOSTS` reads a host named by its own capitalised name ("Astana is set to host"); a capital named by its state
("the Omani capital", "Peru's capital", "the capital of Kenya") as the subject of "host" gave no place, or the state
alone. The capital so named is the venue, as "in the Kazakh capital" is (docs/extraction.md, "Dateline city and venue":
the capital's name at the time of the story, as the article names it).

Round 1170: wires often name the capital twice, by its state and then by its name between commas ("Oman's capital,
Muscat, is hosting the talks", "The Kazakh capital, Astana, hosted eight meetings"), or make it the agent of a passive
("the consultations, which were hosted by the Omani capital, Muscat"). Neither shape reached a place: the aside stood
between the capital and "host", and `venues._HOSTED_BY` reads only a place's own name after "by".
"""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

#: "The Omani capital will host", "Peru's capital hosted", "the capital of Kenya is set to host", "the Kazakh capital city
#: is hosting", with the capital's name or a day between ("the Omani capital, Muscat, on Saturday hosted")
_CAPITAL = (r"(?:[Tt]he\s+(?P<adj>[A-Z][\w'’-]+)\s+capital(?:\s+city)?|(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+"
            r"capital(?:\s+city)?|[Tt]he\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")
#: the capital's own name in apposition: "The Kazakh capital, Astana, hosted" (round 1170)
_NAMED = r"(?:,\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,)?"
_CAPITAL_HOSTS = gated(re.compile(
    r"\b" + _CAPITAL + _NAMED + r"\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
    r"(?:(?:is|are|was|were|has|have|had|will|would)\s+)?(?:(?:also|again|already|now|soon|set|due|expected|scheduled|"
    r"agreed|be|been)\s+){0,3}(?:to\s+)?host(?:s|ed|ing)?\b(?!\s+by\b)"))
#: the capital as the agent of the passive: "talks hosted by the Omani capital, Muscat", "hosted by Peru's capital" (1170)
_HOSTED_BY_CAPITAL = gated(re.compile(r"\bhosted\s+by\s+(?:the\s+)?" + _CAPITAL.replace("[Tt]he\\s+", "")))


def capital_host(text: str, roster: Roster) -> str | None:
    """The state whose capital a sentence says hosts (the key of its entry), or None."""
    if "capital" not in text or "host" not in text:  # a cheap test: most sentences hold neither word
        return None
    for m in [*_CAPITAL_HOSTS.finditer(text), *(_HOSTED_BY_CAPITAL.finditer(text) if "hosted by" in text else ())]:
        named = m.group("adj") or m.group("state") or m.group("of")
        state = next((x.key for x in roster.lexicon.scan(named) if x.role in ("adjective", "actor")), None)
        if state in roster.lexicon.capitals:
            return state
    return None


__all__ = ["capital_host"]
