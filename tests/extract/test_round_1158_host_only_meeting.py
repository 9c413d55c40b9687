"""Round 1158 (helper pr24): a meeting whose sentence names no process takes the story's only when `processes.tied`
holds, and a state outside the process's members and subjects unties it ("Lavrov met Fidan in Ankara" after a paragraph
on the Constitutional Committee). A meeting whose only state is the host of its own town is told so in a story of talks
that state hosts or mediates ("the Kazakh diplomat met the heads of delegations" in Astana; a special meeting "held in
Putrajaya" of Thailand and Cambodia's border talks): the host is no other party, and the meeting is tied now. Sentences of
our own."""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.processes import tied


def _key(name: str, lexicon: Lexicon) -> str:
    return next(k for k, e in lexicon.processes.items() if e.name == name)


def _state(name: str, lexicon: Lexicon) -> str:
    return next(m.key for m in lexicon.scan(name) if m.role == "actor")


def _meeting(sentence: str, states: list[str], town: str | None, lexicon: Lexicon) -> Candidate:
    actors = {_state(name, lexicon): "participant" for name in states}
    return Candidate("meeting", 0, 0, actors=actors, venue=lexicon.place(town) if town else None, evidence=[sentence])


def test_the_host_alone_is_tied(lexicon: Lexicon) -> None:
    c = _meeting("The Kazakh deputy minister met the heads of the delegations on Monday.", ["Kazakhstan"], "Astana", lexicon)
    assert tied(c, _key("Astana format", lexicon), Roster(lexicon))


def test_the_host_with_another_state_is_not(lexicon: Lexicon) -> None:
    c = _meeting("The Kazakh deputy minister met the French ambassador on Monday.", ["Kazakhstan", "France"], "Astana", lexicon)
    assert not tied(c, _key("Astana format", lexicon), Roster(lexicon))


def test_a_state_met_away_from_home_is_not(lexicon: Lexicon) -> None:
    c = _meeting("The Kazakh deputy minister met officials on Monday.", ["Kazakhstan"], "Paris", lexicon)
    assert not tied(c, _key("Astana format", lexicon), Roster(lexicon))


def test_no_venue_as_before(lexicon: Lexicon) -> None:
    c = _meeting("The Kazakh deputy minister met officials on Monday.", ["Kazakhstan"], None, lexicon)
    assert not tied(c, _key("Astana format", lexicon), Roster(lexicon))
