"""Round 1265 (helper pr28): a story that names no process, told throughout by two states that hold a process of
their own, is that process (`paired_stories.paired_story`), when no cue line fits it or the one that fits does so only
through words named once or twice; a strong cue line, or one whose process already holds both states, keeps the story.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.paired_stories import paired_story, state_counts
from tracker.extract.processes import cued_process

#: Washington and Caracas talk; the opposition is named once, which fits the Venezuelan government-opposition line
_US_VENEZUELA = (
    "Oil licences on the table in Doha\n"
    "Talks in Doha on Tuesday covered oil licences and deportation flights, officials in Caracas said. The Venezuelan "
    "side was led by the oil minister, while a senior American diplomat headed the team sent by Washington. The United "
    "States has kept sanctions on Venezuela's state oil company for six years. The Venezuelan opposition was not "
    "invited. \"The talks were frank and useful,\" Venezuela's Foreign Minister Luis Medina told reporters on "
    "Wednesday.")

#: Two neighbours' ministers, no process named and no cue line fitting
_ARMENIA_AZERBAIJAN = (
    "Deputy prime ministers of Armenia and Azerbaijan met in Tbilisi on Friday to discuss reopening rail links, "
    "Yerevan said. The Armenian delegation proposed a timetable for the Azerbaijani side. Baku said the talks were "
    "useful, and Armenia said it hoped Azerbaijan would reply within weeks.")


def _name(key: str | None, lexicon: Lexicon) -> str | None:
    return lexicon.processes[key].name if key else None


def test_a_weak_cue_gives_way_to_the_two_states_own_talks(lexicon: Lexicon) -> None:
    assert _name(cued_process(_US_VENEZUELA, lexicon, story=True), lexicon) == "Venezuela government-opposition negotiations"
    assert _name(paired_story(_US_VENEZUELA, lexicon), lexicon) == "US-Venezuela talks"


def test_no_cue_the_two_states_own_process(lexicon: Lexicon) -> None:
    assert cued_process(_ARMENIA_AZERBAIJAN, lexicon, story=True) is None
    assert _name(paired_story(_ARMENIA_AZERBAIJAN, lexicon), lexicon) == "Armenia-Azerbaijan peace process"


def test_the_rule_stage_gives_one_side_s_statement_the_two_states_talks(lexicon: Lexicon) -> None:
    headline, body = _US_VENEZUELA.split("\n", 1)
    extraction = extract_own(body, lexicon, headline=headline, learned=False)
    found = [extraction.process_name(c.process) for c in extraction.events if c.event_type == "statement"]
    assert found and set(found) == {"US-Venezuela talks"}, found


def test_a_strong_cue_keeps_its_process(lexicon: Lexicon) -> None:
    text = ("Taliban negotiators arrived in Doha on Monday. Pakistan and Afghanistan sent observers to Doha, and "
            "Pakistan said the Taliban in Doha had asked Afghanistan's neighbours for patience. Afghanistan welcomed "
            "the Taliban statement, while Pakistan urged calm.")
    assert state_counts(text, lexicon).most_common(2)[1][1] >= 3
    assert _name(paired_story(text, lexicon), lexicon) == "Doha talks"


def test_a_process_of_both_states_keeps_its_line(lexicon: Lexicon) -> None:
    text = ("Russia and Ukraine carried out a prisoner swap on Sunday, the third this spring. Ukraine said 90 of its "
            "soldiers were home; Russia said the same number had returned. Kyiv and Moscow thanked the mediators, and "
            "Ukraine said more exchanges with Russia would follow.")
    assert _name(paired_story(text, lexicon), lexicon) == _name(cued_process(text, lexicon, story=True), lexicon)


def test_a_second_state_named_in_passing_gives_nothing(lexicon: Lexicon) -> None:
    text = ("Armenia's deputy prime minister visited Tbilisi on Friday to discuss rail links with Georgia. Yerevan "
            "said Armenia wanted more freight through Georgian ports, and Armenian firms signed two contracts. "
            "Azerbaijan was not mentioned.")
    assert paired_story(text, lexicon) is None
