"""Round 383 (docs/extraction.md, "Dateline city and venue"): the signing of an accord told again in a later paragraph
with its place but no day ("… after talks began in Santiago, delegates from both sides signed an agreement") was
dropped as undated and its place lost; the article's one dated accord with no place now takes it. A signing still
to come gives none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _accords(body: str, lexicon) -> list:
    return [(c.first.isoformat() if c.first else None, c.venue[0] if c.venue else None)
            for c in extract_own(body, lexicon).events if c.event_type == "agreement"]


def test_the_signing_told_again_with_its_place(lexicon) -> None:
    body = ("Peru and Bolivia agreed on Wednesday to end hostilities along their border.\n\n"
            "Just over a week after formal peace talks mediated by the African Union began in the Chilean capital "
            "Santiago, delegates from both sides signed an agreement on a permanent ceasefire.")
    assert _accords(body, lexicon) == [("2023-05-10", "Santiago")]


def test_a_signing_still_to_come(lexicon) -> None:
    """A guard: the accord to be signed in Santiago gives the one agreed on Wednesday no place."""
    body = ("Peru and Bolivia agreed on Wednesday to end hostilities along their border.\n\n"
            "The two sides will sign a comprehensive peace agreement in Santiago.")
    assert ("2023-05-10", None) in _accords(body, lexicon)


def test_an_undated_agreement_about_a_place(lexicon) -> None:
    """A guard: "agreed that Peru will open an embassy in La Paz" tells what was agreed, not where."""
    body = ("Peru and Bolivia agreed on Wednesday to end hostilities along their border.\n\n"
            "The two ministers also agreed that Peru will open an embassy in the Bolivian capital, La Paz.")
    assert ("2023-05-10", None) in _accords(body, lexicon)
