"""Speech the real wires report in ways the first rounds missed (round 13), on sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon
from tracker.extract.units import segment

TODAY = dt.date(2023, 6, 1)


def _events(text: str, lexicon: Lexicon):
    extraction = extract_article(parse_text(text, "own"), lexicon, today=TODAY)
    return [(c, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def _speech(events):
    return [(c.event_type, c.first, actors) for c, actors in events if c.event_type in ("statement", "announcement", "proposal")]


@pytest.mark.parametrize("verb", ["briefed reporters", "reaffirmed its position", "highlighted the risks", "recalled the accord"])
def test_speech_verbs_the_rules_lacked(lexicon, verb) -> None:
    text = f"published: 2023-05-12\n\nTalks stall\n\nNorway {verb} on Thursday after the session in Oslo."
    assert ("statement", dt.date(2023, 5, 11), ["Norway"]) in _speech(_events(text, lexicon))


def test_guarantor_states_is_a_noun_not_a_speech_verb(lexicon) -> None:
    text = "published: 2023-05-12\n\nTalks\n\nNorway and two guarantor states will convene in Oslo on May 20."
    assert not _speech(_events(text, lexicon))


@pytest.mark.parametrize("lead", ["Meanwhile, ", "\"We remain hopeful about the coming week,\" ", "For her part, "])
def test_a_surname_alone_after_an_adverb_or_a_quote_is_a_speaker(lexicon, lead) -> None:
    text = f"published: 2023-05-12\n\nTalks\n\nNorway met Chile in Oslo on Monday.\n\n{lead}Torrealba said on Thursday that the draft was ready."
    speech = _speech(_events(text, lexicon))
    assert any(first == dt.date(2023, 5, 11) and "Torrealba" in actors for _, first, actors in speech)


def test_a_surname_named_first_takes_the_full_name_given_later(lexicon) -> None:
    text = ("published: 2023-05-12\n\nTalks\n\nTorrealba told reporters on Thursday that the draft was ready.\n\n"
            "The Chilean envoy Ana Torrealba met Norwegian officials in Oslo on Monday.")
    speech = _speech(_events(text, lexicon))
    assert any("Ana Torrealba" in actors for _, _, actors in speech)


def test_a_family_name_written_first_is_the_same_person(lexicon) -> None:
    text = ("published: 2023-05-12\n\nTalks\n\nUnification Minister Park Min-jae urged talks on Thursday.\n\n"
            "Park said on Thursday that both sides should sit down soon.")
    speech = _speech(_events(text, lexicon))
    assert len(speech) == 1 and "Park Min-jae" in speech[0][2]


@pytest.mark.parametrize("subject", ["Chilean Ambassador to Norway, Ana Torrealba,", "Spokesman for Chilean Foreign Ministry, Ana Torrealba,"])
def test_a_title_with_its_post_then_the_name_in_commas(lexicon, subject) -> None:
    text = f"published: 2023-05-12\n\nTalks\n\n{subject} confirmed on Thursday that a dialogue was under way."
    speech = _speech(_events(text, lexicon))
    assert speech and speech[0][1] == dt.date(2023, 5, 11) and {"Ana Torrealba", "Chile"} <= set(speech[0][2])


def test_an_announcement_after_the_planned_event_it_makes_known_stays_one_without_a_date(lexicon) -> None:
    text = ("Talks\n\nNorway will host the next round of the Oslo talks in mid-June, Norwegian Foreign Minister "
            "Ana Torrealba announced on Thursday.")
    speech = _speech(_events(text, lexicon))
    assert [(kind, first) for kind, first, _ in speech] == [("announcement", None)]


def test_speech_dated_recently_is_background(lexicon) -> None:
    text = ("published: 2023-05-12\n\nTalks\n\nNorway met Chile in Oslo on Thursday.\n\n"
            "Ana Torrealba wrote in a newspaper column recently that she had offered a draft to both sides.")
    assert not _speech(_events(text, lexicon))


def test_a_paragraph_that_quotes_a_whole_news_excerpt_is_narrative() -> None:
    paragraph = ("“Envoys of Norway and Chile met in Oslo this week to discuss the fisheries accord, the first meeting in "
                 "months. The Chilean spokeswoman said in a statement on Friday that both teams had met the previous day. "
                 "Talks had started in Oslo in March to settle the quota dispute.” (05/12/23)")
    units, quotes = segment([paragraph])
    assert not quotes and len(units) == 3


def test_a_quote_in_single_marks_is_kept_apart_from_the_narrative() -> None:
    units, quotes = segment(["‘We talked about Norway’s quota and the next steps,’ she said."])
    assert quotes == ["We talked about Norway’s quota and the next steps,"] or quotes == ["We talked about Norway’s quota and the next steps"]
    assert units[0].text.startswith("⟦Q0⟧")


def test_hosting_a_signing_is_the_agreement_and_been_met_is_no_meeting(lexicon) -> None:
    text = ("published: 2023-05-12\n\nAccords\n\nNorway hosted the signing of fisheries accords between Chile and Peru "
            "in Oslo on Thursday. The accords have been met with scepticism in Lima.")
    kinds = [c.event_type for c, _ in _events(text, lexicon)]
    assert kinds == ["agreement"]
