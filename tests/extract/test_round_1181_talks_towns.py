"""Round 1181 (helper pr25): a meeting or visit whose sentence names no process takes the story's only when
`processes.tied` holds, and a state outside the process's members and subjects unties it. The host of the story's own
talks is no such outside state: an envoy arriving in the town where the article says the talks are held, or the host's
foreign minister chairing the session there, belongs to those talks. `tied` now reads the towns the article gives each
process's talks (`process_venues`, only when the states would untie the event). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own, process_key as _key, state_key as _state
from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.processes import tied


def _event(kind: str, states: list[str], town: str | None, lexicon: Lexicon) -> Candidate:
    actors = {_state(name, lexicon): "participant" for name in states}
    return Candidate(kind, 0, 0, actors=actors, venue=lexicon.place(town) if town else None,
                     evidence=["An official came on Monday."])


def _towns(key: str, *towns: str, lexicon: Lexicon):
    return lambda: {key: {lexicon.place(t) for t in towns}}


def test_an_arrival_in_the_town_of_the_talks(lexicon: Lexicon) -> None:
    key = _key("Russia-Ukraine talks", lexicon)
    c = _event("visit", ["France"], "Istanbul", lexicon)
    assert not tied(c, key, Roster(lexicon))
    assert tied(c, key, Roster(lexicon), _towns(key, "Istanbul", lexicon=lexicon))


def test_the_host_of_the_talks_is_no_outside_state(lexicon: Lexicon) -> None:
    key = _key("Russia-Ukraine talks", lexicon)
    c = _event("meeting", ["Turkey"], None, lexicon)
    assert not tied(c, key, Roster(lexicon))
    assert tied(c, key, Roster(lexicon), _towns(key, "Istanbul", lexicon=lexicon))


def test_another_state_still_unties(lexicon: Lexicon) -> None:
    key = _key("Russia-Ukraine talks", lexicon)
    c = _event("meeting", ["Turkey", "France"], "Paris", lexicon)
    assert not tied(c, key, Roster(lexicon), _towns(key, "Istanbul", lexicon=lexicon))


def test_towns_of_another_process_do_not_tie(lexicon: Lexicon) -> None:
    key, other = _key("Russia-Ukraine talks", lexicon), _key("Geneva process", lexicon)
    c = _event("meeting", ["Switzerland", "France"], "Geneva", lexicon)
    assert not tied(c, key, Roster(lexicon), _towns(other, "Geneva", lexicon=lexicon))


_STORY = ("Russian and Ukrainian delegations will hold a new round of the Russia-Ukraine talks in Istanbul on Monday, "
          "the Kremlin said on Friday.\n\n")


def _processes(sentence: str, lexicon: Lexicon) -> list:
    """(type, process) of the meetings and visits of a Russia-Ukraine story that ends with `sentence` (the rule stage)."""
    extraction = extract_own(_STORY + sentence, lexicon, headline="Delegations to meet in Istanbul", learned=False)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events
            if c.event_type in ("meeting", "visit") and sentence[:20] in c.evidence[0]]


def test_the_host_minister_meeting_takes_the_story_process(lexicon: Lexicon) -> None:
    found = _processes("On Thursday Turkish Foreign Minister Hakan Fidan met the heads of both delegations.", lexicon)
    assert found and {p for _, p in found} == {"Russia-Ukraine talks"}, found


def test_a_meeting_of_an_outside_state_keeps_none(lexicon: Lexicon) -> None:
    found = _processes("On Thursday French Foreign Minister Jean-Noel Barrot met Spanish officials in Madrid.", lexicon)
    assert found and all(p is None for _, p in found), found
