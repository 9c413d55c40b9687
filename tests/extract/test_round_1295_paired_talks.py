"""Round 1295 (helper pr29): two states' standing talks told in words ("X and Y resume talks", "the third round of the
energy dialogue between the two countries") in a story that names no known process are a candidate process named from
the text as the guideline names two states' talks (`paired_talks.paired_talks`), not none; a meeting held ("X and Y
held talks") is not a series, and two states that hold a process of their own keep it. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.paired_talks import paired_talks

#: Two neighbours open fisheries talks: the headline with its comma, the body with the talks' own words
_HEADLINE = "Kenya, Tanzania begin talks on lake fishing"
_BODY = ("Kenya and Tanzania on Monday began their fisheries dialogue in Arusha, with deputy ministers leading both "
         "delegations. The Kenyan side asked for joint patrols on the lake. \"We want rules both sides can enforce,\" "
         "the Tanzanian deputy minister told reporters after the first day.")


def _name(key: str | None, lexicon: Lexicon) -> str | None:
    return lexicon.processes[key].name if key else None


def test_two_states_that_begin_their_dialogue_name_it(lexicon: Lexicon) -> None:
    assert _name(paired_talks(f"{_HEADLINE}\n{_BODY}", lexicon), lexicon) == "Kenya-Tanzania fisheries dialogue"


def test_a_numbered_round_between_the_two_countries(lexicon: Lexicon) -> None:
    text = ("Norway's foreign minister spoke with his Canadian counterpart on Thursday. Norway offered to host the "
            "third round of the energy dialogue between the two countries in the autumn, and Canada welcomed the "
            "offer. Norway said Canada's reply was warm.")
    # in alphabetical order since round 1331 (the guideline's decision 1 of the thirtieth stop; "Norway-Canada" before)
    assert _name(paired_talks(text, lexicon), lexicon) == "Canada-Norway energy dialogue"


def test_the_united_states_is_us_in_the_name(lexicon: Lexicon) -> None:
    text = "Ghana and the United States resumed their trade consultations in Accra on Wednesday."
    assert _name(paired_talks(text, lexicon), lexicon) == "Ghana-US trade consultations"


def test_the_rule_stage_gives_the_session_the_candidate(lexicon: Lexicon) -> None:
    extraction = extract_own(_BODY, lexicon, headline=_HEADLINE, learned=False)
    found = {extraction.process_name(c.process) for c in extraction.events}
    assert "Kenya-Tanzania fisheries dialogue" in found, found


def test_talks_held_are_a_meeting_not_a_series(lexicon: Lexicon) -> None:
    text = "Kenya and Tanzania held talks in Arusha on Monday on lake fishing. Kenya and Tanzania discussed patrols."
    assert paired_talks(text, lexicon) is None


def test_two_states_with_a_process_of_their_own_keep_it(lexicon: Lexicon) -> None:
    text = "Armenia and Azerbaijan resumed talks in Tbilisi on Friday on rail links."
    assert _name(paired_talks(text, lexicon), lexicon) == "Armenia-Azerbaijan peace process"


def test_places_that_are_not_states_give_nothing(lexicon: Lexicon) -> None:
    assert paired_talks("Arusha and Mombasa began their port talks on Monday.", lexicon) is None
