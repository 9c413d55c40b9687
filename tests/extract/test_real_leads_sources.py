"""Round 20, on sentences of our own: a long first sentence is the lead, a speaker quoted by a newspaper, and an
unnamed official of a process's talks with the organisation before the title."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 9, 1)


def _events(text: str, lexicon: Lexicon):
    extraction = extract_article(parse_text(text, "own"), lexicon, today=TODAY)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_a_long_first_sentence_without_a_speech_verb_is_the_lead(lexicon) -> None:
    text = ("published: 2023-06-02\n\nNorway and Chile agreed Friday to hold talks later this month about fisheries, "
            "port fees, quota swaps and scientific exchange in the southern waters.\n\nThe agreement followed a meeting "
            "in Oslo.")
    assert ("agreement", dt.date(2023, 6, 2)) in [e[:2] for e in _events(text, lexicon)]


def test_a_speaker_quoted_by_a_newspaper(lexicon) -> None:
    text = ("published: 2023-06-02\n\nTalks\n\nChilean Foreign Minister Ana Torrealba was quoted by a Spanish newspaper "
            "on Thursday as saying the talks would resume.")
    events = _events(text, lexicon)
    assert any(kind == "statement" and first == dt.date(2023, 6, 1) and "Ana Torrealba" in actors
               for kind, first, actors in events)


def test_an_unnamed_coordinator_of_a_process_talks_speaks_for_the_organisation(lexicon) -> None:
    text = ("published: 2022-08-03\n\nTalks\n\nLast week, the EU coordinator of the JCPOA talks called on all parties "
            "to accept the text.")
    assert [(kind, actors) for kind, _, actors in _events(text, lexicon)] == [("proposal", ["European Union"])]
