"""The failure classes that unseen real wires showed (issue 10), each on sentences of our own, not corpus text."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.dates import find_dates
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 6, 1)


def _events(text: str, lexicon: Lexicon, today: dt.date = TODAY):
    extraction = extract_article(parse_text(text, "own"), lexicon, today=today)
    return extraction, [(c, [extraction.roster.name(k) for k in c.actors]) for c in extraction.events]


def test_yearless_dateline_gives_the_round_with_both_days_and_next_sentence_actors(lexicon) -> None:
    text = ("ALMATY, March 3 (Interfax) - The next round of the Astana format talks on Syria will be held in Astana "
            "on March 18-19, a Kazakh diplomat said on Friday. Delegations of Russia, Iran and Turkey, as well as the "
            "Syrian government, will take part in it.")
    extraction, events = _events(text, lexicon)
    rounds = [(c, actors) for c, actors in events if c.event_type == "talk_round"]
    assert len(rounds) == 1
    c, actors = rounds[0]
    assert (c.first, c.last, c.precision) == (dt.date(2023, 3, 18), dt.date(2023, 3, 19), "day")
    assert {"Russia", "Iran", "Türkiye", "Syria"} <= set(actors)
    assert c.venue and c.venue[0] == "Astana" and extraction.process_name(c.process) == "Astana format"
    assert any("no year" in n and "2023-03-03" in n for n in extraction.notes)  # March 3 2023 is a Friday
    assert c.confidence < 0.85


def test_a_page_with_a_yearless_timestamp_takes_the_year_its_weekday_fits(lexicon) -> None:
    text = ("Published: August 14\n\nEnvoys met in Geneva on Monday. The envoys of Norway and Sweden met on Monday "
            "to discuss the draft.")
    extraction, events = _events(text, lexicon)
    assert extraction.article.published_at.date() == dt.date(2023, 8, 14) or dt.date(2023, 8, 14) > TODAY
    assert extraction.article.published_at.date() == dt.date(2022, 8, 14) or extraction.article.published_at.year != 2022
    assert extraction.article.published_at.date().weekday() == 0 and extraction.article.published_at.date() <= TODAY
    assert any("weekday" in n for n in extraction.notes)


def test_without_a_weekday_the_latest_past_occurrence_is_taken(lexicon) -> None:
    text = "ALMATY, July 9 (Interfax) - Norway and Sweden signed a memorandum on fisheries in Oslo."
    extraction, _ = _events(text, lexicon)
    assert extraction.article.published_at.date() == dt.date(2022, 7, 9)
    assert any("latest past occurrence" in n for n in extraction.notes)


def test_a_round_with_its_days_in_the_same_sentence(lexicon) -> None:
    text = ("published: 2023-10-02\n\nThe seventh round of the Astana talks, to be held on October 30-31, will focus "
            "on prisoners, the Kazakh foreign minister said.")
    _, events = _events(text, lexicon)
    rounds = [c for c, _ in events if c.event_type == "talk_round"]
    assert rounds and rounds[0].round_number == 7
    assert (rounds[0].first, rounds[0].last) == (dt.date(2023, 10, 30), dt.date(2023, 10, 31))


@pytest.mark.parametrize("phrase, first, last, precision", [
    ("The talks will resume in early February.", "2024-02-01", "2024-02-10", "month"),
    ("The meeting is planned for mid-September.", "2023-09-11", "2023-09-20", "month"),
    ("A summit is expected in the latter half of the year.", "2023-07-01", "2023-12-31", "month"),
    ("They will meet next week.", "2023-03-06", "2023-03-12", "day"),
    ("Talks were held during the past two days.", "2023-03-02", "2023-03-03", "day"),
    ("The next meeting is planned for late November or early December.", "2023-11-01", "2023-12-31", "month"),
    ("The round will be held by the end of the month.", "2023-03-01", "2023-03-31", "month"),
    ("The ministers met on May 5 last year.", "2022-05-05", "2022-05-05", "day"),
    ("In 2019, the two envoys met on May 5.", "2019-05-05", "2019-05-05", "day"),
])
def test_vague_planned_dates_and_other_years(phrase: str, first: str, last: str, precision: str) -> None:
    found = [d for d in find_dates(phrase, dt.date(2023, 3, 3)) if d.precision != "year"]
    assert [(d.first.isoformat(), d.last.isoformat(), d.precision) for d in found] == [(first, last, precision)]


def test_the_guarantors_are_the_members_of_the_process(lexicon) -> None:
    text = ("published: 2023-06-21\n\nRussia, Iran and Turkey welcomed the Astana talks. The guarantors met in Astana "
            "on Wednesday to discuss detainees.")
    _, events = _events(text, lexicon)
    meeting = next(actors for c, actors in events if c.event_type in ("meeting", "talk_round") and c.first == dt.date(2023, 6, 21))
    assert {"Russia", "Iran", "Türkiye"} <= set(meeting)


def test_both_sides_are_the_two_parties_named_before(lexicon) -> None:
    text = ("published: 2023-06-21\n\nThe foreign ministers of Norway and Sweden met in Oslo on Tuesday. "
            "Both sides agreed on Wednesday to hold a new meeting in the autumn.")
    _, events = _events(text, lexicon)
    agreement = next(actors for c, actors in events if c.event_type == "agreement")
    assert {"Norway", "Sweden"} <= set(agreement)


def test_urging_both_sides_does_not_make_them_speakers(lexicon) -> None:
    text = ("published: 2023-06-21\n\nNorway and Sweden met in Oslo on Tuesday. "
            "Germany on Wednesday urged both sides to respect the deal.")
    _, events = _events(text, lexicon)
    proposal = next(actors for c, actors in events if c.event_type == "proposal")
    assert "Germany" in proposal and "Norway" not in proposal


def _one(text: str, lexicon: Lexicon, event_type: str):
    extraction, events = _events("published: 2023-06-21\n\n" + text, lexicon, today=dt.date(2023, 6, 22))
    found = [(c, actors) for c, actors in events if c.event_type == event_type]
    assert found, f"no {event_type} in {[(c.event_type, a) for c, a in events]}"
    return extraction, found[0][0], found[0][1]


@pytest.mark.parametrize("text, event_type, actors", [
    ("Norway and Sweden signed a memorandum of understanding on fisheries on Tuesday.", "agreement", {"Norway", "Sweden"}),
    ("The foreign ministers of Chile and Peru issued a joint statement on Wednesday.", "agreement", {"Chile", "Peru"}),
    ("The Chilean foreign minister received a telephone call from Norway's foreign minister on Tuesday.", "call",
     {"Chile", "Norway"}),
    ("Delegates of Chile and Peru held talks in Lima on Tuesday.", "meeting", {"Chile", "Peru"}),
])
def test_signings_joint_statements_calls_and_meetings(lexicon, text: str, event_type: str, actors: set[str]) -> None:
    _, c, found = _one(text, lexicon, event_type)
    assert actors <= set(found) and c.first is not None


@pytest.mark.parametrize("text, speaker", [
    ("The talks are going well, said Jane Doerr on Wednesday.", "Jane Doerr"),
    ("According to Peru's foreign minister Ana Cecilia Gervasi, the talks ended on Tuesday.", "Ana Cecilia Gervasi"),
])
def test_speakers_in_patterns_other_than_x_said(lexicon, text: str, speaker: str) -> None:
    _, c, actors = _one(text, lexicon, "statement")
    assert speaker in actors


def test_an_unnamed_source_gives_a_statement_without_actors(lexicon) -> None:
    _, c, actors = _one("The talks are stuck, a diplomatic source told a news agency on Wednesday.", lexicon, "statement")
    assert actors == [] and c.first == dt.date(2023, 6, 21)


def test_present_perfect_news_is_dated_by_publication(lexicon) -> None:
    _, c, actors = _one("Chile's foreign minister has met with Norway's foreign minister in Oslo.", lexicon, "meeting")
    assert c.first == dt.date(2023, 6, 21) and c.dated_by == "publication" and {"Chile", "Norway"} <= set(actors)


def test_a_statement_that_makes_a_future_round_known_is_an_announcement(lexicon) -> None:
    _one("The next round of the Astana talks will be held in Astana in early July, Kazakhstan's foreign minister "
         "Murat Nurtleu said on Wednesday.", lexicon, "announcement")


def test_a_process_the_text_implies_is_taken_over_none(lexicon) -> None:
    # a session of the Jeddah talks between the parties' delegations is a talk round (annotation guideline, round 16)
    extraction, c, _ = _one("Sudan's army and the RSF met in Jeddah on Tuesday for talks on a truce.", lexicon, "talk_round")
    assert extraction.process_name(c.process) == "Jeddah talks"


def test_an_unknown_process_becomes_a_candidate_named_from_the_text(lexicon) -> None:
    extraction, c, _ = _one("Chile-Peru exploratory talks resumed in Lima on Monday.", lexicon, "talk_round")
    assert extraction.process_name(c.process) == "Chile-Peru exploratory talks"


def test_the_dateline_city_is_not_the_venue_unless_the_text_puts_the_event_there(lexicon) -> None:
    _, c, _ = _one("GENEVA (AFP) - Delegates of Chile and Peru held talks in Lima on Tuesday.", lexicon, "meeting")
    assert c.venue is None or c.venue[0] == "Lima"
    _, c, _ = _one("GENEVA (AFP) - Delegates of Chile and Peru met on Tuesday.", lexicon, "meeting")
    assert c.venue is None
    _, c, _ = _one("GENEVA (AFP) - Delegates of Chile and Peru met here on Tuesday.", lexicon, "meeting")
    assert c.venue is not None and c.venue[0] == "Geneva"


def test_a_visit_takes_the_place_visited_as_venue(lexicon) -> None:
    _, c, _ = _one("Chile's foreign minister travelled to Oslo on Tuesday.", lexicon, "visit")
    assert c.venue is not None and c.venue[0] == "Oslo"


def test_pycountry_supplies_states_the_table_lacks(lexicon) -> None:
    from tracker.extract.mentions import Roster, find_actors

    found = find_actors("Peru and the Republic of Peru and Bhutan", Roster(lexicon))
    assert {lexicon.entries[a.key].name for a in found} == {"Peru", "Bhutan"}


@pytest.mark.parametrize("text, head", [
    ("The fifth round of the Astana talks opened on Tuesday. The Iranian delegation is headed by Ali Asghar Khaji, "
     "senior assistant to the foreign minister for special political affairs.", "Ali Asghar Khaji"),
    ("The fifth round of the Astana talks opened on Tuesday. Alexander Lavrentiev, the Russian president's special "
     "envoy for Syria, heads the Russian delegation.", "Alexander Lavrentiev"),
])
def test_heads_of_delegation_with_long_titles_join_the_round(lexicon, text: str, head: str) -> None:
    _, c, actors = _one(text, lexicon, "talk_round")
    assert head in actors and c.first == dt.date(2023, 6, 20)


def test_a_meeting_of_the_guarantors_has_them_as_participants(lexicon) -> None:
    _, c, actors = _one("Russia, Iran and Turkey back the Astana talks. A meeting of the guarantors was held in "
                        "Astana on Tuesday.", lexicon, "meeting")
    assert {"Russia", "Iran", "Türkiye"} <= set(actors)


def test_background_speech_introduced_by_previously_is_not_an_event(lexicon) -> None:
    extraction, events = _events("published: 2023-06-21\n\nNorway and Sweden met in Oslo on Tuesday. Previously, "
                                 "Sweden's foreign minister Tobias Billstrom said talks were needed.", lexicon)
    assert [c.event_type for c, _ in events] == ["meeting"]


def test_two_heads_of_state_meeting_is_a_summit(lexicon) -> None:
    _one("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Lima on Tuesday.", lexicon, "summit")
    _, c, _ = _one("The two leaders held their first summit on April 27.", lexicon, "summit")
    assert c.first == dt.date(2023, 4, 27)


def test_the_previous_day_and_a_month_of_last_year() -> None:
    found = find_dates("They had met the previous day and first met in late November last year.", dt.date(2020, 8, 21))
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found] == [("2020-08-20", "2020-08-20"),
                                                                         ("2019-11-21", "2019-11-30")]


def test_a_round_and_its_days_far_apart_in_one_sentence(lexicon) -> None:
    _, c, _ = _one("The seventh round of the international meeting on Syria in the Astana format, which the Kazakh "
                   "foreign ministry said would take place in the Kazakh capital, is scheduled for October 30-31.",
                   lexicon, "talk_round")
    assert c.round_number == 7 and (c.first, c.last) == (dt.date(2023, 10, 30), dt.date(2023, 10, 31))


def test_the_two_sides_are_the_two_states_the_article_names(lexicon) -> None:
    _, c, actors = _one("Chile said it backed a deal with Peru. Lima welcomed it. The two sides held talks in Lima "
                        "on Tuesday.", lexicon, "meeting")
    assert {"Chile", "Peru"} <= set(actors)


def test_a_summit_of_a_two_party_process_that_names_nobody_is_theirs(lexicon) -> None:
    _, c, actors = _one("The third inter-Korean summit was held in Pyongyang on Tuesday.", lexicon, "summit")
    assert {"North Korea", "South Korea"} <= set(actors)


@pytest.mark.parametrize("text, event_type, venue", [
    ("The next round of the Astana talks on Syria will be held in the Kazakh capital on July 3-4.", "talk_round", "Astana"),
    ("Sudan's army and the RSF resumed talks in the Saudi city of Jeddah on Tuesday.", "talk_round", "Jeddah"),
    ("Chile's foreign minister will visit Oslo on Friday.", "visit", "Oslo"),
    ("Oslo, the capital of Norway, is set to host a meeting of Chile and Peru on Friday.", "meeting", "Oslo"),
    ("An international meeting on Syria is planned for late July in Astana.", "talk_round", "Astana"),
])
def test_venues_named_in_other_ways(lexicon, text: str, event_type: str, venue: str) -> None:
    _, c, _ = _one(text, lexicon, event_type)
    assert c.venue is not None and c.venue[0] == venue


def test_talks_going_on_since_a_day_start_that_day(lexicon) -> None:
    _, c, actors = _one("Chile and Peru have been meeting since Saturday in Lima.", lexicon, "meeting")
    assert c.first == dt.date(2023, 6, 17) and {"Chile", "Peru"} <= set(actors)


def test_a_speaker_named_by_surname_alone(lexicon) -> None:
    _, c, actors = _one("Olifer told a news agency on Wednesday that the talks were useful.", lexicon, "statement")
    assert actors == ["Olifer"]
    extraction, events = _events("published: 2023-06-21\n\nOfficials said the talks were useful.", lexicon)
    assert not events


def test_without_any_date_named_speech_is_kept_undated(lexicon) -> None:
    extraction, events = _events("Jorge Ramales said on Twitter that the talks were useful.", lexicon)
    assert [(c.event_type, c.first, actors) for c, actors in events] == [("statement", None, ["Jorge Ramales"])]


def test_the_more_precise_of_two_phrases_dates_the_event(lexicon) -> None:
    _, c, _ = _one("Chile and Peru will meet next week. The meeting of Chile and Peru will take place on June 29.",
                   lexicon, "meeting")
    assert (c.first, c.last) == (dt.date(2023, 6, 29), dt.date(2023, 6, 29))


@pytest.mark.parametrize("phrase, span", [
    ("They have not met since last November.", [("2019-11-01", "2019-11-30")]),
    ("They will meet next March.", [("2021-03-01", "2021-03-31")]),
    ("They recalled the June 15 Joint Declaration.", []),
])
def test_last_and_next_month_and_dates_inside_names(phrase: str, span: list) -> None:
    found = find_dates(phrase, dt.date(2020, 8, 21))
    assert [(d.first.isoformat(), d.last.isoformat()) for d in found] == span


def test_agreeing_to_hold_talks_on_a_future_day_is_the_talks(lexicon) -> None:
    extraction, events = _events("published: 2023-06-21\n\nThe two Koreas held inter-Korean talks on Tuesday. The two "
                                 "sides agreed to hold general-level military talks on June 28.", lexicon)
    planned = [c for c, _ in events if c.first == dt.date(2023, 6, 28)]
    assert [c.event_type for c in planned] == ["talk_round"]


def test_a_speaker_named_bare_first_takes_the_state_named_later(lexicon) -> None:
    _, c, actors = _one("Jane Doerr said on Wednesday that the talks were useful. Chile's foreign minister Jane Doerr "
                        "met Peru's foreign minister in Lima on Tuesday.", lexicon, "statement")
    assert "Chile" in actors


@pytest.mark.parametrize("text", [
    "Since April, eight rounds of talks have been held in Lima.",
    "Chile has hosted a total of six expert-level meetings on the border.",
    "During the war, multiple ceasefires have been agreed and broken.",
])
def test_a_tally_of_past_events_is_not_an_event(lexicon, text: str) -> None:
    _, events = _events("published: 2023-06-21\n\n" + text, lexicon)
    assert not events


@pytest.mark.parametrize("text, event_type", [
    ("Chile's foreign minister Jane Doerr announced the latest talks on Tuesday.", "announcement"),
    ("Peru's envoy Juan Pardo said on Wednesday he is going to the Chilean capital next week.", "visit"),
    ("Jane Doerr said on Wednesday that Chile would host the talks next month.", "meeting"),
    ("Chile and Peru plan to call a meeting of their foreign ministers in July, Jane Doerr said on Wednesday.", "meeting"),
    ("The foreign ministers of Chile and Peru are arranging a meeting for July, Jane Doerr said on Wednesday.", "meeting"),
])
def test_planned_events_in_other_words(lexicon, text: str, event_type: str) -> None:
    _, c, _ = _one(text, lexicon, event_type)
    assert event_type == "announcement" or c.future


def test_a_meeting_a_state_would_host_named_before_the_verb_is_a_reference(lexicon) -> None:
    _, events = _events("published: 2023-06-21\n\nThe ministry said on Wednesday its news of the meeting it would host "
                        "was based on a premise.", lexicon)
    assert all(c.event_type in ("statement", "announcement") for c, _ in events) and all(
        c.event_type == "statement" for c, _ in events)


def test_an_astana_story_that_mentions_geneva_is_the_astana_format(lexicon) -> None:
    text = ("title: Next Astana Meeting set for May\n\npublished: 2023-03-15\n\nThe guarantor states decided on Wednesday "
            "to hold the next International Meeting on Syrian Settlement in Astana on May 3-4. They backed the Geneva "
            "talks as well.")
    extraction, events = _events(text, lexicon, today=dt.date(2023, 3, 16))
    planned = [c for c, _ in events if c.first == dt.date(2023, 5, 3)]
    assert planned and extraction.process_name(planned[0].process) == "Astana format"


def test_a_city_after_settlement_is_still_the_venue(lexicon) -> None:
    _, c, _ = _one("The International Meeting on Syrian Settlement will be held in Astana on July 3-4.", lexicon,
                   "talk_round")
    assert c.venue is not None and c.venue[0] == "Astana"
    _, c, _ = _one("Chile and Peru met in Lima on Tuesday to discuss the settlement in Syria.", lexicon, "meeting")
    assert c.venue is None or c.venue[0] != "Syria"
