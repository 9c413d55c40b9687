"""Round 1180 (helper pr25): a decision taken by the story's own parties is a decision of the story's process
(`party_decisions.by_own_parties`). A decision took the story's process only when its sentence left a deal, carried the
story's cues, appointed an envoy or answered a nominee (rounds 415, 436, 489, 1156); a decision whose states are all
parties to the process (or two of them are) takes it now, and one of an outside state or of an organisation alone keeps
none. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own, process_key as _key, state_key as _state
from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.party_decisions import by_own_parties


def _decision(states: list[str], lexicon: Lexicon, kind: str = "decision") -> Candidate:
    actors = {_state(name, lexicon): "participant" for name in states}
    return Candidate(kind, 0, 0, actors=actors, evidence=["It was decided on Monday."])


@pytest.mark.parametrize("states", [["North Korea"], ["South Korea", "North Korea"], ["North Korea", "South Korea", "China"]])
def test_a_decision_of_the_parties(states: list[str], lexicon: Lexicon) -> None:
    assert by_own_parties(_decision(states, lexicon), _key("Inter-Korean talks", lexicon), Roster(lexicon)), states


@pytest.mark.parametrize("states", [[], ["France"], ["North Korea", "France"]])
def test_no_party_or_an_outside_state(states: list[str], lexicon: Lexicon) -> None:
    assert not by_own_parties(_decision(states, lexicon), _key("Inter-Korean talks", lexicon), Roster(lexicon)), states


def test_only_decisions_and_only_a_process(lexicon: Lexicon) -> None:
    roster = Roster(lexicon)
    assert not by_own_parties(_decision(["North Korea"], lexicon, "meeting"), _key("Inter-Korean talks", lexicon), roster)
    assert not by_own_parties(_decision(["North Korea"], lexicon), None, roster)


_STORY = ("Delegations of North Korea and South Korea met at the truce village of Panmunjom on Tuesday for the "
          "inter-Korean talks, the Unification Ministry said.\n\n")


def _decisions(sentence: str, lexicon: Lexicon) -> list:
    """The processes of the decisions of an inter-Korean story that ends with `sentence` (the rule stage)."""
    extraction = extract_own(_STORY + sentence, lexicon, headline="Koreas hold talks at Panmunjom", learned=False)
    return [extraction.process_name(c.process) for c in extraction.events if c.event_type == "decision"]


def test_the_parties_decision_takes_the_story_process(lexicon: Lexicon) -> None:
    found = _decisions("Pyongyang decided on May 9 to shut the Kaesong factory park, officials in Seoul said.", lexicon)
    assert found and set(found) == {"Inter-Korean talks"}, found


def test_an_outside_state_decision_keeps_none(lexicon: Lexicon) -> None:
    found = _decisions("France decided on May 9 to recall its ambassador from Niger, officials in Paris said.", lexicon)
    assert found and all(process is None for process in found), found
