"""Types read past the attribution (round 49): the speaker's title at the end of a sentence ("…, the Foreign Minister told
reporters") neither makes a session a ministers' meeting nor its speaker a participant; "said Mexico would host the talks"
makes the talks known; a quote that plans a meeting with its venue is an announcement; a state's words and its
minister's on the same day are one act; texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text
from tracker.extract.lexicon import Lexicon


def _events(body: str, lexicon: Lexicon, headline: str = "Syria talks"):
    # the rule stage: these check what the rules read of an attribution (round 1110's learned fill is judged on the corpora)
    extraction = extract_text(f"published: 2023-05-12\n\n{headline}\n\n{body}", lexicon, learned=False)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_a_speakers_title_at_the_end_does_not_make_a_ministers_meeting(lexicon) -> None:
    events = _events("The next Astana meeting on Syria will take place on June 20, Chile's Foreign Minister Ana Ruiz told "
                     "reporters on Tuesday.", lexicon)
    assert ("talk_round", dt.date(2023, 6, 20), []) in events


def test_the_people_named_in_the_attribution_take_no_part(lexicon) -> None:
    events = _events("The Trilateral Contact Group will converge in Minsk on Wednesday, Jane Roe, press secretary of the "
                     "Ukrainian representative, former Ukrainian President John Doe, said.", lexicon, headline="Donbas")
    assert [e for e in events if e[0] == "talk_round"] == [("talk_round", dt.date(2023, 5, 17), [])]


def test_said_a_state_would_host_the_talks_is_an_announcement(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz said on Tuesday that Mexico would host the talks.", lexicon,
                     headline="Talks")
    assert events[0][:2] == ("announcement", dt.date(2023, 5, 9))


def test_a_quote_that_plans_a_meeting_and_its_venue_is_an_announcement(lexicon) -> None:
    events = _events('"The three countries plan to call a meeting of their foreign ministers, and the venue might be '
                     'Lima," Chilean Foreign Minister Ana Ruiz told journalists on Tuesday.', lexicon, headline="Talks")
    assert [e[0] for e in events] == ["announcement"]


def test_a_state_and_its_minister_speaking_the_same_day_are_one_act(lexicon) -> None:
    events = _events('"The three countries plan to call a meeting of their foreign ministers, and the venue might be Lima," '
                     "Chile's Foreign Minister told journalists on Tuesday.\n\n"
                     '"The date will be set later," said Ana Ruiz, Chile\'s foreign minister.', lexicon, headline="Talks")
    assert [e[0] for e in events] == ["announcement"]
