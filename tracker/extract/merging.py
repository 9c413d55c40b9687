"""Merging what several sentences of an article say about one event (used by `assemble.extract_article`).

Two candidates are one event when their types, days, numbered rounds, processes or speakers say so (`same_event`); the
merged event keeps the more precise date, the higher speech type and the more specific speaker.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from tracker.extract import gazetteer
from tracker.extract.acts import same_act
from tracker.extract.closings import _CLOSING
from tracker.extract.counterparts import other_counterparts
from tracker.extract.date_owner import attribution_start
from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.lexicon import Entry
from tracker.extract.mentions import Roster
from tracker.extract.spans import _ENDED, _STARTED, lasts_days
from tracker.extract.retold import twice_in_sentence
from tracker.resolve import fold
from tracker.extract.prefilter import gated

#: A meeting of ministers or leaders, or a conference, is no session of a process's standing talks
#: (their advisers' or aides' meeting is one of delegations: "the political advisers of the leaders … would meet again")
_NOT_SESSION = gated(re.compile(r"\b(?:ministers?|(?<!advisers of the )(?<!aides of the )leaders|presidents?|conference|"
                                r"congress|forum|summit|chiefs?|guarantors?)\b", re.I))
#: One party holding a meeting with some others' envoys, no session of the format: "Kozak will hold a meeting on the
#: Normandy format with representatives of France and Germany" (round 1160)
_WITH_ENVOYS = re.compile(r"\bmeeting\s+(?:[\w-]+\s+){0,5}?with\s+(?:the\s+)?(?:representatives|envoys)\s+of\b")
#: A meeting its sentence says is one of ministers or leaders ("a meeting of the foreign ministers of the guarantor states",
#: "the Foreign Ministers' meeting"): a meeting of a process, not one of its rounds (docs/extraction.md, "Types")
_MINISTERS_MEETING = re.compile(r"\b(?:meeting|talks)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ministers|leaders|presidents|heads\s+of\s+state)\b"
                                r"|\b[Mm]inisters['’]\s+meeting\b"
                                # the parties meeting others: "Both delegations met on Friday with representatives of
                                # countries participating in the negotiations" (round 567)
                                r"|\bmet\s+(?:\w+\s+){0,3}?with\s+(?:the\s+)?(?:representatives|ambassadors|envoys|diplomats)\s+of\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:countries|states|nations)\b|" + _WITH_ENVOYS.pattern)

def _compatible(a: str | None, b: str | None, roster: Roster) -> bool:
    if a is None or b is None:
        return False
    return a == b or a in roster.ancestors(b) or b in roster.ancestors(a)


def _speaks_for(a: Candidate, b: Candidate, roster: Roster) -> bool:
    """True when one speaker is the state or organisation of the other ("Kazakhstan proposed" / its minister).

    A statement made jointly by several states is never folded into one official's words.
    """
    if a.speaker is None or b.speaker is None:
        return False
    for top, other in ((a, b), (b, a)):
        entry = roster.entry(top.speaker)
        alone = len([k for k, role in top.actors.items() if role in ("speaker", "initiator")]) == 1
        if entry is not None and entry.kind in ("state", "organisation") and alone and top.speaker in roster.ancestors(other.speaker):
            return True
    return False


def _merge_into(target: Candidate, other: Candidate, roster: Roster) -> None:
    if {target.event_type, other.event_type} in ({"visit", "talk_round"}, {"visit", "meeting"}):  # an arrival for the talks:
        talks = other if target.event_type == "visit" else target  # the talks, with their own days, without the host state
        host = [k for k, e in ((k, roster.entry(k)) for k in list(target.actors) + list(other.actors))
                if e is not None and e.kind == "state" and k not in talks.actors]
        days = (talks.first, talks.last, talks.precision, talks.dated_by)
        target.event_type, target.round_number = talks.event_type, talks.round_number
        for key in host:
            target.actors.pop(key, None)
        _merge_plain(target, dataclasses.replace(other, actors={k: r for k, r in other.actors.items() if k not in host}), roster)
        target.first, target.last, target.precision, target.dated_by = days
        return
    _merge_plain(target, other, roster)


def _merge_plain(target: Candidate, other: Candidate, roster: Roster) -> None:
    for key, role in other.actors.items():
        target.actors.setdefault(key, role)
    target.quotes += [q for q in other.quotes if q not in target.quotes]
    extra = [e for e in other.evidence if e not in target.evidence]
    # the sentence that gives the date comes first: it is the evidence shown for the event
    target.evidence = extra + target.evidence if (target.first is None and other.first is not None) else target.evidence + extra
    target.processes += other.processes
    target.round_number = target.round_number or other.round_number
    target.lasts = target.lasts or other.lasts
    target.attribution = target.attribution and other.attribution  # "..., said X." then "X said ...": X's own statement
    target.venue = other.venue if target.venue is None or _finer(other.venue, target.venue, roster) else target.venue
    if target.first is None and other.first is not None:
        target.first, target.last, target.precision, target.dated_by = other.first, other.last, other.precision, other.dated_by
    if _arrival_then_start(target, other):  # the talks' own day, not the day the delegation arrived for them (round 557)
        target.first, target.last, target.precision, target.dated_by = other.first, other.last, other.precision, other.dated_by
        target.future = other.future
    elif target.first is not None and other.first is not None and target.first <= other.first \
            and (other.last or other.first) <= (target.last or target.first) \
            and ((other.last or other.first) - other.first) < ((target.last or target.first) - target.first) \
            and not told_days(target):
        # "next week" and "on May 19" for one event: the more precise phrase dates it
        target.first, target.last, target.precision, target.dated_by = other.first, other.last, other.precision, other.dated_by
    elif target.first is not None and other.first is not None and (target.event_type == "talk_round" or _piece(target, other)) \
            and (not (target.round_number and other.round_number)
                 or target.order == other.order and (target.future == other.future or _closes_ahead(target, other))
                 and _ENDS.search(other.evidence[0])):  # "opened on Monday" +
        # "concluded on Friday"; one sentence may tell both of a numbered round: "The first round, which had started on
        # February 3, concluded on Saturday" (round 159)
        target.first, target.last = min(target.first, other.first), max(target.last or target.first, other.last or other.first)
        target.future = target.future and other.future
    else:  # a gathering the text dates as held stays held when the mention of its plan for a day not after it folds in:
        # "held more talks on Monday" and "had been scheduled to begin Friday, but …" (round 478)
        target.future = target.future or other.future and not (target.first and target.dated_by == "text"
                                                               and (other.first is None or other.first <= target.first))
    target.reference = target.reference and other.reference
    target.halted = target.halted or other.halted
    target.attribution = target.attribution and other.attribution
    if SPEECH_PRIORITY.get(other.event_type, 0) > SPEECH_PRIORITY.get(target.event_type, 0):
        target.event_type = other.event_type
    if other.speaker and _depth(other.speaker, roster) > _depth(target.speaker, roster):
        target.speaker = other.speaker


#: A span its sentence tells day by day: "on Tuesday and Wednesday", "on 22-23 November", "May 5 to 7", "two-day talks"
_TOLD_RANGE = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:and|to|through)\s+(?:monday|"
                         r"tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*\d{1,2}\b"
                         r"|\b(?:two|three|four|five|[2-5])-day\b")


def told_days(c: Candidate) -> bool:
    """Whether `c` runs over two to five days that one of its sentences tells ("on Tuesday and Wednesday", "on 22-23
    November", "the two-day talks"): a session on one of them is a part of the gathering, not a finer date of it (round
    1098). A week or a weekend is a vague span, and a span put together from two sentences ("arrived yesterday", "to
    be started today") no told one: a day told in another sentence dates them."""
    return c.precision == "day" and c.first is not None and c.last is not None and 1 <= (c.last - c.first).days <= 4 \
        and not (c.first.weekday() == 5 and (c.last - c.first).days == 1) and any(map(_TOLD_RANGE.search, c.evidence))


#: A delegation arriving for talks: "A Cuban delegation arrived in Washington for the second round of talks"
_ARRIVED_FOR = re.compile(r"\barriv(?:e|es|ed|ing)\b[^.;]{0,80}?\bfor\b[^.;]{0,40}?\b(?:round|talks|negotiations|session)\b", re.I)


def _arrival_then_start(target: Candidate, other: Candidate) -> bool:
    """Whether `target` is dated by a delegation's arrival for the talks and `other` tells, within a week after it, the
    day they are to begin ("… scheduled to begin in the U.S. capital next Friday"): the arrival belongs to the talks
    (docs/extraction.md, "Types"), which keep their own day."""
    return target.event_type in ("talk_round", "meeting") and target.first is not None and other.first is not None \
        and not target.future and other.future and other.precision == "day" and 0 < (other.first - target.first).days <= 7 \
        and bool(_ARRIVED_FOR.search(target.evidence[0])) and bool(_STARTED.search(other.evidence[0]))


def _closes_ahead(target: Candidate, other: Candidate) -> bool:
    """Whether `other` is the planned close, within two weeks, of the held gathering `target` of its sentence: "opened the
    fifth round on Monday; it is due to end on Thursday" is one round under way, held, over both days (round 622)."""
    return not target.future and other.future and target.first is not None and other.first is not None \
        and 0 < (other.first - (target.last or target.first)).days and (other.first - target.first).days <= 14 \
        and bool(_CLOSING.search(other.evidence[0]))  # "will end / is due to conclude / to run until", not "will open"


def _piece(target: Candidate, other: Candidate) -> bool:
    """Whether `other` tells where a held meeting or summit began or ended, within a week of it: "held more talks on
    Monday" and "Talks began Sunday." are one gathering's two days (round 552), as a round's were."""
    return target.event_type in ("meeting", "summit") and not (target.future or other.future) \
        and abs((other.first - target.first).days) <= 7 and bool(_ENDS.search(other.evidence[0]))


#: A sentence that tells both ends of a gathering ("The first round, which had started on February 3, concluded on
#: Saturday"); two days of a sentence without them are two gatherings ("met on Tuesday, two weeks after their first
#: meeting on May 30", round 254)
_ENDS = re.compile(f"{_STARTED.pattern}|{_ENDED.pattern}")


def _finer(a: tuple[str, str | None] | None, b: tuple[str, str | None] | None, roster: Roster) -> bool:
    """True when venue `a` is a town inside the country that venue `b` names ("Qatar hosted …" then "the talks in Doha")."""
    if a is None or b is None or a[1] is None or a[1] != b[1]:
        return False
    state = roster.lexicon.state_by_country.get(b[1])
    entry = roster.lexicon.entries.get(state) if state else None
    return entry is not None and fold(b[0]) == fold(entry.name) and fold(a[0]) != fold(b[0])


#: A round named as another than the one just told: "a new round", "the next round", "another round"
_NEW_ROUND = re.compile(r"\b(?:a|the)\s+(?:new|next|fresh|another|upcoming)\s+(?:[\w-]+\s+)?(?:round|session)\b|\banother\s+round\b", re.I)
#: An unnumbered round named as the one the article reports
_THE_ROUND = re.compile(r"\b[Tt]he\s+(?:latest|current|same|ongoing)\s+round\b|\b[Tt]his\s+round\b")
SPEECH_PRIORITY = {"statement": 1, "announcement": 2, "proposal": 3}
_DEPTH = {"official": 3, "delegation": 3, "ministry": 2, "body": 2}


def _depth(key: str | None, roster: Roster) -> int:
    """How specific an actor is: a person beats a ministry beats a state."""
    entry = roster.entry(key) if key else None
    return 0 if entry is None else _DEPTH.get(entry.kind, 1)


def _event_clause(sentence: str) -> str:
    """The sentence without the attribution at its end, so that the speaker's title ("Foreign Minister", "former President")
    does not make the event a meeting of ministers or leaders."""
    start = attribution_start(sentence)
    return sentence[:start] if start is not None else sentence


def _session_like(c: Candidate, roster: Roster) -> bool:
    """A meeting that the end of the pipeline will call a session of a standing process (see extract_article): no person
    named, no ministers, leaders or conference, a standing process named with it."""
    clause = _event_clause(c.evidence[0])
    if c.event_type != "meeting" or not c.processes or _NOT_SESSION.search(clause) or _MINISTERS_MEETING.search(clause):
        return False
    if any((roster.entry(k) or Entry("", "", "")).kind == "official" for k in c.actors):
        return False
    return any(roster.lexicon.processes[k].name in gazetteer.STANDING_PROCESSES for k in c.processes if k in roster.lexicon.processes)


#: An arrival, which belongs to the talks it is for ("arrived in Vienna on Thursday morning" for the round there)
_ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving|landed)\s+in\b")


def _one_sentence_undated(a: Candidate, b: Candidate) -> bool:
    """Two gatherings of one sentence, neither dated, one's actors among the other's: "X met and held talks with Y",
    "The negotiations are taking place behind closed doors" (round 155)."""
    return {a.event_type, b.event_type} <= {"meeting", "summit", "talk_round"} and a.first is None and b.first is None \
        and bool(set(a.evidence) & set(b.evidence)) and a.future == b.future \
        and not (a.round_number and b.round_number and a.round_number != b.round_number) \
        and (set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors)) \
        and not (a.venue and b.venue and fold(a.venue[0]) != fold(b.venue[0]))


#: A session told by its start: "the talks began on Saturday", "opened in Doha on Monday" (round 541)
_BEGAN = re.compile(r"\b(?:began|begun|opened|started|commenced|kicked\s+off|got\s+under\s*way)\b")


def _before_start(x: Candidate, y: Candidate) -> bool:
    """True when `x`'s own sentence tells when its talks began and `y` was held entirely before that day: a gathering
    before the talks began is not part of them (round 541)."""
    return x.first is not None and y.first is not None and (y.last or y.first) < x.first and not x.future and not y.future \
        and any(_BEGAN.search(e) for e in x.evidence) and not any(_BEGAN.search(e) for e in y.evidence)


def _same_event(a: Candidate, b: Candidate, roster: Roster) -> bool:
    if _one_sentence_undated(a, b) or same_act(a, b) or twice_in_sentence(a, b):  # (one embassy opened, told twice: 265; 423)
        return True
    if a.event_type != b.event_type and not (a.event_type in SPEECH_TYPES and b.event_type in SPEECH_TYPES):
        kinds = {a.event_type, b.event_type}
        if kinds in ({"visit", "talk_round"}, {"visit", "meeting"}):
            visit, talks = (a, b) if a.event_type == "visit" else (b, a)
            if _ARRIVED.search(visit.evidence[0]) and visit.venue and talks.venue and fold(visit.venue[0]) == fold(talks.venue[0]) \
                    and visit.first is not None and talks.first is not None and talks.first <= visit.first <= (talks.last or talks.first) \
                    and visit.future == talks.future and {roster.state_of(k) or k for k in visit.actors if roster.entry(k) is None
                                                          or roster.entry(k).kind != "state" or k in talks.actors} \
                    <= {roster.state_of(k) or k for k in talks.actors}:
                return True  # "Bagheri Kani arrived in Vienna on Thursday" for the talks there: the talks (docs/extraction.md)
        if kinds <= {"meeting", "summit", "talk_round"} and set(a.evidence) & set(b.evidence) and a.first is not None and a.first == b.first \
                and a.future == b.future and (set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors)) \
                and not (a.venue and b.venue and fold(a.venue[0]) != fold(b.venue[0])):
            return True  # "The first meeting … was held in France on June 6, 2014, when the leaders of … held talks": one
        if kinds != {"meeting", "talk_round"} or not _session_like(a if a.event_type == "meeting" else b, roster):
            return False  # "The Astana talks opened on Tuesday. The delegations … met on Tuesday": one session
        a, b = (a, b) if a.event_type == "talk_round" else (b, a)
    dates_fit = a.first is None or b.first is None or (a.first <= (b.last or b.first) and b.first <= (a.last or a.first))
    if a.event_type == "talk_round":
        if a.round_number and b.round_number:
            return a.round_number == b.round_number and (not a.processes or not b.processes or bool(set(a.processes) & set(b.processes)))
        if a.first is not None and b.first is not None and a.order == b.order and not a.processes and not b.processes \
                and a.future == b.future and abs((a.first - b.first).days) <= 14:
            return True  # "The talks, which began on Monday, ended on Wednesday": one sentence, one session
        if a.first is None or b.first is None or not (set(a.processes) & set(b.processes)):
            return False
        if _before_start(a, b) or _before_start(b, a):
            return False  # "talks … began on Saturday" and "both delegations met on Friday with …": another gathering (541)
        if a.future != b.future and not dates_fit and _NEW_ROUND.search((a if a.future else b).evidence[0]):
            return False  # "the fourth round ended on Friday" and "a new round is set to take place on March 23": two rounds
        if bool(a.round_number) != bool(b.round_number) and a.future == b.future \
                and _THE_ROUND.search((b if a.round_number else a).evidence[0]) and abs((a.first - b.first).days) <= 45:
            return True  # "The seventh round concluded on Friday" + "The latest round, started on Nov 29, ...": one round
        return dates_fit or abs((a.first - b.first).days) <= 14
    if a.event_type in SPEECH_TYPES:
        same_day = a.first is None or b.first is None or a.first == b.first
        if a.speaker == b.speaker:
            return same_day
        return same_day and _speaks_for(a, b, roster)  # one event per speaker and day, the state with its official
    states = [{roster.state_of(k) or k for k in c.actors} for c in (a, b)]
    dated, undated = (a, b) if b.first is None else (b, a)
    if undated.first is None and dated.first is not None and a.future == b.future and dated.venue \
            and abs(a.paragraph - b.paragraph) <= 2 and len(states[0] & states[1]) >= 2 \
            and (fold(dated.venue[0]) == fold(undated.venue[0]) if undated.venue else fold(dated.venue[0]) in fold(undated.evidence[0])):
        return True  # "… met on Jan. 26 in Paris" and "In Paris, Yermak met with Kozak": one meeting, told twice
    if a.first is None or b.first is None or not dates_fit:
        return False
    if a.venue and b.venue and fold(a.venue[0]) != fold(b.venue[0]) and not _finer(a.venue, b.venue, roster) \
            and not _finer(b.venue, a.venue, roster):
        return False  # "met Lavrov on Tuesday in Bali" and "met the delegations in Istanbul on Tuesday": two meetings
    if other_counterparts(a, b, roster):
        return False  # "X met Y in Doha on Sunday" and "X also met Z in Doha on Sunday": two meetings (round 261)
    if not a.actors or not b.actors or set(a.actors) & set(b.actors):
        return True
    return len(states[0] & states[1]) >= 2  # the same two states at least, through their officials


#: A sentence about the event just told, by its noun as the subject: "The meeting took place in Madrid.", "The talks in Doha
#: ended without a deal.", "The meeting on Tuesday lasted six hours." (not "The next round", "The first meeting": other events)
_THE_EVENT = re.compile(r"^\s*(?:(?:On|In)\s+[^,]{1,30},\s+)?(?:The|This|That|These|Those)\s+(?!(?:new|next|another|upcoming|coming|"
                        r"previous|last|first|second|third|latest\s+of|earlier|former|future|planned|proposed)\b)(?:[\w-]+\s+){0,2}?"
                        r"(?P<noun>meeting|talks|summit|session|visit|call|conversation|negotiations|consultations)"
                        r"(?:\s*,[^,]{1,80},|\s+(?:in|at|on|near|between|with|of)\s+(?:[\w'’.-]+\s+){1,6}?)?\s*"
                        r"(?:was|were|had\s+been|took\s+place|is\s+taking\s+place|are\s+taking\s+place|(?:is|are)\s+being\s+held|lasted|"
                        r"started|began|opened|ended|concluded|continued|focused|focussed|centred|centered|ran|went\s+on|"
                        r"resumed|produced|yielded|brought|(?:will|would|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:be\s+held|take\s+place|"
                        r"begin|start|open|resume|continue|last|run|end|conclude|focus)"
                        r"|(?P<now>(?:is|are)\s+(?:being\s+)?(?:overseen|mediated|facilitated|chaired|co-chaired|hosted|moderated|"
                        r"brokered|sponsored|organi[sz]ed)))\b")
#: A sentence that numbers the gathering just told: "This was the 23rd round of the X talks.", "It was their fifth meeting"
_THIS_WAS = re.compile(r"^\s*(?:This|That|It|(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|gathering|conference|session)"
                       r")\s+(?:was|is|marked|marks)\s+(?:the|their|its)\s+(?:[\w-]+\s+){1,2}?"  # "The two-day meeting is the third
                       r"(?:round|meeting|session|sitting)\b")  # round of talks hosted by X" (round 429)
#: A sentence set in the gathering just told, with its day: "At the meeting on Sunday, the two sides exchanged views …",
#: "During the talks held on Thursday, the parties discussed …" (round 616; not "At the next meeting", "During a meeting")
_AT_THE_EVENT = re.compile(r"^\s*(?:At|During|In\s+the\s+course\s+of)\s+(?:the|this|that|their)\s+(?!(?:new|next|another|upcoming|"
                           r"coming|previous|last|first|latest|earlier|former|future|planned|proposed)\b)(?:[\w-]+\s+){0,2}?"
                           r"(?P<noun>meeting|talks|session|conversation|negotiations|consultations)\s+(?:(?:held|which\s+took\s+place|"
                           r"that\s+took\s+place)\s+)?(?:on|last|this)\s+[^,]{1,30},")
_SAME_KIND = {"meeting": ("meeting", "summit", "talk_round"), "summit": ("meeting", "summit", "talk_round"),
              "talk_round": ("meeting", "summit", "talk_round"), "visit": ("visit",), "call": ("call",)}


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.first is not None and b.first is not None and a.first <= (b.last or b.first) and b.first <= (a.last or a.first)


def _told_before(c: Candidate, merged: list[Candidate]) -> Candidate | None:
    """The event a sentence that goes on about "the meeting" or "the talks" refers to: the last one of its kind just before,
    within two paragraphs. Undated, it takes that event's date; dated, it dates an event told without a day ("Delegations
    met in Geneva to discuss the border. The meeting on Tuesday lasted six hours.") or one of the same days."""
    kinds = _SAME_KIND.get(c.event_type, ())
    if c.round_number and c.first is None and _THIS_WAS.match(c.evidence[0]):
        # "This was the 23rd round of the X talks.": the gathering just told, with its number (round 157)
        return next((x for x in reversed(merged) if x.event_type in kinds and not x.reference and x.order < c.order
                     and c.paragraph - x.paragraph <= 2 and x.round_number in (None, c.round_number)
                     and (not c.processes or not x.processes or set(c.processes) & set(x.processes))), None)
    if c.round_number or not (m := _THE_EVENT.match(c.evidence[0]) or _AT_THE_EVENT.match(c.evidence[0])):
        return None
    if c.first is None and (m.groupdict().get("now") or re.search(r"\b(?:is|are)\s+(?:taking\s+place|being\s+held)\b", m.group())):
        # "The negotiations are taking place behind closed doors", "The talks are being overseen by the UN": the talks going
        # on now, the latest told of its kind within six paragraphs, though an older one was told in between (round 156)
        recent = [x for x in merged if x.event_type in kinds and not x.reference and x.order < c.order
                  and c.paragraph - x.paragraph <= 6 and not x.future]  # (one told undated gets the day of publication)
        if recent:
            return max(recent, key=lambda x: (x.last or x.first or dt.date.max, x.order))
    told = next((m for m in reversed(merged) if m.event_type in kinds and not m.reference and m.order < c.order
                 and c.paragraph - m.paragraph <= 2), None)
    if told is None or c.first is None:
        return told
    if told.first is None and told.future == c.future or _overlap(told, c):
        return told
    return None


def merge_candidates(candidates: list[Candidate], roster: Roster) -> list[Candidate]:
    """Fold candidates that describe the same event into one, nearest in the text first."""
    merged: list[Candidate] = []
    for c in candidates:
        if (told := _told_before(c, merged)) is not None:
            numbered = c.round_number and not told.round_number and c.event_type == "talk_round"
            _merge_into(told, c, roster)
            told.lasts = told.lasts or lasts_days(c.evidence[0])  # "The negotiations, set to last 11 days, are …" (round 160)
            if numbered and told.event_type == "meeting":
                told.event_type = "talk_round"  # "… met … This was the 23rd round of the X talks": a round of them
            continue
        fits = [m for m in merged if _same_event(m, c, roster)]
        if fits:
            dated = [m for m in fits if m.first is not None and c.first is not None and m.first == c.first]
            target = (dated or sorted(fits, key=lambda m: abs(m.order - c.order)))[0]
            _merge_into(target, c, roster)
        else:
            merged.append(c)
    # a second pass lets an undated mention that came first join a dated one found later
    again: list[Candidate] = []
    for c in merged:
        fits = [m for m in again if _same_event(m, c, roster)]
        if fits:
            _merge_into(fits[0], c, roster)
        else:
            again.append(c)
    return again


__all__ = ["SPEECH_PRIORITY", "merge_candidates"]
