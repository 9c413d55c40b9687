"""Dating what a text leaves undated: words said, accords and gatherings that take their day from the act they report,
the act they closed, the meeting just told, or the day the article's news was told.

Taken out of `assemble.py`, which calls `date_undated` once the candidates of an article are merged.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.agreed_outcomes import gathering_of_outcome, points_of
from tracker.extract.gathering_accords import date_by_gathering, gathering_of_accord
from tracker.extract.lexicon import Entry
from tracker.extract.mentions import Roster
from tracker.extract.numbered_meetings import join_numbered, numbered_meeting
from tracker.extract.outcome_dates import outcome_source
from tracker.extract.prefilter import gated
from tracker.extract.readouts import verdict
from tracker.extract.retold import retold
from tracker.extract.round_sessions import session_of_round
from tracker.extract.said_days import said_day
from tracker.extract.speech_dates import after_event, reports
from tracker.extract.venues import restated_signing

_PERFECT = gated(re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:met|held|signed|discussed|agreed|visited|arrived|spoken|talked|concluded|launched|"
                            r"landed|returned|flown|travell?ed|hosted|co-chaired|chaired|"  # arrivals and hostings (round 930)
                            r"started|begun|opened|resumed|ended|convened|reconvened|wrapped\s+up|kicked\s+off|reached|resulted\s+in|culminated\s+in|led\s+to)\b|"
                            r"\b(?:has|have)\s+had\s+(?:a\s+|an\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|conversation|"
                            r"call|discussions?|consultations|negotiations)\b|"  # "have had a meeting" (round 880)
                            r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:in\s+progress|under\s*way|ongoing|in\s+session|being\s+held|taking\s+place)\b|"
                            r"\b(?:now|currently)\s+(?:being\s+)?(?:held|hosted|under\s*way|in\s+progress|taking\s+place)\b"))  # "the talks,
# currently hosted in Doha, aim to …": the participle of a clause cut short (round 477)


def _recent(events: list[Candidate], c: Candidate, anchor: dt.date | None) -> Candidate | None:
    """The latest event before `c` in the text dated to a past day within three days of publication."""
    earlier = [m for m in events if m.first is not None and m.order <= c.order and m is not c and m.dated_by == "text"
               and not m.future and m.precision == "day" and anchor is not None and 0 <= (anchor - (m.last or m.first)).days <= 3
               and m.event_type not in SPEECH_TYPES]
    if c.event_type in SPEECH_TYPES:  # words far below an event that do not name it report no event (round 250)
        earlier = [m for m in earlier if reports(c, m)]
    return max(earlier, key=lambda m: (m.first, m.order)) if earlier else None


#: A signing told with the event it closed: "signed ... after the summit", "signed at the end of the talks"
_SIGNED_AT = re.compile(r"\b(?:signed|adopted|issued|released)\b.{0,160}?\b(?:after|at|during|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of)\s+"
                        r"(?:holding\s+)?(?:the|their|a|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>summit|meeting|talks|round)\b", re.I)
#: the same with the gathering fronted, as news and readouts open the sentence of its outcome (round 1026): "Following
#: the meeting, a protocol was signed", "At the end of the talks, the sides signed a memorandum", "…, following which
#: they signed a protocol"; a gathering named by "the", "this", "that" or "their", not one still to come
_SIGNED_AFTER = re.compile(r"\b(?:following|after|at\s+the\s+(?:end|close|conclusion)\s+of|as\s+a\s+result\s+of)\s+(?:(?:the|this|that|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?P<noun>summit|meeting|talks|round|session|negotiations|consultations)\s*,|which\b)"
                           r"[^.;⟦]{0,80}?\b(?:signed|adopted|initial(?:l)?ed|inked)\b", re.I)


#: What a readout says a participant did in a call or meeting ("stressed", "highlighted", "expressed gratitude")
_READOUT = re.compile(r"\b(?:stressed|highlighted|noted|expressed|emphasi[sz]ed|underlined|underscored|reaffirmed|pointed\s+out|"
                      r"voiced|conveyed|wished|praised|hailed|informed|briefed)\b")
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|wrote|tweeted)\b")


def date_undated(events: list[Candidate], anchor: dt.date | None, roster: Roster, lead: int = -1,
                  news: dt.date | None = None, headline_now: bool = False) -> list[Candidate]:
    """Date what the text leaves undated: from the same speaker's dated act, the event just reported, the day the lead
    says its news was told (`news`), or the dateline.

    The event of the lead sentence (`lead`, its order) is the article's main event: dated by the publication day when the
    headline tells it in the present (`headline_now`), else kept undated when nothing dates it (docs/extraction.md,
    "Undated events")."""
    kept = []
    for c in events:
        if c.first is None and c.event_type in SPEECH_TYPES:
            same = [m for m in events if m.first is not None and m.order < c.order and c.paragraph - m.paragraph <= 2
                    and m.dated_by == "text" and not m.future and c.speaker in m.actors
                    and m.precision == "day"]  # a month's act gives no day to words said (round 128)
            source = max(same, key=lambda m: m.order) if same else after_event(c, events) or _recent(events, c, anchor)
            held = [m for m in events if m.event_type in ("call", "meeting", "summit") and m.order < c.order and not m.future
                    and c.paragraph - m.paragraph <= 2 and c.speaker in m.actors]
            if held and c.event_type == "statement" and not c.quotes and _READOUT.search(c.evidence[0]) \
                    and not _SAID.search(c.evidence[0]) and not verdict(c.evidence[0]):  # round 540
                target = max(held, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                continue  # "Lavrov stressed that …" in the readout of his call: part of the call (docs/extraction.md)
            if source is not None:  # words said at an event that ran several days: its last day
                day = source.first if same else (source.last or source.first)
                c.first, c.last, c.precision, c.dated_by = day, day, "day", "context"
            elif anchor is not None:  # the lead's "said Thursday" is the day of the words below it (round 470)
                c.first = c.last = news or anchor
                c.precision, c.dated_by = "day", "publication"
        elif c.first is None and (outcome := outcome_source(c, events)) is not None:  # "The Oslo round resulted in a
            c.first, c.last, c.precision, c.dated_by = outcome.first, outcome.last, outcome.precision, "context"  # truce" (691)
            c.venue = outcome.venue or c.venue  # reached where the round was held
        elif c.first is None and c.event_type == "agreement" and (after := _SIGNED_AT.search(c.evidence[0])
                                                                                or _SIGNED_AFTER.search(c.evidence[0])):
            kind = {"summit": "summit", "meeting": "meeting"}.get((after.group("noun") or "meeting").lower(), "talk_round")
            same = [m for m in events if m.first is not None and m.order <= c.order and m.event_type == kind and m is not c] \
                or [m for m in events if m.first is not None and m.order <= c.order and m.event_type in ("summit", "meeting", "talk_round")
                    and c.paragraph - m.paragraph <= 2 and not m.future]  # "the meeting" may be the round just told
            if same:  # "signed the declaration after holding their first summit on April 27": the summit's day
                source = max(same, key=lambda m: m.order)
                if not source.actors:  # "The delegations of X, Y and Z adopted a joint statement at the end of the meeting"
                    source.actors.update({k: "participant" for k, role in c.actors.items() if role != "mediator"
                                          and (roster.entry(k) or Entry("", "", "")).kind in ("state", "organisation", "group")})
                day = (source.last or source.first) if source.precision == "day" else None  # a span stays a span
                c.first, c.last, c.precision, c.dated_by = day or source.first, day or source.last, source.precision, "context"
        elif c.first is None and c.event_type == "agreement" and not c.future and (met := [
                m for m in kept if m.order == c.order and m.first is not None and not m.future
                and m.event_type in ("meeting", "summit", "talk_round", "visit")]):
            source = met[-1]  # "X met Y in Abu Dhabi and signed an agreement": the accord of the meeting's day (round 145)
            day = (source.last or source.first) if source.precision == "day" else None
            c.first, c.last, c.precision, c.dated_by = day or source.first, day or source.last, source.precision, "context"
        elif c.first is None and c.event_type in ("meeting", "call") and not c.future:
            source = _recent(events, c, anchor)
            if source is not None and source in kept and (retold(c, source, roster) or session_of_round(c, source)):
                source.evidence += [e for e in c.evidence if e not in source.evidence]  # the gathering just reported, told again (round 420),
                continue  # or the sessions of the round just reported (round 1048)
            if source is not None:
                c.first, c.last, c.precision, c.dated_by = source.first, source.last, source.precision, "context"
        elif c.first is None and (numbered := numbered_meeting(c, kept, roster)) is not None:
            join_numbered(c, numbered)  # "X and Y met on Thursday" + "… following the fourth round of …": one round (1130)
            continue
        if c.first is None and not c.future and anchor is not None and c.event_type not in SPEECH_TYPES \
                and _PERFECT.search(c.evidence[0]):  # "has met", "have signed", "is in progress": news of the day of publication
            day = said_day(c.evidence[0], anchor) or anchor  # "…, negotiators said Friday": news of that day (455)
            c.first, c.last, c.precision, c.dated_by = day, day, "day", "publication"
        undated_speech = anchor is None and c.event_type in SPEECH_TYPES and c.speaker is not None  # kept, undated
        main = c.order == lead and c.event_type not in SPEECH_TYPES and not c.reference and not c.future and bool(c.actors) \
            and not (c.first is None and any(m.order == c.order and m.first is not None and m.event_type not in SPEECH_TYPES
                                             for m in events))  # the lead's event, unless the lead dates another (483)
        if main and c.first is None and headline_now and anchor is not None:  # "FM meets envoy" over "… met with …" (654)
            c.first = c.last = news or anchor
            c.precision, c.dated_by = "day", "publication"
        closed = gathering_of_accord(c, kept, roster) if c.first is None and not c.attribution else None
        if closed is not None:  # "The two ministers signed several agreements" below their dated meeting (round 1195)
            date_by_gathering(c, closed)
        elif c.first is None and not c.attribution and (closed := gathering_of_outcome(c, kept, roster)) is not None:
            date_by_gathering(c, closed)  # "Following the meeting, the sides agreed to exchange …" (round 1305)
            if (points := points_of(c, closed, kept)) is not None:
                points.evidence += [e for e in c.evidence if e not in points.evidence]
                continue  # a further point agreed there: one agreement
        if c.first is None and not (c.event_type == "talk_round" and c.round_number) and not undated_speech and not main \
                and not c.halted and closed is None \
                or c.attribution:
            restated_signing(c, events)  # "… signed an agreement" after "talks began in Pretoria": the dated accord's place (383)
            continue
        kept.append(c)
    return kept


__all__ = ["date_undated"]
