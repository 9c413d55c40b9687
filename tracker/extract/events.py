"""Sentence-level extraction: the candidate events one sentence (and the quotes it introduces) reports."""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract import gazetteer
from tracker.extract.attendance import WILL_ATTEND
from tracker.extract.reported_plans import plan_before, reports_plan
from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.clauses import (
    ANONYMOUS, _ANNOUNCED_EVENT, _ASKED_FOR, _AT_TALKS, _ATTENDING, _BACKGROUND_AFTER, _BACKGROUND_BEFORE,
    _BACKGROUND_SPEECH, _BODY_OF, _COUNTED, _DRAFTED, _FOR_TALKS, _HALTED_NOUN, _LEADERS_MEET, _MAIN_CLAUSE_BREAK,
    _MAKES_KNOWN, _MEDIATED, MEDIATION, _NEGATED, _PEOPLE_AFTER, _PLANNING, _AGENT_OF, _PLURAL_OF, _PRESSED_TO,
    SERVANTS, _PRONOUN_SUBJECT, _ROUND_OF_PEOPLE, _SETTING, _SINCE_ONGOING, _THEN, _UNNAMED_SOURCE, _GROUP_SPEAKER,
    _group_speaker, announced_passive, bare_source_opens)
from tracker.extract.date_owner import attribution_start, date_owner, opens_sentence
from tracker.extract.date_parts import ends_a_period
from tracker.extract.dates import DateMention, sentence_dates
from tracker.extract.earlier_speech import EARLIER_AFTER
from tracker.extract.lexicon import Entry, Mention
from tracker.extract.mentions import ActorMention, Roster, find_actors
from tracker.extract.prefilter import fast, per_article
from tracker.extract.triggers import (
    BRIEFING, CANCELLED, FUTURE, HALTED, MEETING_WITH, NECESSARY, PERFORMATIVE, TALK_NOUN, Trigger, find_triggers,
    noun_triggers)
from tracker.extract.round_mentions import find_rounds
from tracker.extract.spans import _ROUND_OR_TALK, _TALKS, _durations, _fold, _one_clause, _planned_in_quote, _round_processes
from tracker.extract.paired_sides import paired_sides
from tracker.extract.agreed_plans import agreed_plan
from tracker.extract.quote_dates import quoted_round_day
from tracker.extract.quoted_calls import plans_gathering
from tracker.extract.announced_ongoing import announces_ongoing  # round 1093
from tracker.extract.needed_calls import calls_as_need
from tracker.extract.plans_tabled import TABLED
from tracker.extract.prepared_gatherings import prepared
from tracker.extract.speech_dates import speech_owner
from tracker.extract.speech_subjects import named_after, speech_subject
from tracker.extract.statement_bodies import body_speaker
from tracker.extract.tallies import last_number, singled_out
from tracker.extract.units import Unit
from tracker.extract.venues import fences, venue_of


#: Where the phrase of an event noun dated by its premodifying year ends ("the 2015 deal signed in Vienna, which …")
_OWN_PHRASE = re.compile(r"[,;⟦]|\s(?:which|that|who|and|to|aimed|is|was|were|are|has|had|have|will|would)\b")


#: The link between the last two names of a list of speakers: "and", never a comma alone
_FIRST_LINK = r"\s*,?\s*and\s*(?:the\s+)?"


def _before(actors: list[ActorMention], subject: ActorMention) -> ActorMention | None:
    """The actor named just before `subject`."""
    earlier = [a for a in actors if a.end <= subject.start]
    return earlier[-1] if earlier else None


def at_forum(m: Mention, text: str, roster: Roster) -> bool:
    """True for a forum named as the setting of another event ("a meeting on the sidelines of the X Forum")."""
    entry = roster.lexicon.processes.get(m.key)
    return entry is not None and entry.name in gazetteer.FORUMS and bool(_SETTING.search(text[max(0, m.start - 60):m.start]))




def _halted_type(text: str, trigger: Trigger) -> str | None:
    """The type of an event put off or called off, from its noun: before a passive ("The summit was postponed"), after an
    active verb ("called off the visit")."""
    before = list(_HALTED_NOUN.finditer(text, max(0, trigger.start - 80), trigger.start))
    after = _HALTED_NOUN.search(text, trigger.end, trigger.end + 60) if not before or trigger.text.split()[0].lower() in (
        "postponed", "called", "cancelled", "canceled", "put", "scrapped") else None
    noun = (after or (before[-1] if before else None))
    if noun is None and re.search(r"\b(?:they|it)\s+(?:\w+\s+){0,2}$", text[max(0, trigger.start - 30):trigger.start], re.I):
        return "meeting"  # "On Monday they were postponed": the talks told before (assemble folds it into them)
    if noun is None or re.search(r"[;⟦]", text[min(noun.end(), trigger.end):max(noun.start(), trigger.start)]):
        return None  # "its opening was postponed": no diplomatic event put off
    word = noun.group("noun").lower()
    return {"round": "talk_round", "session": "talk_round", "summit": "summit", "visit": "visit", "trip": "visit",
            "call": "call"}.get(word, "meeting")


@per_article
def sentence_actors() -> dict[str, tuple[ActorMention, ...]]:
    """The actors each sentence (as written: `Unit.raw`, what a candidate's evidence holds) was read to name, while one
    article is read: `actor_choice` looks at them after the pipeline instead of reading every sentence again."""
    return {}


def unit_candidates(unit: Unit, order: int, quotes: list[str], roster: Roster, anchor: dt.date | None,
                    dateline: str | None = None) -> list[Candidate]:
    """The candidate events of one sentence and the quotes attached to it."""
    text = unit.text
    scanned: list[Mention] = roster.lexicon.scan(text)
    actors = find_actors(text, roster, scanned)
    sentence_actors()[unit.raw] = tuple(actors)
    triggers = [t for t in find_triggers(text)  # "have not met since 2019", "has never visited", "did not sign": no event
                if t.speech or not _NEGATED.search(text[max(0, t.start - 30):t.start])]
    rounds = find_rounds(text)
    dates = [d for d in sentence_dates(text, anchor)  # "the deal is set to expire on May 18": a deadline, not an event's day
             if not (d.future and re.search(r"\b(?:expir(?:e|es|ing)\s+(?:on\s+)?|beyond\s+)$", text[max(0, d.start - 16):d.start]))
             and not ((re.match(r"(?i)since\s", d.text) or re.search(r"(?i)\bsince\s+(?:the\s+)?$", text[max(0, d.start - 10):d.start]))
                      # "the war that has killed … since April", "exported since 1 August" (round 151):
                      and not _SINCE_ONGOING.search(text[max(0, d.start - 70):d.start]))]  # a span's start, no event's day
    if dates:
        triggers = sorted(triggers + noun_triggers(text, dates, triggers),
                          key=lambda t: t.start)
        dates = [d for d in dates if not d.text.isdigit() or any(t.start == d.end for t in triggers)]  # a year that
        # premodifies an event noun ("the 2015 deal") dates that noun's event or nothing: never the sentence's verb (945)
    triggers = [x for x in triggers if x.speech or x.event_type not in ("talk_round", "meeting", "summit") or not any(
        t.speech and t.event_type == "proposal" and 0 <= x.start - t.end <= 80 and _ASKED_FOR.fullmatch(text, t.end, x.start)
        for t in triggers)]  # "called for an immediate resumption of the talks on Tuesday": the talks asked for, not an event
    processes = [m.key for m in scanned if m.role == "process" and not at_forum(m, text, roster)]
    quote_texts = [quotes[i] for i in unit.quotes]
    quote_processes = [m.key for q in quote_texts for m in roster.lexicon.scan(q) if m.role == "process"]
    speech = [t for t in triggers if t.speech]
    events = [t for t in triggers if not t.speech]
    # A round named next to a "held"-type verb is that talk; other rounds are references.
    anchors: list[tuple[int, int]] = [(t.start, t.end) for t in triggers]
    talk_triggers = [t for t in events if t.event_type in ("talk_round", "meeting") and not re.match(BRIEFING, t.text)]
    lone = len(rounds) == 1 and len(talk_triggers) == 1  # "the seventh round ..., which ..., is scheduled for ...": one event

    def close(r, t) -> bool:
        if r.start >= t.end and _ATTENDING.search(text, max(0, r.start - 40), r.start):
            return False  # "X met Y, who is in Baku to participate in the 9th trilateral meeting": another gathering (172)
        return lone or abs(t.start - r.end) < 80 or abs(r.start - t.end) < 80

    free_rounds = [r for r in rounds if r.elided or not any(close(r, t) for t in talk_triggers)]
    anchors += [(r.start, r.end) for r in free_rounds]
    owned: dict[int, DateMention] = {}
    for date in dates:
        owner = speech_owner(date_owner(date, anchors, text, said := {i for i, t in enumerate(triggers) if t.speech}), date.start, anchors, text, said, date.end)
        if owner is None:
            continue
        held = owned.get(owner)
        if held is None or date.end == anchors[owner][0] != held.end:
            owned[owner] = date  # a date built against the trigger is its own: "a year after the signing of …" (652)
        elif held.end <= anchors[owner][0] and 0 <= date.start - anchors[owner][1] and not ends_a_period(text, date.start, date.text) and (
                date.start - anchors[owner][1] < anchors[owner][0] - held.end or "," in text[held.end:anchors[owner][0]] and date.start - anchors[owner][1] <= 60):
            owned[owner] = date  # "On Thursday, a paper reported that X will visit Moscow in September": the nearer date;
            # "…, interrupted after starting in 2017, resumed on November 22": the date of the verb's own clause (near it: round 392);
            # never a date after "until" ("agreed to a truce that would last until June"): where the period ends (round 551)
    out: list[Candidate] = []
    at: dict[int, tuple[int, int]] = {}  # where each candidate's trigger is
    subjects = {i: speech_subject(t, actors, text, roster) or named_after(t, text, roster) or body_speaker(t, text, roster)
                for i, t in enumerate(triggers) if t.speech}  # a body "said in a statement" under a name no reader makes (1196)
    opening = {i for i, t in enumerate(triggers) if t.speech and t.text.endswith("ing") and t.text[0].isupper()}
    speakers: set[str] = {s.key for i, s in subjects.items() if s is not None and i not in opening}  # "Declaring …, X hosted": X hosts too
    for s0 in [s for s in subjects.values() if s is not None]:  # co-speakers: "France, Britain and Germany said"
        s = s0
        for other in reversed([a for a in actors if a.end <= s.start]):
            if not re.fullmatch(_FIRST_LINK if other is _before(actors, s0) else r"\s*(?:,|and|, and)\s*(?:the\s+)?",
                                text[other.end:s.start]):
                break  # a list ends in "and": "Speaking at the X Ministry, Y said" names one speaker
            speakers.add(other.key)
            s = other
    for t in speech:  # "According to the representative of the Ministry of X, Y, the round will be held": all of it speaks
        later = [e.start for e in events if e.start > t.end]
        comma = text.rfind(",", t.end, later[0]) if t.text.lower().startswith("according") and later else -1
        speakers.update(a.key for a in actors if t.end <= a.start and a.end <= comma)
    proposing: set[tuple[int, int]] = set()  # where the speech triggers whose reported words tell a proposal
    for index, trigger in enumerate(triggers):
        tally = None if trigger.speech else _COUNTED.search(text[(w0 := max(0, trigger.start - 60)):trigger.end + 60])
        between = text[w0 + tally.end():trigger.start] if tally and w0 + tally.end() <= trigger.start else None
        if tally and not (between is not None and singled_out(between)):
            continue  # "eight rounds of talks have been held", "hosted a total of six meetings": a tally, not an event (but
            # "…, the last of which was held on May 2": the one the tally singles out is an event, round 946)
        if not trigger.speech and trigger.text.startswith("to ") and (any(
                t.event_type == "proposal" and 0 <= trigger.start - t.end <= 80 and not re.search(r"[.;⟦]", text[t.end:trigger.start])
                for t in speech) or NECESSARY.search(text[max(0, trigger.start - 40):trigger.end])):
            continue  # "urged the parties to resume talks", "it is necessary to resume talks": asked for, not an event
        inner = subjects.get(index) if trigger.speech else None
        outer = [t for i, t in enumerate(triggers) if t.speech and t is not trigger and subjects.get(i) is not None
                 and t.end <= inner.start and not t.text.lower().startswith("according")
                 and not _MAIN_CLAUSE_BREAK.search(text[t.end:inner.start])] if inner is not None else []
        if outer and trigger.event_type == "proposal" and inner.end <= trigger.start and TABLED.search(trigger.text) \
                and inner.key != subjects[triggers.index(outer[-1])].key:  # another party's plan, its subject before its verb
            proposing.add((outer[-1].start, outer[-1].end))  # "X said Israel had offered a roadmap": X's words tell the plan (955)
        if outer or trigger.speech and _PRONOUN_SUBJECT.search(text[max(0, trigger.start - 30):trigger.start]) and any(
                t.end <= trigger.start and not re.search(r"[.;⟦]", text[t.end:trigger.start]) for t in speech if t is not trigger):
            continue  # "Zakharova said Russia, Turkey and Iran reaffirmed …", "X said she had asked Peru to …": words she
            # reports inside her own words, one act of hers, not theirs
        if trigger.event_type in ("agreement", "decision") and re.match(r"\s+(?:to\s+)?(?:hold|meet|convene|continue|resume)\b", text[trigger.end:]) \
                and (index not in owned or owned[index].future):
            continue  # "agreed to hold the next round ...": the event is the round
        if trigger.event_type == "agreement" and _PRESSED_TO.search(text, max(0, trigger.start - 60), trigger.start):
            continue  # "to put pressure on Hamas to reach a ceasefire deal": a deal sought, no event (round 174)
        c = Candidate(trigger.event_type, unit.paragraph, order, evidence=[unit.raw])
        if not trigger.speech and re.match(HALTED, text[trigger.start:]) and re.match(HALTED, text[trigger.start:]).end() == len(trigger.text):
            kind = _halted_type(text, trigger)
            if kind is None:
                continue
            c.halted, c.event_type = "cancelled" if CANCELLED.search(trigger.text) else "postponed", kind
        at[id(c)] = (trigger.start, trigger.end)
        c.set_date(owned.get(index))
        if trigger.speech and index not in owned and index + 1 < len(triggers) and index + 1 in owned \
                and triggers[index + 1].text.lower().startswith("according") \
                and re.fullmatch(r"\s*,\s*", text[trigger.end:triggers[index + 1].start]):
            c.set_date(owned[index + 1])  # "X said, according to state media on Sunday": the report dates the words (round 132)
        if trigger.speech:
            subject = subjects[index]
            cut = next((m.start() for m in ANONYMOUS.finditer(text, 0, trigger.start)), trigger.start)  # "An official who asked
            source = (_UNNAMED_SOURCE.search(text[max(0, cut - 60):cut] + " ") or _group_speaker(text, trigger.start)) if subject is None else None
            if source is not None and source.re is _UNNAMED_SOURCE and source.group("bare") and not source.group("place") \
                    and not bare_source_opens(text, max(0, cut - 60) + source.start()):
                source = None  # "…, officials said": a bare plural after its content only attributes the report (round 910)
            if source is not None and (trigger.event_type == "statement" or source.re is _GROUP_SPEAKER):  # or "both sides said"
                c.quotes = [(None, q) for q in quote_texts]  # "a diplomatic source told TASS": a statement, no actor
                offset = max(0, cut - 60)  # not to be named said": the source before its formula (round 572)
                states = [m.key for m in scanned if m.role == "adjective" and offset + source.start() <= m.start < offset + source.end()
                          and (roster.entry(m.key) or Entry("", "", "")).kind == "state"]
                if len(states) == 1:  # "a Russian source", "a senior Peruvian official": that state (docs/extraction.md)
                    c.actors[states[0]] = "speaker"  # (round 121)
                c.processes, c.grouped = processes + quote_processes, source.re is _GROUP_SPEAKER
                if c.event_type == "statement" and (reports_plan(text[trigger.end:], quote_texts) or plan_before(text[:trigger.start])):
                    c.event_type = "announcement"  # "a senior officer said the talks will be held in X" (round 986)
                out.append(c)
                continue
            if subject is None:
                continue
            c.speaker = subject.key
            if index not in opening:
                speakers.add(subject.key)
            if (roster.entry(subject.key) or Entry("", "", "")).kind == "official":
                roster.last["speaker"] = subject.key  # "He added ..." in a later sentence is this speaker,
                roster.last["person at speaker"] = roster.last.get("person", "")  # unless someone is named after
            role = "initiator" if trigger.event_type == "proposal" else "speaker"
            for other in reversed([a for a in actors if a.end <= subject.start]):  # "France, Britain and Germany said"
                if not re.fullmatch(_FIRST_LINK if other is _before(actors, subject) else r"\s*(?:,|and|, and)\s*(?:the\s+)?",
                                    text[other.end:subject.start if not c.actors else min(a.start for a in actors if a.key in c.actors)]):
                    break
                c.actors[other.key] = role
            c.actors[subject.key] = role
            if trigger.event_type == "proposal":
                for a in actors:
                    if a.start >= trigger.end and a.prep in (None, "on", "to") and not a.topic and a.key != subject.key \
                            and not re.search(r"\bthat\b", text[trigger.end:a.start]):  # "demanded that X and Y resume": no target
                        c.actors.setdefault(a.key, "target")
                        break
            planned_before = any(not t.speech and t.end <= trigger.start and fast(FUTURE).search(text[max(0, t.start - 25):t.end])
                                 for t in triggers)  # "X will host the next round ..., the minister announced": undated too
            if trigger.event_type == "announcement" and not trigger.text.endswith("announcement") \
                    and not (any(d.future for d in dates) or fast(FUTURE).search(text[trigger.end:])
                                                             or _ANNOUNCED_EVENT.match(text, trigger.end) or planned_before
                                                             or announced_passive(text[max(0, trigger.start - 60):trigger.start], text[trigger.end:trigger.end + 4])
                                                             or announces_ongoing(text, trigger.end)):  # (round 1093)
                c.event_type = "statement"
            c.quotes = [(subject.key, q) for q in quote_texts]
            if c.event_type == "statement" and (any(PERFORMATIVE.search(q) or NECESSARY.search(q) for q in quote_texts)
                                                or NECESSARY.search(text, trigger.end) or calls_as_need(text, trigger.end)):
                c.event_type = "proposal"
                c.actors[subject.key] = "initiator"
            c.processes = processes + quote_processes
            reported = [i for i, t in enumerate(triggers) if not t.speech and t.start < trigger.start
                        and not any(d.end == t.start for d in dates)]  # "the 2015 deal" is no report the speaker attributes (945)
            if c.event_type == "statement" and any(i in owned and owned[i].future or _PLANNING.match(triggers[i].text) for i in reported):
                c.event_type = "announcement"  # "X will hold talks on Saturday, the minister said"
            if c.event_type == "statement" and (_MAKES_KNOWN.search(text) or WILL_ATTEND.search(text)  # round 350
                                                or reports_plan(text[trigger.end:], quote_texts)  # "said X would host the talks" (920)
                                                or plan_before(text[:trigger.start])):  # "X will host the talks, Y said" (986)
                c.event_type = "announcement"  # "X said he scheduled the meeting", "X said in an invitation to the parties"
            if _BACKGROUND_SPEECH.match(text) or _BACKGROUND_AFTER.match(text, trigger.end) \
                    or _BACKGROUND_BEFORE.search(text[max(0, trigger.start - 40):trigger.start]) \
                    or EARLIER_AFTER.match(text, trigger.end):  # "X said earlier it expects …" (round 775)
                continue  # "Previously, X said ...": undated background speech is not recorded (docs/extraction.md)
            c.attribution = c.event_type == "statement" and not quote_texts and not re.match(
                r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|news\s+release|press\s+release|communiqu[eé]|readout)\b",
                text[trigger.end:]) and bool(reported) \
                and not re.search(r"\bthat\b", text[trigger.end:])  # "After briefing …, X told reporters that …": X's words
        else:
            later_speech = [s for s in speech if s.start > trigger.end]
            earlier_speech = [s for s in speech if s.end <= trigger.start]
            lo = earlier_speech[-1].end if earlier_speech else 0
            hi = later_speech[0].start if later_speech else len(text)
            tail = attribution_start(text, trigger.end) if later_speech else None
            if tail is not None and tail < hi:
                hi = tail  # "…, X, press secretary of Y, said": X and Y speak, they take no part
            for a in actors:
                across = "⟦" in text[min(a.start, trigger.start):max(a.end, trigger.end)]
                if across and a.end <= trigger.start and a.prep is None and re.fullmatch(
                        r"\s*,?\s*(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,3}",
                        text[text.rfind("⟧", 0, trigger.start) + 1:trigger.start]):
                    across = False  # "X and Y "ordered ..." during an EU-mediated meeting": the subject met
                pronoun = a.text.lower() in ("he", "she") and a.start > trigger.start - 30  # "X said she would travel to Y"
                if any(s.key in speakers and s is not a and 0 <= s.start - a.end <= 25 and not re.search(r",|\band\b", text[a.end:s.start])
                       for s in actors):
                    continue  # "UN envoy Geir Pedersen said": the organisation names the speaker, it takes no part
                named_again = not earlier_speech and later_speech and a.end <= trigger.start and all(
                    x is None or (x.start, x.end) != (a.start, a.end) for x in subjects.values())  # "X met Y on Monday, X
                # said": the speaker named as the subject of the event's own clause takes part (round 161)
                if a.topic or (a.key in speakers and not pronoun and not named_again and a.prep not in ("with", "between")) or not (lo <= a.start < hi) or across:
                    continue
                mediator = re.search(r"(?:(?:auspices|aegis|sponsorship)\s+of|facilitation\s+(?:of|by)|sponsored\s+by|mediated\s+by|brokered\s+by|facilitated\s+by|hosted\s+by|mediation\s+(?:of|by))\s+(?:the\s+)?(?:[\w'’.-]+\s+(?:and\s+)?(?:the\s+)?){0,4}$",
                                     text[max(0, a.start - 60):a.start])
                if mediator:
                    c.actors.setdefault(a.key, "mediator")
                    continue
                entry = roster.entry(a.key)
                if a.prep == "from" and entry is not None and entry.kind in ("state", "organisation", "group") and "capital" not in a.text:
                    pass
                elif a.prep == "of" and (_PLURAL_OF.search(text[max(0, a.start - 60):a.start])
                                         or _AGENT_OF.search(text[max(0, a.start - 60):a.start])):
                    pass  # "the foreign ministers of Norway and Sweden met", "a delegation of X met": they take part
                elif a.prep == "of" and (_PEOPLE_AFTER.match(text, a.end) or _PEOPLE_AFTER.match(" " + a.text.split(None, 1)[-1])) \
                        and TALK_NOUN.search(text[max(0, a.start - 40):a.start]):
                    pass  # "the meeting of the Chilean and Peruvian ministers": their states take part
                elif a.prep == "of" and a.end <= trigger.start and _BODY_OF.search(text[max(0, a.start - 60):a.start]):
                    pass  # "The General Border Committee of Thailand and Cambodia met": the states it joins take part
                elif a.prep == "of" and re.search(r"\bparticipation\s+of\s+(?:the\s+)?$", text[max(0, a.start - 30):a.start]):
                    pass  # "talks ... with the participation of the United States": it takes part
                elif a.prep in ("in", "at", "from", "near", "into", "inside", "within", "across", "around", "of", "for", "about", "over", "on", "regarding", "concerning", "against"):
                    continue
                if a.prep == "to" and trigger.event_type not in ("visit", "decision"):
                    continue
                role = "host" if trigger.event_type == "visit" and a.start > trigger.end else "participant"
                c.actors.setdefault(a.key, role)
            for m in _MEDIATED.finditer(text, lo, hi):  # "an EU-mediated meeting", "US- and Saudi Arabia-mediated talks"
                if not (-len(trigger.text) <= trigger.start - m.end() <= 20 or 0 <= m.start() - trigger.end <= 20):
                    continue  # it names the mediator of another noun ("the UN-sponsored Stockholm Agreement")
                for x in roster.lexicon.scan(m.group("by")):
                    if x.role in ("actor", "adjective") and (roster.entry(x.key) is None or roster.entry(x.key).kind != "official"):
                        c.actors.setdefault(x.key, "mediator")
            for m in MEDIATION.finditer(text, lo, hi) if "ation" in text else ():  # "held in Doha, with Qatari mediation"
                if 0 <= m.start() - trigger.end <= 80 and not re.search(r"[.;]", text[trigger.end:m.start()]):  # (683)
                    for x in roster.lexicon.scan(m.group("by")):
                        if x.role in ("actor", "adjective") and (roster.entry(x.key) is None or roster.entry(x.key).kind != "official"):
                            c.actors.setdefault(x.key, "mediator")
            for key in paired_sides(text, trigger.start, trigger.end, roster.lexicon) if trigger.event_type in ("talk_round", "meeting", "summit") else ():
                c.actors.setdefault(key, "participant")  # "the seventh round of US-Taliban talks ended": both sides (730)
            if trigger.event_type == "meeting" and (lm := _LEADERS_MEET.search(text[max(0, trigger.start - 90):trigger.start])) \
                    and not SERVANTS.search(text[max(0, trigger.start - 130):max(0, trigger.start - 90) + lm.start()]):  # (824)
                c.event_type = "summit"  # "the leaders of X and Y are scheduled to meet"
            c.future = c.future or bool(fast(FUTURE).search(text[max(0, trigger.start - 25):trigger.end])) \
                or bool(re.search(r"arranging|preparing|organi[sz]ing|planning|going\s+to|on\s+\w+\s+way", trigger.text))
            c.future = c.future or agreed_plan(text, trigger.start, trigger.text)
            c.talks = bool(re.search(r"\b(?:talks|negotiations)\b", trigger.text)) or bool(_FOR_TALKS.match(text, trigger.end)) or any(
                m.role == "process" and re.search(r"(?i)\b(?:meeting|talks|negotiations|round)\b", m.text) for m in scanned)  # "the Astana Meeting will be held"
            own = text[:later_speech[0].start] if later_speech and trigger.end <= later_speech[0].start else text
            if re.search(r"\bsince\s+$", text[max(0, trigger.start - 7):trigger.start]):
                own, near_at = own[trigger.start:], 0  # "met in Beijing … since re-establishing ties last month": that clause's place
            else:
                near_at = trigger.start
            if any(d.end == trigger.start for d in dates):  # "the 2015 deal", "their July 1 agreement" told in passing: a
                own, near_at = _OWN_PHRASE.split(text[trigger.start:], maxsplit=1)[0], 0  # place of its own phrase only (945)
            c.venue = venue_of(own, roster, near_at, dateline, c.event_type == "visit", anchor, fences(index, triggers, owned, trigger.start - near_at))
            # not past a later speech verb ("After briefing the Council, X told reporters that talks … in Geneva"), nor a dated verb (186)
            if c.event_type == "visit" and c.venue and c.venue[1] and c.actors:  # "X visited Lima": Peru is the host
                host = roster.lexicon.state_by_country.get(c.venue[1])
                if host and host not in {roster.state_of(k) for k in c.actors}:
                    c.actors.setdefault(host, "host")
            c.processes = list(processes)
            near = [r for r in rounds if close(r, trigger) and not r.elided] if trigger in talk_triggers else []
            if c.future and re.match(r"\s+again\b", text[trigger.end:]):  # "held a first round … and agreed to meet again
                near = [r for r in near if r.start > trigger.end]  # in June": the round told before is the held one
            if trigger.event_type in ("talk_round", "meeting") and near:
                c.event_type, c.round_number = "talk_round", near[0].number or None
                c.processes = _round_processes(near[0].start, near[0].end, scanned) + c.processes
            if c.round_number is None and trigger.event_type in ("talk_round", "meeting") and not c.future \
                    and (number := last_number(text[max(0, trigger.start - 140):trigger.start])):
                c.event_type, c.round_number = "talk_round", number  # "hosted 7 rounds …, the last round ended": 7 (946)
        out.append(c)
    drafted = [c for c in out if c.event_type == "agreement" and id(c) in at and _DRAFTED.match(text, at[id(c)][0])]
    for c in [c for c in out if drafted and c.event_type in _TALKS and id(c) in at and at[id(c)][1] <= at[id(drafted[0])][0]
              and re.search(r"\b(?:during|at)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$", text[max(0, at[id(c)][0] - 40):at[id(c)][0]])]:
        for key, role in c.actors.items():  # "during a meeting in Minsk, the sides developed an addendum": the document is
            drafted[0].actors.setdefault(key, role)  # the event (docs/extraction.md, "Types"; round 178)
        drafted[0].venue = drafted[0].venue or c.venue
        if drafted[0].first is None:
            drafted[0].first, drafted[0].last, drafted[0].precision, drafted[0].dated_by = c.first, c.last, c.precision, c.dated_by
        out.remove(c)
    for c in out:  # "In a historic signing ceremony hosted by X at the White House, …": the signing (round 179)
        if c.event_type in _TALKS and id(c) in at and re.search(r"\bsigning\s+ceremony\b", text[max(0, at[id(c)][0] - 60):at[id(c)][1] + 20], re.I):
            c.event_type = "agreement"
    opening = _AT_TALKS.match(text)
    if opening:  # "At talks in Geneva last month, X and Y agreed to free 887 detainees": the talks, where they agreed
        for c in out:  # (docs/extraction.md, "Types": what the parties agreed at talks belongs to the talks; round 175)
            if c.event_type == "agreement" and id(c) in at and re.match(r"agreed|agree", text[at[id(c)][0]:at[id(c)][1]]) \
                    and not any(x.event_type in _TALKS for x in out):
                c.at_talks = True  # (a meeting, or a session of a standing process's talks: assemble decides)
    met_with = {id(c) for c in out if id(c) in at and not c.event_type in SPEECH_TYPES
                and re.compile(MEETING_WITH).match(text, at[id(c)][0]) is not None}
    for c in out:  # "After briefing the Security Council, X told reporters on Wednesday": X briefed it, that day; so with
        if id(c) in at and (re.match(BRIEFING, text[at[id(c)][0]:at[id(c)][1] + 40]) or id(c) in met_with):  # "X said
            # on Monday after a meeting with Y": X met Y that day (round 171)
            said = next((s for s in out if s.event_type in SPEECH_TYPES and s.speaker), None)
            if id(c) in met_with:  # the speech verb nearest before the meeting, its speaker and its day ("Y expressed …,
                verbs = sorted((i for i, t in enumerate(triggers) if t.speech and subjects.get(i) is not None),  # X said on
                               key=lambda i: (triggers[i].end > at[id(c)][0], abs(at[id(c)][0] - triggers[i].end)))  # Monday
                if verbs:  # after a meeting with Y"): X met Y on Monday
                    c.actors.setdefault(subjects[verbs[0]].key, "participant")
                    if c.first is None and verbs[0] in owned and not c.future:
                        c.set_date(owned[verbs[0]])
                    words = next((s for s in out if s.event_type in SPEECH_TYPES and at.get(id(s)) == (triggers[verbs[0]].start,
                                                                                                        triggers[verbs[0]].end)), None)
                    if words is not None and words.first is None and c.first is not None and not c.future:
                        words.first, words.last, words.precision, words.dated_by = c.first, c.last, c.precision, c.dated_by
                        # "X said at a meeting with Y on Tuesday": the words are of that day too
                said = None
            if said is not None:
                c.actors.setdefault(said.speaker, "participant")
                if c.first is None and said.first is not None and not c.future:
                    c.first, c.last, c.precision, c.dated_by = said.first, said.last, said.precision, said.dated_by
    dated = [c for c in out if c.first is not None and c.event_type not in SPEECH_TYPES and not c.future]
    for c in list(out):  # "leaders meeting in Berlin on Sunday agreed to ...": one day for both
        if c.first is None and c.event_type not in SPEECH_TYPES and not c.future and dated:
            same = next((d for d in dated if c.event_type in _TALKS and d.event_type in _TALKS and _one_clause(text, at[id(c)], at[id(d)], speech)), None)
            if same is not None:  # "held two days of talks in X that ended on Wednesday": one event told twice
                _fold(same, c)
                out.remove(c)
                continue
            if id(c) in at and id(dated[0]) in at and at[id(c)][1] <= at[id(dated[0])][0] \
                    and _THEN.search(text, at[id(c)][1], at[id(dated[0])][0]):
                continue  # "after X visited China, followed by Y traveling to Beijing on March 6": one before the other (177)
            if dated[0].precision == "day":
                c.first, c.last, c.precision, c.dated_by = dated[0].first, dated[0].first, "day", "context"
            else:  # "When they last met, in November 2022, the sides agreed": the month, not its first day
                c.first, c.last, c.precision, c.dated_by = dated[0].first, dated[0].last, dated[0].precision, "context"
    _durations(text, out)
    for c in [c for c in out if c.event_type in SPEECH_TYPES and id(c) in at]:  # "X told Y in a phone call that ...", "In a phone call, X told Y": the call
        call = next((e for e in out if e.event_type in ("call", "meeting") and id(e) in at and id(e) not in met_with
                     and (0 <= at[id(e)][0] - at[id(c)][1] <= 60 or e.event_type == "call" and not text[:at[id(e)][0]].strip() and 0 <= at[id(c)][0] - at[id(e)][1] <= 60)
                     and re.match(r"(?i:in|during)\s+(?:a|an|the|their)\b", text[at[id(e)][0]:at[id(e)][1]])), None)
        if call is not None:
            for key in c.actors:
                call.actors.setdefault(key, "participant")
            call.quotes += c.quotes
            out.remove(c)
    offset = len(triggers)
    for k, r in enumerate(free_rounds):
        c = Candidate("talk_round", unit.paragraph, order, round_number=r.number or None, reference=True, evidence=[unit.raw])
        date = owned.get(offset + k)
        if date is not None and ((r.start - date.end if date.end <= r.start else date.start - r.end) < 40  # the gap on either
                                 or opens_sentence(date, text)):  # or the sentence's opening date, however long its subject (1048)
            # side: "today co-chaired with X the first plenary session" (round 471; it was measured from the round's end)
            c.set_date(date)
            c.reference = False
        elif r.number and (told := quoted_round_day(text, r.end, anchor)):  # its own verb and day after a long subject:
            c.set_date(told)  # "The Fourth Meeting of the Ministers of X, Y and Z, will be held in Kars on 10 December"
            c.reference = False  # (round 961)
        c.future = c.future or r.number == 0 or bool(re.search(r"\b(?:next|upcoming|coming)\s*$", text[max(0, r.start - 12):r.start], re.I))
        c.processes = _round_processes(r.start, r.end, scanned) + processes
        c.venue = venue_of(text[r.start:], roster, 0, dateline, False, anchor)  # the place told after a round: "the
        # second in Lima and the third on May 5" (136), "the 29th session, to take place in Lima this year" (242)
        for key in paired_sides(text, r.start, r.start, roster.lexicon):
            c.actors.setdefault(key, "participant")  # "the 7th Round of U.S.-Taliban Talks": both sides (round 730)
        whose = _ROUND_OF_PEOPLE.search(text, r.start, min(len(text), r.end + 80))
        if whose and whose.start() <= r.end and not re.search(r"[,.;⟦]", text[r.start:whose.start()]):  # "the 9th trilateral meeting of the foreign ministers of X, Y and Z": their states take part (172)
            stop = re.compile(r"[.;⟦]|\s(?:who|which|that|and\s+(?!the\s+)?[a-z])\s").search(text, whose.end())
            said = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:said|says|told|announced|[Mm]inistry|[Oo]ffice)\b").search(text, whose.end())
            end = min(stop.start() if stop else len(text), said.start() if said else len(text))
            for a in actors:  # (not the ministry of ", the Chilean Foreign Ministry said")
                if whose.end() <= a.start < end and a.prep in (None, "of", "and") and not a.topic:
                    c.actors.setdefault(a.key, "participant")
        out.append(c)
    for c in out:
        if c.event_type == "statement" and at.get(id(c)) in proposing:
            c.event_type = "proposal"  # the reporting act of a proposal it tells (round 955)
    for q in quote_texts:
        in_quote = roster.lexicon.scan(q) if _ROUND_OR_TALK.search(q) else []
        for r in find_rounds(q):
            c = Candidate("talk_round", unit.paragraph, order, round_number=r.number or None, reference=True, evidence=[unit.raw])
            c.processes = _round_processes(r.start, r.end, in_quote) + [m.key for m in in_quote if m.role == "process"]
            c.future = r.number == 0  # "the next round" in a quote is planned: never dated by "we have agreed"
            c.set_date(quoted_round_day(q, r.end, anchor) if r.number else None)  # "… the 22nd round held on 19 August 2025" (257)
            c.venue = venue_of(re.split(r"(?<=[.!?])\s", q[r.start:], maxsplit=1)[0], roster, 0, None, False, anchor)  # (382)
            out.append(c)
        out += _planned_in_quote(q, unit, order, anchor, roster, in_quote, dateline)
    statements = [c for c in out if c.event_type == "statement" and not c.attribution]
    if statements and (any(c.event_type not in SPEECH_TYPES and c.future and (c.first or c.event_type != "other" and (c.round_number is not None or c.venue)) for c in out)
                       or any(plans_gathering(q) for q in quote_texts) or prepared(text)):  # "… is being prepared" (822)
        for c in statements:  # "X said the next round will be held in May": the words make a future event known
            c.event_type = "announcement"
    return out
