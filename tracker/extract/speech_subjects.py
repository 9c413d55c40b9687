"""Who speaks: the actor a speech verb belongs to ("X said", "said X", "according to X", "issued by the Spokesman for X")."""
from __future__ import annotations

import re

from tracker.extract.appositions import apposition_owner
from tracker.extract.clauses import (
    ANONYMOUS, _AFTER_SUBJECT, _APPOSITION_REST, _DASHED, _NAME_AFTER, _PLURAL_OF, _TITLE_GAP, inverted_speaker, speaker_after)
from tracker.extract.issuers import document_issuer
from tracker.extract.mentions import ActorMention, Roster
from tracker.extract.triggers import Trigger


#: A release issued by the spokesperson for a principal: the principal speaks ("by the Spokesman for the Secretary-General")
_FOR_PRINCIPAL = re.compile(r"\s+(?:the\s+)?(?:[Dd]eputy\s+)?[Ss]pokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’.-]*\s+){0,3}")  # the principal's title: "for Secretary-General X"


def speech_subject(trigger: Trigger, actors: list[ActorMention], text: str, roster: Roster) -> ActorMention | None:
    """The actor a speech verb belongs to: just before it ("X said"), else just after ("said X", "according to X")."""
    plural_title = r"(?:ministers|leaders|heads|delegations|presidents|envoys|representatives|governments|negotiators)\s+(?:of|from)\s+(?:the\s+)?$"
    before = [a for a in actors if a.end <= trigger.start and not a.topic and (
        a.prep in (None, "and", "from") or (a.prep == "of" and re.search(plural_title, text[max(0, a.start - 40):a.start], re.I))
        or (a.prep == "and" and re.search(plural_title, text[max(0, a.start - 60):a.start].split(",")[0], re.I))
        or (a.prep in ("and", "of") and _PLURAL_OF.search(text[max(0, a.start - 80):a.start])))]  # "the ministers of X and Y said"
    if before and (inverted := inverted_speaker(text, trigger.text, trigger.end, actors)) is not None:
        return inverted  # "X, who …, said spokesman Y yesterday.": Y speaks (round 555)
    hidden = [m.span() for m in ANONYMOUS.finditer(text, 0, trigger.start)]  # "who spoke on condition of anonymity" (572)
    for actor in (a for a in reversed(before) if not any(s <= a.start < e for s, e in hidden)):
        gap = _DASHED.sub(" ", ANONYMOUS.sub(" ", text[actor.end:trigger.start]))  # an aside between dashes: no part of it (546)
        if _AFTER_SUBJECT.match(gap) or len(gap.split()) <= 4 and "⟦" not in gap and "," not in gap or _TITLE_GAP.fullmatch(gap):
            return apposition_owner(actor, actors, text, trigger.start, roster)  # "X, the Y minister, said": X (574)
        if "," in actor.text and _APPOSITION_REST.fullmatch(gap):
            return actor  # "X, secretary general of the Y faction and other groups, confirmed": the rest of her title (round 140)
        break
    if (issuer := document_issuer(text, trigger.start, actors)) is not None:
        return issuer  # "The statement, issued by X on Sunday, said", "X's statement, published on Sunday, urged" (654)
    if trigger.text[0].isupper() and trigger.text.endswith("ing") and not text[:trigger.start].strip():
        after = [a for a in actors if a.start >= trigger.end and not a.topic]  # "Declaring "…," X hosted": X declares
        fits = [a for a in after if re.fullmatch(r"\s*⟦Q\d+⟧\s*,?\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}", text[trigger.end:a.start])]
        return fits[-1] if fits else None  # "U.S. President Donald Trump": the person, the last of the run
    if re.match(r"(?:called|calls)\s+on|urged|urges|invited|appealed|plead|implor|exhort|beseech", trigger.text):
        return None  # the one called on or urged is the target, not the speaker
    after = [a for a in actors if a.start >= trigger.end and a.start - trigger.end <= 40 and not a.topic]
    if after and trigger.text.endswith("by") and _FOR_PRINCIPAL.fullmatch(text, trigger.end, after[0].start):
        run = [a for a in actors if after[0].start <= a.start <= trigger.end + 80 and not a.topic
               and not re.search(r"[,;:⟦]|\band\b", text[after[0].end:a.start])]
        return run[-1]  # "issued today by the Spokesman for UN Secretary-General X": X's words (round 862)
    if after and (a := after[0]) and speaker_after(text, trigger.start, trigger.end, a.start):
        return a
    if trigger.text.lower().startswith("according") and after and re.fullmatch(
            r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){1,4}(?:of|for|at|by|from)\s+(?:the\s+)?", text[trigger.end:after[0].start]):
        return after[0]  # "according to the official representative of the Foreign Ministry": the ministry speaks
    return None


def named_after(trigger: Trigger, text: str, roster: Roster) -> ActorMention | None:
    """A person named right after a speech verb ("said Jane Doe", "quoted Mr John Roe"), added to the roster."""
    if trigger.event_type not in ("statement", "announcement") or not re.match(r"said|says|quoted|added|told|wrote|noted", trigger.text):
        return None
    m = _NAME_AFTER.match(text, trigger.end)
    if m is None or roster.lexicon.scan(m.group("name")):
        return None
    key = roster.person(m.group("name"), None, None)
    return None if key is None else ActorMention(m.start("name"), m.end("name"), key, m.group("name"))


__all__ = ["named_after", "speech_subject"]
