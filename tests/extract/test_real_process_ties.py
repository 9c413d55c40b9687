"""A process carries over only where the text ties the event to it (round 82): an event whose sentence names no
process takes the story's process when it is a session or told as "the talks", or when its parties are that process's
members, the states it is about, or organisations and movements (mediators, parties to the conflict); a meeting of two
other states told next to a paragraph on the story's talks is none of them (an analyst's Lavrov-Fidan meeting in Ankara
had been labelled "Syrian Constitutional Committee"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

_SESSION = ("The Syrian Constitutional Committee opened its ninth session in Geneva on Monday. The delegations of the "
            "government and the opposition met for three days.\n\n")


def _processes(body: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_a_meeting_of_other_states_takes_no_process_by_adjacency(lexicon) -> None:
    body = _SESSION + "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday."
    assert ("meeting", None) in _processes(body, lexicon)
    assert ("talk_round", "Syrian Constitutional Committee") in _processes(body, lexicon)


def test_a_meeting_of_the_process_members_keeps_it(lexicon) -> None:
    """A guard: Russia and Türkiye are guarantors of the Astana format."""
    body = ("The 21st round of the Astana talks on Syria opened in Astana on Monday.\n\n"
            "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday.")
    assert ("meeting", "Astana format") in _processes(body, lexicon)


def test_a_mediator_meeting_keeps_the_process(lexicon) -> None:
    """A guard: the UN envoy meeting the Syrian foreign minister is the story's."""
    body = _SESSION + "UN envoy Geir Pedersen met Syrian Foreign Minister Faisal Mekdad in Damascus on Tuesday."
    assert ("meeting", "Syrian Constitutional Committee") in _processes(body, lexicon)
