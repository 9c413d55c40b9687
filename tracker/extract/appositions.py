"""A speaker the roster does not know, named with an apposition of any shape (round 202): "Luis Vera, an adviser to the
Chilean president, said …", "Ana Soto, a member of the Peruvian delegation, told reporters …", "Luis Vera, who heads
Chile's negotiating team, told Reuters …". The title patterns of `names` read an apposition only when it holds a title
of the gazetteer, and `mentions._SPEAKER_NAME` only a name right before the speech verb, so these words had no speaker
(and, with no speaker, often no event). `apposed_speakers` reads the name before the apposition as the speaker, of
the first state the apposition gives as theirs (`_OWN_OF`). `apposition_owner` (round 574) gives the speech verb back
to the person when the subject read before it is a state or body inside their apposition. Round 613: a past office ("a
former Nigerian president") describes its person; `former_office` tells `mentions.find_actors` that the state is then
no actor.
"""
from __future__ import annotations

import re

from tracker.extract.names import _NAME_WORD
from tracker.extract.prefilter import gated

_SPEECH = (r"(?:said|says|told|tells|added|noted|stressed|announced|wrote|explained|stated|confirmed|warned|insisted|"
           r"declared|reiterated|emphasi[sz]ed|underlined)")
#: "<Name>, <apposition>, said": the apposition starts with a small word ("an adviser", "who heads", "director of")
#: or a state's possessive ("Chile's representative")
APPOSED = gated(re.compile(
    rf"(?:^|(?<=[.;:⟧]\s)|(?<=\bquoted\s)|(?<=\bto\s)|(?<=,\s))(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+"
    rf"(?P<app>(?:[a-z][\w'’-]*|[A-Z][\w'’.-]+['’]s)\s[^,;⟦]{{3,130}}?),\s+(?:(?:also|meanwhile|however)\s+)?"
    rf"(?:{_SPEECH}\b|as\s+saying\b)"))
#: How every `APPOSED` match ends, searched first: its gate (a speech verb) is open on nearly every sentence of a story, and
#: the pattern tries a name at every capital letter, where this needs a comma right before the verb ("…, said")
_APPOSED_END = re.compile(rf",\s+(?:(?:also|meanwhile|however)\s+)?(?:{_SPEECH}\b|as\s+saying\b)")

#: The inverted order, as wires end a sentence (round 975): "…, said Ana Soto, a member of the Peruvian delegation." The
#: apposition after an inverted speaker runs to the end of the sentence (or to a participle or relative clause that
#: goes on with more of what the speaker is: ", adding", ", who")
INVERTED = gated(re.compile(
    rf"\b(?:said|says|added|noted|stressed|explained|according\s+to)\s+(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}),\s+"
    rf"(?P<app>(?:an?|the|[A-Z][\w'’.-]+['’]s)\s[^,;⟦“”\"]{{3,130}}?)(?=\.?\s*(?:[;⟦“”\"]|$)|\.\s+[A-Z]|,\s+(?:adding|noting|who)\b)"))

_NOT_NAMES = {"On", "In", "At", "The", "During", "After", "Before", "Last", "This", "Meanwhile", "However", "Monday",
              "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
              "May", "June", "July", "August", "September", "October", "November", "December", "But", "And", "Also"}

#: An apposition whose head is a medium or a body describes no person: "according to Nour News, a news outlet close to …"
_MEDIUM = re.compile(r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:media|news|outlet|agency|newspaper|daily|weekly|channel|"
                     r"broadcaster|website|network|television|radio|magazine|paper)\b", re.I)

#: A state named in an apposition is the person's own as an adjective ("an adviser to the Chilean president"), a
#: possessive ("Chile's representative") or after a body of it ("of the Foreign Ministry of Chile"); not as a topic
#: ("the chief mediator of the South Sudan talks" is no South Sudanese)
_OWN_OF = re.compile(r"\b(?:Ministry|Government|Embassy|Republic|President|Minister|Mission)\s+(?:of|to)\s+(?:the\s+)?$", re.I)


def apposed_speakers(text: str, roster) -> list[tuple[int, int, str, int, bool]]:
    """(start, end, key, end of the apposition, whether a ministry in it speaks too) of each speaker named with an
    apposition in `text`; the person is added to `roster`. A relative clause is an apposition only when it says what the
    person is ("who heads", "who represents"). After an inverted "said" the apposition only describes the speaker (round
    975: "said X, the State Department's third official": the department is no speaker of its own)."""
    out = []
    appositions = APPOSED.finditer(text) if _APPOSED_END.search(text) else ()
    for m, speaks in [*((m, True) for m in appositions), *((m, False) for m in INVERTED.finditer(text))]:
        name = m.group("name")
        if set(name.split()) & _NOT_NAMES or re.match(r"who\s+(?!heads|leads|represents|is|was|serves|chairs)", m.group("app")) \
                or _MEDIUM.match(m.group("app")):
            continue  # "On Tuesday, the minister said"; "X, who met Y on Monday, said": Y is none of X's
        if roster.lexicon.place(name) or any(x.role in ("actor", "process") and roster.entry(x.key) is not None
                                             and roster.entry(x.key).kind != "official" for x in roster.lexicon.scan(name)):
            continue  # "Lima, the Peruvian capital, said", "Chile, the host, said": no person
        app = m.group("app")
        state = next((x.key for x in roster.lexicon.scan(app) if roster.entry(x.key) is not None and roster.entry(x.key).kind == "state"
                      and (x.role == "adjective" or x.possessive or x.role == "actor" and _OWN_OF.search(app[:x.start]))), None)
        key = roster.person(name, None, state)
        if key is not None:
            out.append((m.start("name"), m.end("name"), key, m.end("app"), speaks))
    return out


#: The opening of an apposition after a person's name, up to a state or body it names: ", the Ukrainian defence minister"
_APPOSITION_OPEN = re.compile(r",\s+(?:the|a|an|who|[a-z][\w'’-]*|[A-Z][\w'’.-]*['’]s)\b[^,;⟦.“”\"]{0,100}$")
#: The rest of that apposition, closed by a comma before the speech verb
_APPOSITION_CLOSE = re.compile(r"[^,;⟦.“”\"]{0,60},\s*(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)?$")


def apposition_owner(chosen, actors: list, text: str, verb_start: int, roster):
    """The person a speech verb's subject stands in apposition to (round 574): in "Rustem Umerov, the Ukrainian defence
    minister, said" the subject read right before "said" is the state inside the apposition; the speaker is the person."""
    if not _APPOSITION_CLOSE.fullmatch(text, chosen.end, verb_start):
        return chosen
    owner = next((a for a in reversed(actors) if a.end <= chosen.start), None)
    if owner is None or (roster.entry(owner.key) is None or roster.entry(owner.key).kind != "official") \
            or (roster.entry(chosen.key) is not None and roster.entry(chosen.key).kind == "official"):
        return chosen
    return owner if _APPOSITION_OPEN.fullmatch(text, owner.end, chosen.start) else chosen


#: "Obasanjo, a former Nigerian president, said": a past office describes the person; the state is no speaker (round 613)
_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*$")
#: The office nouns of one person, as a state's adjective takes them ("Nigerian president")
_PERSON_OFFICE = re.compile(r"\s+(?:(?:deputy|vice|foreign|prime)\s+)?(?:president|minister|leader|chancellor|premier|envoy|ambassador|"
                            r"diplomat|negotiator|king|emir)\b", re.I)


def former_office(text: str, start: int, end: int) -> bool:
    """True when the state adjective at `start`-`end` names a past office of one person: "a former Nigerian president"."""
    return bool(_FORMER.search(text[max(0, start - 8):start])) and bool(_PERSON_OFFICE.match(text, end))


__all__ = ["APPOSED", "INVERTED", "apposed_speakers", "apposition_owner", "former_office"]
