"""Round 1155 (helper pr24): the article's process is the one it names most, and its cues are read only when it names
none. A story told throughout by its cues (Japan, Pyongyang, the abductees and talks; Syria, Geneva and talks) that
names another process once in passing ("ahead of a planned U.S.-North Korea summit"; "the International Syria Support
Group" in a quote) took that one for every event. `story_process.once_named_process` gives it the process its cues
imply, when the process named once is named in the body only, its own cue line does not fit, and every cue of the
cued line is named twice at least. Stories of our own."""
from __future__ import annotations

from collections import Counter

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import process_votes
from tracker.extract.story_process import once_named_process

_JAPAN = ("Japanese officials will seek talks with North Korea in Hanoi next week, government sources in Tokyo said "
          "on Tuesday.\n\n"
          "Tokyo hopes the talks can resume the investigation Pyongyang promised into the abduction of Japanese "
          "nationals in the 1970s, and the families of the abductees have asked to meet the delegation.\n\n"
          "The contacts come as diplomats prepare a second U.S.-North Korea summit, and Pyongyang has not answered.")

_SYRIA = ("The UN envoy opened a new round of Syria talks on Monday, meeting the government delegation in the "
          "morning.\n\n"
          "The opposition delegation arrived in Geneva late on Sunday and will meet him at the Palais des Nations in "
          "Geneva on Tuesday.\n\n"
          "\"The members of the International Syria Support Group back these talks,\" the envoy told reporters.")


def _once(story: str, headline: str, lexicon: Lexicon) -> str | None:
    votes = process_votes([headline, headline, story], lexicon)
    lead = story.split("\n\n")[0]
    key = once_named_process(f"{headline}\n{story}", f"{headline}\n{lead}", votes, lexicon)
    return lexicon.processes[key].name if key else None


def test_a_japan_north_korea_story_naming_the_us_summit_once(lexicon: Lexicon) -> None:
    assert _once(_JAPAN, "Tokyo seeks contact with Pyongyang", lexicon) == "Japan-North Korea talks"


def test_a_geneva_round_naming_the_support_group_once(lexicon: Lexicon) -> None:
    assert _once(_SYRIA, "Envoy opens new Syria round", lexicon) == "Geneva process"


def test_the_events_take_the_cued_process(lexicon: Lexicon) -> None:
    for story, headline, cued, named in ((_SYRIA, "Envoy opens new Syria round", "Geneva process",
                                          "International Syria Support Group"),
                                         (_JAPAN, "Tokyo seeks contact with Pyongyang", "Japan-North Korea talks",
                                          "North Korea-US denuclearization talks")):
        extraction = extract_own(story, lexicon, headline=headline, learned=False)
        names = {extraction.process_name(c.process) for c in extraction.events}
        assert cued in names and named not in names, (headline, names)


def test_a_process_named_in_the_lead_is_no_background(lexicon: Lexicon) -> None:
    story = ("The foreign ministers of Armenia and Azerbaijan met in Vienna with the co-chairs of the OSCE Minsk Group "
             "on Thursday.\n\nThe ministers discussed a peace treaty and agreed that Armenia and Azerbaijan would "
             "meet again on the peace treaty in spring.")
    assert _once(story, "Ministers meet in Vienna", lexicon) is None


def test_a_process_named_twice_keeps_the_story(lexicon: Lexicon) -> None:
    story = _SYRIA + "\n\nThe International Syria Support Group meets in Munich next week."
    assert _once(story, "Envoy opens new Syria round", lexicon) is None


def test_cues_named_once_do_not_outweigh_a_name(lexicon: Lexicon) -> None:
    story = ("Japanese and North Korean Red Cross officials met in Beijing on Monday.\n\nThe meeting came ahead of the "
             "six-party talks, diplomats said, and the abduction issue was raised.")
    assert _once(story, "Red Cross officials meet", lexicon) is None


def test_no_votes_no_answer(lexicon: Lexicon) -> None:
    assert once_named_process(_JAPAN, "", Counter(), lexicon) is None
