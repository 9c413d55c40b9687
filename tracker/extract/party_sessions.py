"""A session of a closed format that names some of its parties has them all.

"The third round of the Ankara talks opened on Tuesday, hosted by Türkiye" in a story that names Ethiopia and Somalia
as the format's other parties: the round's parties are the three, as the guideline's group rule gives them for "the
three countries" (docs/extraction.md, "Actors": group phrases are resolved to the members the article names). Only
for the formats whose members are the parties themselves (`gazetteer.PARTY_PROCESSES`, two-party processes), only for
talk rounds (a session of the whole format; a bilateral meeting on its side keeps its own two), only when the round
names no party outside the format and the article names every member. Sessions that name no party at all get the
members in `assemble` already (round 122). Part of `assemble.extract_article`.
"""
from __future__ import annotations

from tracker.extract import gazetteer
from tracker.extract.events import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster


def complete_sessions(events: list[Candidate], roster: Roster, lexicon: Lexicon, texts: list[str], two_party: list[str]) -> None:
    """Give each talk round of a closed format that names part of its parties the rest (see the module's doc). A
    member counts as named by its name or adjective, not by its capital ("met in Luanda" names no Angola)."""
    named = None
    for c in events:
        if c.event_type != "talk_round" or not c.process or c.reference:
            continue
        entry = lexicon.processes.get(c.process)
        members = lexicon.members.get(c.process, [])
        if entry is None or len(members) < 2 or not (entry.name in gazetteer.PARTY_PROCESSES or c.process in two_party):
            continue
        parties = {roster.state_of(k) or k for k, role in c.actors.items() if role != "mediator"} - {None}
        parties = {k for k in parties if (roster.entry(k) is not None and roster.entry(k).kind in ("state", "group"))}
        if not parties or not parties <= set(members) or parties == set(members):
            continue
        named = named if named is not None else {m.key for t in texts for m in lexicon.scan(t) if m.role in ("actor", "adjective")}
        if not set(members) <= named:
            continue
        for key in members:
            c.actors.setdefault(key, "participant")
