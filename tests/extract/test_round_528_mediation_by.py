"""Round 528 (docs/extraction.md, "Processes"): a state told as the mediator of an act ("mediated by", "brokered by",
"under the auspices of") takes part as a mediator, and a mediator's state does not keep an event from the story's
process (`processes.tied`). "Following mediation by X", "with the mediation of X" were not read, so a prisoner swap
"brought back on Wednesday, following mediation by Qatar" in a story on the two sides' exchanges counted Qatar as a party
and had no process. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _mediators(body: str, lexicon) -> list[tuple[str, set, str | None]]:
    extraction = extract_own(body, lexicon, headline="Prisoner exchange")
    return [(c.event_type, {extraction.roster.name(k) for k, role in c.actors.items() if role == "mediator"},
             extraction.process_name(c.process)) for c in extraction.events]


def test_mediation_by_a_state_makes_it_the_mediator(lexicon) -> None:
    body = ("Russia and Ukraine traded prisoners again this week: 150 detainees were freed on Thursday following "
            "mediation by Qatar, officials in Moscow and Kyiv said.")
    found = _mediators(body, lexicon)
    assert any("Qatar" in mediators for _, mediators, _ in found)
    assert all(process == "Russia-Ukraine prisoner exchanges" for _, mediators, process in found if "Qatar" in mediators)


def test_a_state_named_after_by_alone_is_no_mediator(lexicon) -> None:
    """A guard: "talks with X, followed by a dinner" names no mediator."""
    body = "The Ukrainian minister met Qatar's foreign minister in Doha on Wednesday, followed by a dinner."
    assert not any(mediators for _, mediators, _ in _mediators(body, lexicon))
