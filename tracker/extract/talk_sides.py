"""The process a story's own parties allow: a known process is not taken where the text's parties are others (rounds 660-661).

A known process was taken from its name or a place alone when the parties the text names were others: "the previous
Geneva talks" (a China-US round) gave the Syrian Geneva process to a China-US trade story, "the meeting of the Special
Representatives" (of Türkiye and Armenia) the India-China track, and "Doha" with "Afghan" the US-Taliban Doha talks to
the Pakistan-Afghanistan rounds. The issue's rule: an unknown process becomes a new candidate process named from the
text, not a wrong known one.
- `drop_homonyms`: a process named in an article that names states but none of the process's own (its members and the
  states of its subject) is another's name for other talks: its votes are dropped (round 660).
- `sides_process`: two states the headline or lead names as the two sides of talks ("X and Y held talks", "talks
  between X and Y") whose story process, taken from a cue or named at most twice, does not know both, hold talks of
  their own: the one known process of exactly those two, or one whose cues fit and know both, or a new candidate
  "<X>-<Y> talks", the two in alphabetical order (round 661; the order since round 1331).
- `keeps_story`: a sentence's cue does not take an event from the story's process when the story's process knows a
  party of the event that the cued one does not (round 661).
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.extract import gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.pair_names import pair_candidate
from tracker.extract.partyprocess import pair_process
from tracker.extract.prefilter import gated
from tracker.extract.processes import _cues, _fits

_STATE_ROLES = ("actor", "adjective", "capital")


def states_in(texts: list[str], lexicon: Lexicon) -> dict[str, set[str]]:
    """The states `texts` name (by name, adjective or capital), each with the words that name it."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in lexicon.scan(text):
            entry = lexicon.entries.get(m.key) if m.role in _STATE_ROLES else None
            if entry is not None and entry.kind == "state":
                out.setdefault(m.key, set()).add(text[m.start:m.end])
    return out


def _own_states(key: str, lexicon: Lexicon) -> set[str]:
    """A process's own states: its members and the states its subject names."""
    own = set(lexicon.members.get(key, [])) | set(lexicon.subjects.get(key, []))
    return {k for k in own if (e := lexicon.entries.get(k)) is not None and e.kind == "state"}


def _names_a_state(surface: str, lexicon: Lexicon) -> bool:
    """Whether a process's name as written holds a state's word ("Syrian Constitutional Committee", "Astana talks")."""
    return any(m.role in _STATE_ROLES and (e := lexicon.entries.get(m.key)) is not None and e.kind == "state"
               for word in re.split(r"[\s-]+", surface) if word[:1].isupper() for m in lexicon.scan(word))


def drop_homonyms(votes: Counter, texts: list[str], lexicon: Lexicon) -> None:
    """Drop the votes of a process none of whose own states the article names, when it names two states or more of its
    own and names the process only by words that name no state ("Geneva talks", "the Special Representatives") (660)."""
    if not votes:
        return
    judged = {k for k in votes if _own_states(k, lexicon)}  # a forum, a process of unknown parties: nothing to compare
    if not judged:
        return
    for text in texts:
        for m in lexicon.scan(text):
            if m.role == "process" and m.key in judged and _names_a_state(text[m.start:m.end], lexicon):
                judged.discard(m.key)  # named by a name that says whose it is
    named = states_in(texts, lexicon) if judged else {}  # (read only when a process is left to judge)
    for key in judged:  # two states at least: the two sides of other talks (one may be a speaker's, as a Norwegian envoy)
        if len(named) >= 2 and not _own_states(key, lexicon) & set(named):
            del votes[key]  # "the previous Geneva talks" in a China-US story: their own round, not Syria's process


def knows(key: str, state: str, words: set[str], lexicon: Lexicon) -> bool:
    """Whether process `key` holds `state`: a member, a state of its subject, or named by one of its cues (`words`: the
    text's words for the state, "Pakistani", "Islamabad")."""
    if state in _own_states(key, lexicon):
        return True
    name = lexicon.processes[key].name if key in lexicon.processes else None
    return any(p.search(w) for cue, line in _cues() if cue == name for p in line for w in words)


_TALKS = r"(?:talks|negotiations|dialogue|consultations|round|rounds)"
#: after "<X> and <Y>": a verb of holding talks before the talks noun ("are holding a second round of talks")
_HOLD_AFTER = gated(re.compile(r"^(?:['’]s?)?(?:\s+[\w-]+){0,3}?\s+(?:(?:are|were|will|have|has|had|to)\s+)?(?:hold|holds|held|holding|"
                               r"began|begin|begins|started|start|opened|open|resumed|resume|resumes|resuming|concluded|conclude|"
                               r"continued|continue|continues|launched|launch|met|meet|meets)\b[^.;]{0,60}?\b" + _TALKS + r"\b", re.I))
#: before "<X> and <Y>": "talks between", "the second round of negotiations between"
_BETWEEN = re.compile(r"\b" + _TALKS + r"\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?$", re.I)
#: "tensions between X and Y …, delegations of the two countries held negotiations"
_BETWEEN_HELD = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_TWO_HELD = gated(re.compile(r"\b(?:of|from)\s+the\s+two\s+(?:countries|sides|neighbou?rs|states)\s+(?:have\s+|had\s+)?"
                             r"(?:held|hold|began|opened|resumed|met)\b[^.;]{0,40}?\b" + _TALKS + r"\b", re.I))


def talk_sides(text: str, lexicon: Lexicon) -> tuple[str, str, dict[str, set[str]]] | None:
    """The two states `text` names as the two sides of talks, in its order, with their words, if it does."""
    found = [m for m in lexicon.scan(text) if m.role in _STATE_ROLES
             and (e := lexicon.entries.get(m.key)) is not None and e.kind == "state"]
    for a, b in zip(found, found[1:]):
        if a.key == b.key or not re.fullmatch(r"\s+(?:and|&)\s+(?:the\s+)?", text[a.end:b.start], re.I):
            continue
        before, after = text[max(0, a.start - 60):a.start], text[b.end:b.end + 120]
        if _HOLD_AFTER.search(after) or _BETWEEN.search(before) \
                or _BETWEEN_HELD.search(before) and _TWO_HELD.search(after):
            return a.key, b.key, {a.key: {text[a.start:a.end]}, b.key: {text[b.start:b.end]}}
    return None


#: Times a process may be named and still yield to the sides the headline or lead names (as `story_process` counts)
_BACKGROUND = 2


def sides_process(title: str, lead: str, votes: Counter, text: str, lexicon: Lexicon) -> str | None:
    """The process of the two sides of talks the headline or lead names, made the article's most voted, when the story's
    process (cued, or named at most twice) does not know both (round 661). A story with no process keeps none: the rule
    mends a wrong known process, it does not make every bilateral meeting a process's session."""
    sides = talk_sides(title, lexicon) if title else None
    sides = sides or talk_sides(lead, lexicon)
    if sides is None:
        return None
    first, second, words = sides
    if not votes:
        return None  # no known process to be wrong: the sentences' rules read the talks as before
    top, count = votes.most_common(1)[0]
    if count > _BACKGROUND or not _own_states(top, lexicon) and lexicon.processes[top].name not in gazetteer.FORUMS:
        return None  # named often, or a process whose parties the gazetteer does not give: the votes decide
    if all(knows(top, k, words[k], lexicon) for k in (first, second)):
        return None
    key = pair_process({first, second}, lexicon)
    if key is None:
        fitting = [name for name, line in _cues() if _fits(line, text)]
        key = next((k for name in fitting for k, e in lexicon.processes.items() if e.name == name
                    and all(knows(k, s, words[s], lexicon) for s in (first, second))), None)
    key = key or pair_candidate(first, second, "talks", lexicon)  # in alphabetical order (1331)
    if key != top:
        votes[key] = count + 1
    return key


def keeps_story(story: str | None, implied: str, parties: dict[str, set[str]], lexicon: Lexicon) -> bool:
    """Whether an event keeps the story's process against the one its sentence's cues imply: the story's knows a party
    of the event (`parties`: state -> the sentence's words for it) that the implied one does not (round 661)."""
    return story is not None and any(knows(story, k, words, lexicon) and not knows(implied, k, words, lexicon)
                                     for k, words in parties.items())




def sentence_parties(c, roster) -> dict[str, set[str]]:
    """The states among an event's parties (not its mediators) its first sentence names, with the words naming them."""
    parties = {roster.state_of(k) for k, role in c.actors.items() if role != "mediator"} - {None}
    return {k: words for k, words in states_in(c.evidence[:1], roster.lexicon).items() if k in parties}


__all__ = ["drop_homonyms", "keeps_story", "knows", "sentence_parties", "sides_process", "states_in", "talk_sides"]
