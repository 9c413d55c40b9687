"""Other sentences of an article that tell the same event again (round 1227, issue 10).

A wire story tells one event several times: "X and Y met on Monday." then "The meeting at the presidential palace
focused on trade"; "The two sides signed a deal on Friday." then "They signed the accord in the Saudi city of Al-Ula".
The place, the parties or the day the event's own sentence leaves out often stand in such a retelling (the dev census
of branches v26 and actors26: 59 events lack a venue a neighbouring sentence names). The link is read from general
cues, not from one wording: a definite anaphor of the event's kind ("the talks", "the meeting", "the accord", "the
visit"), broken by guards (a sentence that tells an event of another day, or another event of the kind told there or
between, tells another event). Checked by hand on 30 dev links, the anaphor alone names the same event 23 times: so
a use of the link also asks for one of the event's parties named in the retelling (`shares_party`).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

#: The nouns that name an event of each kind when told again
_NOUNS = {
    "gathering": r"talks|negotiations|meetings?|session|summit|consultations|discussions|round|conference|dialogue",
    "agreement": r"agreement|accord|deal|treaty|memorandum|declaration|pact",
    "visit": r"visit|trip|tour",
}
_KIND = {"meeting": "gathering", "talk_round": "gathering", "summit": "gathering", "agreement": "agreement",
         "visit": "visit"}
#: "the talks", "this meeting", "the two-day summit", "the successful talks" (one modifier at most), never "the next
#: meeting" or "the previous round" (another gathering of the series)
_ANAPHOR = {kind: gated(re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]heir)\s+(?!(?:next|last|previous|following|upcoming|new|future|earlier|"
    r"later|latest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|proposed|planned|another|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    rf"(?:(?!\d)[\w'’-]+\s+)?(?P<noun>{nouns})\b")) for kind, nouns in _NOUNS.items()}
#: How far a retelling may stand: sentences either side, and paragraphs
_SENTENCES, _PARAGRAPHS = 3, 2
#: Characters after the anaphor in which its place must stand ("the meeting at the palace", "the accord in Algiers"),
#: within its own clause: a new clause ("Under the deal, the centre was set up in X", "the talks but Y met at Z") is
#: another act's, unless it is the anaphor's participle ("the meeting, held in X")
_REACH = 90
_CLAUSE_END = re.compile(r";|\s(?:but|while|whereas|after\s+which)\s|,\s+(?!(?:which\s+(?:was|were)\s+)?(?:held|convened|hosted|"
                         r"organi[sz]ed|staged)\b)|\.\s")
#: A plan told of the event ("will be held", "is set to continue"): it tells a gathering to come, never a held one
_PLAN = re.compile(r"\b(?:will|would|(?:is|are)\s+(?:set|due|scheduled|expected|to)|scheduled|planned)\b")


def told_in(events: list[Candidate], texts: list[str]) -> dict[int, list[Candidate]]:
    """The events each sentence tells (an event told in several sentences, in each of them)."""
    at = {t: i for i, t in enumerate(texts)}
    told: dict[int, list[Candidate]] = {}
    for o in events:
        for i in {o.order, *(at[e] for e in o.evidence if e in at)}:
            told.setdefault(i, []).append(o)
    return told


#: The event named as a topic or as a process taken part in, not told as held: "discussed implementing the deal in X",
#: "to engage in the talks in Vienna", "details of the meeting"
_TOPIC_BEFORE = re.compile(r"(?:\b(?:on|about|over|of|implement\w*|discuss\w*|engag\w*\s+in|participat\w*\s+in|part\s+in))\s+$")
#: A day told in the retelling, which an event known only to its month or year cannot be: "the meeting organised today"
_DAY_WORD = re.compile(r"\b(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def tellings(c: Candidate, texts: list[str], paragraphs: list[int], told: dict[int, list[Candidate]]) -> list[tuple[int, re.Match]]:
    """The sentences near `c`'s own that tell it again, nearest first, each with the anaphor that names it: a definite
    noun of its kind, in a sentence that tells no event of another day, with no other event of its kind told in it or
    between (the anaphor would name that one), the noun not a topic ("discussed implementing the deal"); a sentence
    before it only when the event's own sentence gives no day (one that does introduces a new event)."""
    kind = _KIND.get(c.event_type)
    if kind is None or not 0 <= c.order < len(texts):
        return []
    out = []
    for i in sorted(range(c.order - _SENTENCES, c.order + _SENTENCES + 1), key=lambda i: (abs(i - c.order), i)):
        if i == c.order or not 0 <= i < len(texts) or abs(paragraphs[i] - paragraphs[c.order]) > _PARAGRAPHS:
            continue
        if not {o.first for o in told.get(i, [])} <= {c.first, None}:
            continue  # another event's own day: that sentence tells another event
        if any(o is not c and _KIND.get(o.event_type) == kind and c not in told.get(j, [])
               for j in range(min(i, c.order), max(i, c.order) + 1) for o in told.get(j, [])):
            continue  # another accord or gathering told there or between: "the accord" is that one's
        if i < c.order and c.dated_by == "text":
            continue  # an event told with its own day ("A ceasefire in June was brokered") after "the accord": a new one
        m = _ANAPHOR[kind].search(texts[i])
        if m and not _TOPIC_BEFORE.search(texts[i], max(0, m.start() - 30), m.start()):
            out.append((i, m))
    return out


def shares_party(c: Candidate, text: str, roster: Roster) -> bool:
    """Whether `text` names one of `c`'s parties: a state, body or group the lexicon reads in it, or a person by a
    word of his name ("Chung and Kim exchanged views", "a press release from Nyusi's office")."""
    named = {roster.state_of(x.key) or x.key for x in roster.lexicon.scan(text) if x.role in ("actor", "adjective")}
    if named & {roster.state_of(k) or k for k in c.actors}:
        return True
    words = set(re.findall(r"[A-Z][\w-]{3,}", text))
    return any(w in words for k in c.actors for w in re.findall(r"[A-Z][\w-]{3,}", roster.name(k) or ""))


def telling_venues(events: list[Candidate], texts: list[str], paragraphs: list[int], roster: Roster) -> None:
    """A gathering, accord or visit with no place takes the place its nearest retelling gives right after the anaphor
    ("The meeting at the presidential palace focused on …", "signed the accord in Algiers": round 1225), when the event
    and its retelling agree on tense (a held event is not placed by "the talks will be held in …") and the retelling
    names one of the event's parties (round 1227: the same officials, the link's second cue)."""
    told = None
    for c in events:
        if c.venue is not None or c.event_type not in _KIND or not c.evidence:
            continue
        told = told if told is not None else told_in(events, texts)
        for i, m in tellings(c, texts, paragraphs, told):
            window = texts[i][m.start():m.end() + _REACH]
            cut = _CLAUSE_END.search(window, m.end() - m.start())
            window = window[:cut.start()] if cut else window
            if bool(_PLAN.search(window)) != c.future:
                continue  # "the talks will be held in X" for talks held, or "the talks were held in X" for the next
            if c.precision != "day" and _DAY_WORD.search(window):
                continue  # "the meeting held today" is not the one "in early May"
            place = venue_of(window, roster, m.end() - m.start(), None, visit=c.event_type == "visit", talks_town=True)
            if place is not None and shares_party(c, texts[i], roster):
                c.venue = place
                break


__all__ = ["shares_party", "telling_venues", "tellings", "told_in"]
