"""Article-level extraction: merge what several sentences say about one event, date what is left undated.

`extract_article(article, lexicon)` is the whole pipeline from an Article to its candidate events.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract import gazetteer
from tracker.extract.article import Article, infer_year, item_day
from tracker.extract.chrome import _before_chrome, _captions
from tracker.extract.clauses import _SEPARATELY
from tracker.extract.context_actors import _context_actors
from tracker.extract.delegation_heads import head_sentences, join_heads
from tracker.extract.discussed_gatherings import drop_discussed
from tracker.extract.events import SPEECH_TYPES, Candidate, unit_candidates
from tracker.extract.gloss import glossable, read_glossed
from tracker.extract.keep import keep_likely, undated_page_confidence
from tracker.extract.listed_gatherings import listed_gatherings
from tracker.extract.earlier_sessions import earlier_sessions
from tracker.extract.awaited_gatherings import named_gatherings
from tracker.extract.language import UNREAD, foreign_language
from tracker.extract.lexicon import Entry, Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.twice_told import drop_twice_told
from tracker.extract.actor_choice import choose_actors
from tracker.extract.date_choice import choose_dates
from tracker.extract.merging import _MINISTERS_MEETING, _NOT_SESSION, _WITH_ENVOYS, _event_clause, _merge_plain, merge_candidates
from tracker.extract.conditions import drop_conditional
from tracker.extract.ambiguous import context_remap
from tracker.extract.newprocess import outnamed
from tracker.extract.opposition import government_and_opposition
from tracker.extract.party_sessions import complete_sessions
from tracker.extract.visit_meetings import fold_visit_meetings
from tracker.extract.visit_referents import fold_visit_referents
from tracker.extract.partyprocess import by_parties, names_process, standing_talks, talks_partner
from tracker.extract.ranging import ranges_over
from tracker.extract.processes import DEAL_LEFT, cued_process, named_pair, named_process, process_venues, process_votes, tied, two_party
from tracker.extract.paired_stories import paired_story; from tracker.extract.paired_talks import paired_talks  # 1265, 1295
from tracker.extract.spans import extend_by_duration; from tracker.extract.told_lengths import join_told_lengths  # 1320
from tracker.extract.closings import join_closings, join_lengths, join_told_ends, join_told_starts
from tracker.extract.happened import date_by_next_sentence  # round 394
from tracker.extract.sequels import date_later_periods, date_sequels
from tracker.extract.scenes import arrival_venues, retold_venues, scene_venues
from tracker.extract.venues import refine_venues, same_day_persons, spoken_from, town_named_gatherings, virtual_gatherings
from tracker.extract.telling_actors import retold
from tracker.extract.units import segment

from tracker.extract.readouts import fold_readouts; from tracker.extract.modal_calls import modal_proposals; from tracker.extract.mediator_meetings import mediator_meetings  # 260, 268; 1310; 1311
from tracker.extract.reported_accords import date_reported_accords
from tracker.extract.welcomed_accords import welcomed_accords
from tracker.extract.sidelines import sideline_editions
from tracker.extract.summits import council_heads, leaders_held, leaders_met
from tracker.extract.known_heads import known_head
from tracker.extract.round_subjects import round_subjects
from tracker.extract.tail_speakers import fold_respoken, tail_speakers
from tracker.extract.quoted_names import learn_quoted_names
from tracker.extract.clause_actors import split_clause_actors
from tracker.extract.quoted_plans import first_person_plans
from tracker.extract.briefings import briefed_about
from tracker.extract.backrefs import back_reference_venues, drop_timing_speech, fold_back_references, within_venues
from tracker.extract.documents import drop_document_content
from tracker.extract.confirmations import fold_confirmations
from tracker.extract.standing_bodies import commission_sessions  # round 353
from tracker.extract.said_days import news_day  # rounds 455, 470
from tracker.extract.statement_days import date_by_statement_before  # round 1055
from tracker.extract.borders import border_venues  # round 457
from tracker.extract.headline_tense import headline_in_present
from tracker.extract.headline_venues import headline_venues
from tracker.extract.headline_events import headline_event, headline_told  # round 1030
from tracker.extract.fronted_dates import date_fronted_gathering  # round 1126
from tracker.extract.fronted_gatherings import fronted_venues  # round 991
from tracker.extract.quoted_calls import calls_in_quotes, continues_previous, document_quote  # rounds 354, 562
from tracker.extract.confirmed_plans import confirmed_plans  # round 566
from tracker.extract.prefilter import fast_start, forget_article
from tracker.extract.accords_extended import settle_extensions
from tracker.extract.undated_pages import fixed_dates_only
from tracker.extract.talks_topics import in_talks, talks_about_talks  # rounds 480, 482
from tracker.extract.renamed_visits import renamed_visit  # round 487
from tracker.extract.framed_visits import framed_visit  # round 1168
from tracker.extract.appointments import answered_by_subject, appointed  # rounds 489, 1156
from tracker.extract.party_decisions import by_own_parties  # round 1180
from tracker.extract.told_gatherings import date_told_gatherings  # round 532
from tracker.extract.undated_events import date_undated
from tracker.extract.agreed_gatherings import agreed_at_gathering, outcome_of_talks  # rounds 543, 1306
from tracker.extract.summit_accords import agreed_at_summit  # round 1091
from tracker.extract.passing_rounds import fold_passing_rounds  # round 610
from tracker.extract.round_numbers import count_from_story, unnumber_inaugural  # rounds 590, 591
from tracker.extract.story_process import headline_process, once_named_process  # rounds 592, 1155
from tracker.extract.topics import STORY, topic_processes, unit_of  # round 1000
from tracker.extract.series_talks import series_talks
from tracker.extract.talk_sides import drop_homonyms, keeps_story, sentence_parties, sides_process  # rounds 660-661
from tracker.extract.war_tolls import drop_war_tolls  # round 614
from tracker.extract.arrivals import fold_told_arrivals, gatherings_arrived_for  # rounds 696, 870
from tracker.extract.accord_venues import accord_venues  # round 1145
from tracker.extract.organ_sessions import organ_session  # an organ's numbered meeting (round 1138)
from tracker.extract.community_leaders import community_leader  # no head of state (round 1167)
from tracker.extract.delegation_sessions import sides_session  # the two sides' delegations (round 1165)
from tracker.extract.talks_trips import fold_trips, headline_trip, talks_trips  # a trip told as going to talks (round 1185)
from tracker.extract.delegation_arrivals import sessions_arrived_for  # a side's delegation arriving (round 1186)


@dataclass
class Extraction:
    """What one article gave: its candidate events, the actors it introduced, and notes for the user."""

    article: Article
    events: list[Candidate]
    roster: Roster
    notes: list[str] = field(default_factory=list)
    language: str | None = None  # the language of a text the rules do not read (they read English only)

    def process_name(self, key: str | None) -> str | None:
        """The display name of a process key."""
        entry = self.roster.lexicon.processes.get(key) if key else None
        return entry.name if entry else None


def _fold_halted(candidates: list[Candidate]) -> list[Candidate]:
    """"The talks were scheduled for June 20. On Monday they were postponed": the planned event told before is the one put
    off (its day stays; "postponed to July 5" gives the new one), not an event of the day of the postponement."""
    out: list[Candidate] = []
    for c in candidates:
        target = next((m for m in reversed(out) if m.future and not m.halted and m.event_type not in SPEECH_TYPES
                       and not m.reference and c.paragraph - m.paragraph <= 2), None) if c.halted else None
        if target is None or set(c.actors) - set(target.actors) or (c.round_number or target.round_number) != (target.round_number or c.round_number):
            out.append(c)
            continue
        target.halted = c.halted
        if c.future and c.first is not None:
            target.first, target.last, target.precision, target.dated_by = c.first, c.last, c.precision, c.dated_by
        target.evidence += [e for e in c.evidence if e not in target.evidence]
    return out


def _confidence(c: Candidate) -> float:
    score = {"text": 0.85, "context": 0.7, "publication": 0.6, "none": 0.5}[c.dated_by]
    if c.event_type in SPEECH_TYPES and c.quotes:
        score += 0.05
    if not c.actors and c.event_type != "talk_round":
        score -= 0.2
    if c.process:
        score += 0.05
    return round(max(0.1, min(score, 0.99)), 2)


#: A numbered session of a body: "the 43rd session of the UN Human Rights Council"
#: Forums and multilateral bodies' meeting series, whose numbered gatherings are meetings (round 872)
_CONFERENCES = frozenset(gazetteer.FORUMS + gazetteer.CONFERENCE_SERIES)
_SESSION_OF = fast_start(re.compile(r"\b(?:session|sitting|meeting)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w.'’-]*\s*){1,6})"))
#: Two officials' bilateral talks ("Wang Yi held talks on Wednesday with James Kelly"): a meeting, even in a standing process
_TALKS_WITH = re.compile(r"\b(?:held|hold|holds|had|holding)\s+(?:[\w-]+\s+)?talks\s+(?:[\w-]+\s+){0,4}?with\b")
_TALKS_WORD = re.compile(r"\b(?:talks|negotiations|discussions|round|session)\b", re.I)
_HEAD_TITLE = re.compile(r"^(?:president|prime minister|chancellor|king|emir|sultan|crown prince|head of state|leader)$")
def _speaks_for(key: str, roster: Roster) -> str | None:
    """The state or body an official or ministry speaks for: the nearest above it in its chain (round 497), so the IAEA's
    director general speaks for the agency, not for the UN it reports to; else the top of the chain."""
    for above in roster.ancestors(key)[1:]:
        entry = roster.entry(above)
        if entry is not None and entry.kind in ("state", "organisation", "group"):
            return above
    return roster.state_of(key)


def _named_in(units: list, quotes: list[str], roster: Roster) -> set[str]:
    """The keys of the actors the article names anywhere, by name, adjective or capital."""
    return {m.key for t in [u.text for u in units] + list(quotes) for m in roster.lexicon.scan(t)
            if m.role in ("actor", "adjective", "capital")}


def _renamed_capitals(roster: Roster, texts: list[str]) -> None:
    """A renamed capital as this article writes it ("Nur-Sultan" for Astana, gazetteer.CAPITAL_NAMES), so that "the
    Kazakh capital" on a page with no date is named as the article names it (docs/extraction.md, venue; round 524)."""
    for capital, names in gazetteer.CAPITAL_NAMES.items():
        written = next((name for *_, name in names if any(name in t for t in texts)), None)
        if written is None:
            continue  # (tested first: the state is looked up among some 250 capitals)
        state = next((k for k, city in roster.lexicon.capitals.items() if city == capital), None)
        if state and written and state not in roster.spelled and roster.lexicon.place(written):
            roster.spelled[state] = written


def extract_article(article: Article, lexicon: Lexicon, today: dt.date | None = None, english: bool = False, *,
                    learned: bool = True) -> Extraction:
    """The candidate events of one article, merged, dated and given their process.

    A year-less dateline or timestamp gets its year inferred (see `infer_year`; `today` bounds it), with a note
    and a lower confidence. `learned=False` is the rule stage: the events as the rules leave them, before the two
    learned steps (`keep.py`, `actor_choice.py`), with the hand-set confidence. Tests of a rule read it, so that
    retraining the models (on a grown dev split) cannot move what they check; the product always runs `learned=True`.
    """
    lexicon.forget()
    forget_article()  # sentences' word sets and the like (`prefilter.per_article`)
    roster = Roster(lexicon)
    notes: list[str] = []
    language = None if english else foreign_language(f"{article.title or ''}\n{article.body}")
    if glossable(language):  # Spanish and French: read through a word-for-word gloss (`gloss.py`, round 210)
        return read_glossed(article, language, lambda english: extract_article(english, lexicon, today, english=True,
                                                                                 learned=learned))
    if language is not None:  # say so, rather than give an empty list as if the text reported nothing
        notes.append(f"{article.label}: the text is in {language}; {UNREAD}, so nothing was extracted")
        return Extraction(article, [], roster, notes, language)
    guessed = None if article.anchor is not None else infer_year(article, today or dt.date.today())
    if guessed is not None:
        article, note = guessed
        notes.append(note)
    if article.anchor is None:  # read against two probe days; what moves between them is left undated
        reading, undone = fixed_dates_only(lambda probed, actors: _read(probed, lexicon, [], False, learned, actors), article,
                                           today or dt.date.today())
        for c in reading.events:  # dated anew by `fixed_dates_only`: the hand-set score, then the model's from it
            c.confidence = _confidence(c)
            if learned:
                c.confidence = undated_page_confidence(c, reading.roster, len(reading.events), reading.events)
        notes.append(f"{article.label}: no publication date found (no timestamp, header or dated dateline); "
                     + (f"{undone} event(s) dated by a weekday, a relative or a year-less day are left undated: give the "
                        "publication date (`--published YYYY-MM-DD`) to date them" if undone else
                        "only the dates the text gives in full are used"))
        return Extraction(article, reading.events, reading.roster, notes + reading.notes)
    return _read(article, lexicon, notes, guessed is not None, learned)


def _read(article: Article, lexicon: Lexicon, notes: list[str], guessed: bool, learned: bool = True, actors: bool = True) -> Extraction:
    """The candidate events of an English article with a publication date (`guessed`: its year was inferred;
    `learned`: run the learned steps after the rules; `actors`: the last of them too, which changes only actors)."""
    remap = context_remap(f"{article.title or ''}\n{article.body}", lexicon.processes)  # "the Jeddah talks" on Ukraine
    if remap != lexicon.remap:  # what the lexicon read under another reading of shared names is dropped; an article
        lexicon.forget()  # read twice (a page with no date, `undated_pages`) reuses its first reading's names
        lexicon.remap = remap
    roster = Roster(lexicon)
    anchor = article.anchor
    units, quotes = segment(_before_chrome(article.paragraphs))
    for text in [u.text for u in units] + quotes:  # the capitals as this article spells them ("Kiev", "Kyiv")
        for m in lexicon.scan(text):
            if m.role == "capital":
                roster.spelled.setdefault(m.key, m.text)
    _renamed_capitals(roster, [u.text for u in units] + quotes)
    candidates: list[Candidate] = []
    pending: list[int] = []
    pending_paragraph = None  # where the bare quotes stand (round 354)
    captions = _captions(units)
    here = anchor  # the day a later wire item's own dateline gives its "today" and weekdays (round 624)
    for order, unit in enumerate(units):
        if order and unit.paragraph != units[order - 1].paragraph:
            here = item_day(unit.text, article.published_at) or here
        found = unit_candidates(unit, order, quotes, roster, here, article.dateline_place)
        settle_extensions(unit.text, found)  # "the deal will be extended, X said": the accord that day (1025)
        date_reported_accords(unit.text, found)  # "X and Y said on Monday that they had reached a deal": that day (1150)
        found += welcomed_accords(unit.text, unit.raw, found, roster, here, unit.paragraph, order)  # "welcomes the agreement reached on May 3" (1151)
        found += listed_gatherings(unit.text, unit.raw, found, roster, here, unit.paragraph, order)  # "met in A in May 2018, in B in June 2019" (1085)
        found += earlier_sessions(unit.text, unit.raw, found, candidates, roster, here, unit.paragraph, order)  # "the previous one took place in May" (1086)
        found += named_gatherings(unit.text, unit.raw, found, candidates, roster, here, unit.paragraph, order)  # "talks in Oslo last month", "ahead of a planned summit in June" (1175, 1176)
        date_fronted_gathering(unit.text, found, here)  # "In June 2023, at the 20th meeting, X proposed" (1126)
        round_subjects(unit.text, found, roster)  # "Delegations from X and Y have begun a fifth round" (round 401)
        drop_discussed(unit.text, found, roster)  # "talks to discuss a summit between X and Y": X and Y no parties (402)
        first_person_plans(found, [quotes[i] for i in unit.quotes])  # "'We will come …,' X said": X's plan (499)
        split_clause_actors(found, unit.text, roster)  # "X visited A while Y will travel to B": each its own (492)
        learn_quoted_names([quotes[i] for i in unit.quotes], roster)  # "President X" in a quote, then "X said" (490)
        if order in captions:
            continue  # a photo caption is no event (docs/extraction.md); the names it gives are still known
        speech = [c for c in found if c.event_type in SPEECH_TYPES]
        issuer = document_quote(unit.text) and next((c for c in reversed(candidates) if c.event_type in SPEECH_TYPES
                                                     and unit.paragraph - c.paragraph <= 2), None)
        if issuer:  # "“…,” the statement said": the words of whoever issued it, told just before (round 562)
            issuer.quotes += [(issuer.speaker, quotes[i]) for i in unit.quotes]
            candidates += [c for c in found if c.event_type not in SPEECH_TYPES]
            continue
        if unit.bare:
            pending += unit.quotes
            pending_paragraph = unit.paragraph
            candidates += [c for c in found if c.reference]
            continue
        if pending and speech and not continues_previous(candidates, pending_paragraph, unit.paragraph):
            speech[0].quotes = [(speech[0].speaker, quotes[i]) for i in pending] + speech[0].quotes
            pending = []
        elif pending:
            previous = [c for c in candidates if c.event_type in SPEECH_TYPES]
            if previous:
                previous[-1].quotes += [(previous[-1].speaker, quotes[i]) for i in pending]
            pending = []
        candidates += found
    if pending:
        previous = [c for c in candidates if c.event_type in SPEECH_TYPES]
        if previous:
            previous[-1].quotes += [(previous[-1].speaker, quotes[i]) for i in pending]
    calls_in_quotes(candidates)  # a call in the speaker's continued words (round 354)
    confirmed_plans(candidates, anchor)  # "also confirmed the trip" of a visit to come (round 566)
    votes = process_votes([article.title or "", article.title or ""] + [u.text for u in units] + quotes, lexicon)  # the headline counts twice
    drop_homonyms(votes, [article.title or ""] + [u.text for u in units] + quotes, lexicon)  # another's talks (660)
    if not votes:
        text = f"{article.dateline_place or ''}\n{article.title or ''}\n{article.body}"
        cued = paired_story(text, lexicon) or named_process(text, lexicon) or paired_talks(text, lexicon)  # (1265, 1295)
        if cued:
            votes[cued] = 1
    outnamed(article.title or "", article.body, votes, lexicon)  # talks the gazetteer lacks, named most (round 199)
    opening = next((u.text for u in units if not u.bare and len(u.text.split()) >= 8), "")
    once_named_process(f"{article.dateline_place or ''}\n{article.title or ''}\n{article.body}", f"{article.title or ''}\n{opening}",
                       votes, lexicon)  # a process named once in a story its cues tell throughout (1155)
    headline_process(article.title or "", opening, votes, lexicon)  # a process the headline implies, another in the background (592)
    sides_process(article.title or "", opening, votes, f"{article.title or ''}\n{article.body}", lexicon)  # X and Y's own talks (661)
    dominant = votes.most_common(1)[0][0] if votes else None
    topics = topic_processes(article.title or "", units, lexicon)  # a briefing's topics: each its own process (1000)

    def story(c: Candidate) -> str | None:
        """The process an event with none of its own takes: the story's, or on a page of several topics its topic's."""
        at = unit_of(c.evidence[0] if c.evidence else "", c.paragraph, units) if topics is not None else None
        return dominant if at is None or topics[at] == STORY else topics[at]
    venues = functools.lru_cache(maxsize=1)(lambda: process_venues([(u.text, True) for u in units], dominant, roster,
                                                                    article.dateline_place, anchor))  # read when asked
    for c in candidates:
        if c.event_type in ("talk_round", "meeting") and not c.processes and (key := story(c)) and tied(c, key, roster, venues):
            c.processes = [key]
    heads = head_sentences(units, candidates, roster)  # placed by `join_heads` below (round 271)
    _context_actors(units, candidates, dominant, roster, quotes, article.title, heads)
    lead = next((i for i, u in enumerate(units) if not u.bare and i not in captions and len(u.text.split()) >= 8
                 and re.search(r"[.!?][\"”’]?\s*$", u.raw)), -1)  # the first whole sentence, not a headline left in the body
    events, trips = talks_trips(gatherings_arrived_for(fold_told_arrivals(merge_candidates(_fold_halted(candidates), roster))), roster)
    events = join_closings(date_sequels(date_undated(date_by_next_sentence(date_later_periods(date_told_gatherings(events, roster)),
                                                                            [(i, u.text) for i, u in enumerate(units)], anchor), anchor, roster, lead,
                                                                news_day([u.text for u in units[lead:lead + 2]] if lead >= 0 else [], anchor),
                                                                headline_in_present(article.title))), anchor)
    join_lengths(events, numbered := [(i, u.text) for i, u in enumerate(units)])  # "… met on March 3. The talks lasted three days." (259)
    join_told_lengths(events, numbered, anchor)  # "… began talks on Wednesday." + "… after three days of talks" (1320)
    date_by_statement_before(events, numbered, anchor)  # "In a statement on Saturday, …" (1055)
    join_told_ends(events, anchor)  # "… round … started on October 14." + "The first round ended on October 22" (1056)
    join_told_starts(events, anchor)  # "… ended on Friday." + "The third round … began on Thursday" (1131)
    events += sideline_editions(events)  # "met … on the sidelines of the 9th Ministerial Conference …": it too (round 376)
    for c in events:
        if c.lasts and c.dated_by == "text":
            extend_by_duration(c, c.lasts)  # "… began on Saturday. The negotiations, set to last 11 days, …" (round 160)
    ahead = functools.lru_cache(maxsize=1)(lambda: process_venues([(u.text, True) for u in units], dominant, roster,
                                                                   article.dateline_place, anchor, ahead=True))
    named_in = functools.lru_cache(maxsize=1)(lambda: _named_in(units, quotes, roster))  # read once, when needed
    led_group = functools.lru_cache(maxsize=None)(lambda k: community_leader(  # per person, once (round 1167)
        roster.name(k), [article.title or ""] + [u.text for u in units], lexicon))
    for c in events:
        for key, role in list(c.actors.items()):  # an official or ministry speaks for its state
            entry = roster.entry(key)
            state = _speaks_for(key, roster)
            if entry is not None and entry.kind not in ("state", "organisation") and state and state != key:
                c.actors.setdefault(state, role)
            if key in roster.ministry_of:  # "Foreign Ministry spokesman X": the ministry speaks too, and its state (406)
                for k in filter(None, (roster.ministry_of[key], roster.state_of(roster.ministry_of[key]))):
                    c.actors.setdefault(k, role)
        own = Counter(k for k in c.processes if votes.get(k, 0) > 0)
        key = story(c)
        c.process = max(own, key=lambda k: (own[k], votes[k])) if own else (key if c.event_type != "decision" or DEAL_LEFT.search(c.evidence[0])
                                                                              or key and cued_process(c.evidence[0], lexicon) == key
                                                                              or appointed(c.evidence[0])
                                                                              or by_own_parties(c, key, roster) else None)  # (1156, 1180)
        # a decision whose own sentence carries the story's cues ("named envoy to the Western Sahara conflict"): it (436)
        if not own and c.process is not None and c.event_type not in SPEECH_TYPES:
            implied = cued_process(c.evidence[0], lexicon)  # "discussed a potential peace treaty during a phone call" in a
            if implied is not None and implied != c.process \
                    and c.process in lexicon.processes \
                    and lexicon.processes[c.process].name.lower() not in c.evidence[0].lower() \
                    and not keeps_story(c.process, implied, sentence_parties(c, roster), lexicon):  # Minsk Group story: the
                c.process = implied  # peace process the sentence implies, unless it names the story's by name (597)
        if not own and c.event_type not in SPEECH_TYPES and not tied(c, c.process, roster, venues):
            c.process = None  # a meeting of other parties told next to the story's talks is none of them
        parties = {roster.state_of(k) for k in c.actors if c.actors[k] != "mediator"} - {None}
        if c.event_type in SPEECH_TYPES and parties and (partner := talks_partner(c.evidence[0], lexicon)):
            parties.add(partner)  # "Washington … looks forward to resuming talks with North Korea": their process (593)
        pairs = two_party(lexicon)
        pair = next((k for k in pairs if set(lexicon.members.get(k, [])) == parties and k != c.process), None) \
            if c.process in pairs and set(lexicon.members.get(c.process, [])) != parties else None
        # one two-party process for another, never a broader format, nor one of the same two parties (India and China
        # hold both corps commander and special representatives talks: the story's own stays)
        if pair and c.event_type in ("summit", "meeting", "talk_round", "call", "agreement"):
            c.process = pair  # "the summit between Kim Jong-un and Donald Trump" in an inter-Korean story: their own process
        if not own or set(own) == {dominant} and not names_process(c.evidence, dominant, lexicon):  # the process the
            # event's own parties point to, not the story's one that it only took as a session of it (round 196)
            c.process = by_parties(c.event_type, c.process, parties, set(votes), lexicon)
            c.process = standing_talks(c.event_type, c.process, lexicon)  # talks in a story on the parties' prisoner swap
        if ranges_over(c, lexicon):
            c.process = None  # "discussed Syria, Libya and the grain deal": several processes, none (round 234)
        members = lexicon.members.get(c.process or "", [])
        if not c.actors and c.event_type in ("talk_round", "summit") \
                and c.process and (lexicon.processes[c.process].name in gazetteer.TWO_PARTY_PROCESSES
                                   or named_pair(c.process, lexicon)):  # or one named from the text: "X-Y border talks"
            c.actors = {k: "participant" for k in members}  # "the inter-Korean summit": the process's parties
        elif not c.actors and c.event_type in ("talk_round", "summit", "meeting") and c.process and members \
                and (lexicon.processes[c.process].name in gazetteer.PARTY_PROCESSES or c.process in two_party(lexicon)
                     or lexicon.processes[c.process].name in gazetteer.SEATED_PROCESSES) \
                and set(members) <= named_in():  # (a meeting of a two-party process too: round 122)
            c.actors = {k: "participant" for k in members}  # "the fourth ministerial meeting of the Luanda process": its
            # parties, when the article names every one of them (docs/extraction.md, "Actors": the members it names)
        heads = [k for k in c.actors if _HEAD_TITLE.search(roster.titles.get(k, ""))]
        heads += [k for k in council_heads(c, roster.titles) if heads and k not in heads]  # a council's chair (356)
        if heads:  # "President X met his Turkish counterpart Y": the counterpart of a head of state is one too
            heads += [k for k in c.actors if roster.titles.get(k, "").lower() == "counterpart" and k not in heads]
        heads += [k for k in c.actors if k not in roster.titles and k not in heads and known_head(roster.name(k))
                  and (roster.entry(k) or Entry("", "", "")).kind == "official"]  # named bare: "Putin met Erdogan" (823)
        if any(roster.titles.get(k) == "leader" for k in heads):  # "the Turkish Cypriot leader", "X, leader of the
            heads = [k for k in heads if roster.titles.get(k) != "leader" or not led_group(k)]  # opposition" (1167)
        if c.event_type == "agreement" and c.evidence and agreed_at_summit(c.evidence[0], len(heads)) and not any(
                x.event_type in ("summit", "meeting", "talk_round") and c.evidence[0] in x.evidence for x in events):
            c.event_type = "summit"  # "X and Y agreed … during their first summit": the heads' summit (round 1091)
        if c.event_type in ("meeting", "talk_round") and any(leaders_held(e) for e in c.evidence) \
                and not (c.round_number and re.search(r"(?i)\b(?:round|session)s?\b", c.evidence[0])) \
                and not re.search(r"(?i)(?<!prime\s)\bministers\s+(?:of|from)\b", c.evidence[0]):  # ministers' own meeting beside it
            c.event_type, c.round_number = "summit", None  # "The first meeting … was held in France, when the leaders of
            # X, Y and Z held talks": a summit, whose ordinal numbers no round (round 170)
        if (c.event_type == "meeting" or c.event_type == "talk_round" and not c.round_number and not c.talks
                and not _TALKS_WORD.search(c.evidence[0])) and len(heads) >= 2 and not _SEPARATELY.search(c.evidence[0]):
            # heads meeting: a summit, also a "meeting" of standing talks that no talks word names a session (round 645)
            c.event_type = "summit"
        body = _SESSION_OF.search(c.evidence[0]) if c.event_type == "talk_round" and c.round_number else None
        body = next((m.key for m in lexicon.scan(body.group("body")) if m.role == "actor" and m.start == 0
                     and lexicon.entries[m.key].kind == "organisation"), None) if body else None
        if body or c.event_type == "talk_round" and c.process and lexicon.processes[c.process].name in _CONFERENCES:
            c.event_type = "meeting"  # "the 43rd session of the UN Human Rights Council", "COP29": a numbered edition of a
            if body:  # body's session or of a forum is a meeting with its number (docs/extraction.md, "Types")
                c.process = None
                c.actors.setdefault(body, "participant")
        standing = bool(c.process) and lexicon.processes[c.process].name in gazetteer.STANDING_PROCESSES
        if (c.at_talks or agreed_at_gathering(c, events)) and c.event_type == "agreement":  # "At talks in X last month,
            # A and B agreed to …", "a meeting … had addressed …, and the parties had agreed": the gathering (rounds 175, 543)
            events += outcome_of_talks(c, "talk_round" if standing else "meeting")  # (175; its own accord: 1306)
        persons = [k for k in c.actors if (roster.entry(k) or Entry("", "", "")).kind == "official"]
        if c.event_type == "talk_round" and not c.round_number and not c.process and not series_talks(c.evidence[0]):
            c.event_type = "meeting"  # no process, no number: talks of a series only when the words say so (round 731)
            if len(heads) >= 2 and not _SEPARATELY.search(c.evidence[0]):
                c.event_type = "summit"  # "talks between President X and Prime Minister Y took place": heads (round 985)
        elif c.event_type == "talk_round" and not c.round_number and c.process and not c.reference \
                and (not standing or _WITH_ENVOYS.search(c.evidence[0])) and not c.talks \
                and not _TALKS_WORD.search(c.evidence[0]):
            c.event_type = "meeting"  # "will hold a meeting on the Normandy format": that process holds no rounds
            if len(heads) >= 2 and not _SEPARATELY.search(c.evidence[0]):
                c.event_type = "summit"  # "a high-level meeting of the X dialogue" with its president and prime minister (170)
        elif c.event_type == "meeting" and c.process and not _MINISTERS_MEETING.search(_event_clause(c.evidence[0])) \
                and standing and (c.talks or in_talks(_event_clause(c.evidence[0]))
                                  or sides_session(_event_clause(c.evidence[0]))  # its delegations, whoever leads (1165)
                                  or not persons and not _NOT_SESSION.search(_event_clause(c.evidence[0]))) \
                and not (len(persons) >= 2 and _TALKS_WITH.search(c.evidence[0])):  # "X held talks with Y": a meeting
            c.event_type = "talk_round"  # "the delegations met in Istanbul" for the grain talks: a session of them
        if talks_about_talks(c):
            c.event_type = "meeting"  # "held talks in Tehran over the Vienna negotiations": about them (round 480)
        if c.event_type == "talk_round" and c.round_number and organ_session(c.evidence[0], lexicon):
            c.event_type = "meeting"  # "the Council, at its 387th meeting", "the 54th ASEAN Ministerial Meeting" (round 1138)
        if renamed_visit(c) or framed_visit(c, events):  # "On her first visit to Rome, X met Y" (round 1168)
            c.event_type = "visit"  # "met officials in Riyadh last week, the first such visit since …" (round 487)
            host = roster.lexicon.state_by_country.get(c.venue[1]) if c.venue and c.venue[1] else None
            if host and host not in {roster.state_of(k) for k in c.actors}:
                c.actors.setdefault(host, "host")  # the country visited is its host, as for a visit verb
        if c.event_type == "talk_round" and c.venue is None and c.first is not None and anchor is not None \
                and not c.future and 0 <= (anchor - c.first).days <= 14 and len(venues().get(c.process or "", ())) == 1:
            c.venue = next(iter(venues()[c.process]))  # the one town the article gives the process's talks, in any sentence
        elif c.event_type == "talk_round" and c.venue is None and c.future and len(ahead().get(c.process or "", ())) == 1:
            c.venue = next(iter(ahead()[c.process]))  # a planned round: the one town of the talks ahead (round 243)
        if c.event_type in SPEECH_TYPES or c.event_type == "call":
            c.venue = None  # statements, calls and announcements have no venue (docs/extraction.md)
        c.confidence = round(max(0.1, _confidence(c) - (0.15 if guessed else 0)), 2)
    events = fold_trips(events, trips, roster)  # "arrived on Thursday to continue the talks" held Friday (1185)
    events = sessions_arrived_for(events, roster, _CONFERENCES)  # "the rebels' negotiating team arrived in Juba" (1186)
    events = fold_passing_rounds(events, roster, anchor)  # "during the second round" for the talks of June 2 (round 610)
    join_heads(units, events, roster, anchor)  # heads of delegation join the talks they lead (round 271)
    government_and_opposition(events, [article.title or ""] + [u.text for u in units], roster)  # bare pair (round 273)
    complete_sessions(events, roster, lexicon, [u.text for u in units] + quotes, two_party(lexicon))  # all its parties (272)
    refine_venues(events, [article.title or ""] + [u.text for u in units], roster)
    briefed_about(events, [u.text for u in units], roster)  # "X informed Y about a conference": no party (round 364)
    events = fold_respoken(events, tail_speakers(events, [u.text for u in units], roster), roster)  # "X welcomes …, Minister Y said": Y speaks (362), with his other words that day (612)
    scene_venues(events, [u.text for u in units], [u.paragraph for u in units], roster)  # "Delegations gathered in X" (247)
    retold_venues(events, [u.text for u in units], [u.paragraph for u in units], roster)  # "… held talks in X" (583)
    arrival_venues(events)  # "will arrive in Brussels on Monday and hold talks with Y on Tuesday" (round 885)
    same_day_persons(events, roster)  # one meeting told twice that day, once with its place (round 385)
    town_named_gatherings(events, roster)  # "the third Doha meeting" (round 387)
    within_venues(events)  # "He will also meet X on Tuesday as part of the event" (round 585)
    fronted_venues(events, roster)  # "During a summit in Brussels on April 6, they agreed …": Brussels (round 991)
    back_reference_venues(events)  # "X and Y held talks in Tehran …" + "At the meeting on Sunday, …": Tehran (round 581)
    spoken_from(events, roster)  # "agreed to a truce, representatives said Friday from Havana" (round 522)
    virtual_gatherings(events)  # "the virtual meeting held on Tuesday": no venue (round 381)
    border_venues(events, roster)  # "held … at the border between the countries": their border (round 457)
    headline_venues(events, article.title, roster)  # "Trade talks resume in Oslo": the first gathering's (round 804)
    accord_venues(events, roster)  # "Following the meeting, a protocol was signed": the meeting's place (round 1145)
    retold(events, units, roster)  # "The meeting at X …" told again (1225); "X joined the meeting" (1240)
    events.sort(key=lambda c: c.order)
    events = mediator_meetings(leaders_met(fold_back_references(modal_proposals(fold_readouts(events))), roster.titles))  # a readout (260); "hosted the leaders of X and Y" (268); "the meeting" again (341); "X said Y should act" (1310); one side with the mediators (1311)
    events = drop_war_tolls(drop_document_content(drop_timing_speech(events)))  # "came hours after Y said" (342), "the deal
    # calls for" (343), "the army said it had killed 20,000 fighters" (614)
    events = drop_conditional(fold_confirmations(events))  # "have confirmed their participation" (348); "whether … will" (422)
    events = fold_visit_meetings(events)  # "concluded a visit to X, during which he held talks with Y" (round 442)
    events = fold_visit_referents(events)  # "During the visit, he met Y": the article's one visit (round 770)
    events = commission_sessions(events, [u.text for u in units])  # a joint commission's session: a round (353, 481)
    events = answered_by_subject(events, roster.name)  # "X rejected Y as envoy": X decides (489)
    events = count_from_story(unnumber_inaugural(events))  # "held their first meeting": no round 1 (590); "the next round" (591)
    told = headline_told(article.title, article.body)  # an act the headline alone reports (round 1030)
    if told and (extra := headline_event(told, events, roster, anchor, dominant, lambda k: _speaks_for(k, roster))) \
            and (extra := headline_trip(extra, events, roster)):  # a trip to talks: the talks (round 1185)
        events.insert(0, extra)
    events = drop_twice_told(events)  # one act read twice from one sentence, equal in all that is scored (round 1041)
    if not learned:  # the rule stage (`extract_article(learned=False)`)
        return Extraction(article, events, roster, notes)
    events = choose_dates(events, anchor)  # an undated event's day, where a model is sure of one in view (`date_choice.py`, 1161)
    events = keep_likely(events, roster, guessed, anchor)  # learned confidence; the surest spurious dropped (`keep.py`, issue 10)
    events = choose_actors(events, roster, named_in()) if actors else events  # the actors a model finds likely in the pool (a21)
    return Extraction(article, events, roster, notes)
