"""A government named bare after the article said whose it is (round 203): "The Colombian government and the EMC held
talks … On Tuesday, the government and the EMC signed a ceasefire" gave the agreement the EMC alone, and "The
government said on Tuesday …" after "Talks between the Yemeni government and the Houthis" gave no statement. Sentences
of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_government_is_the_state_whose_government_was_named(lexicon) -> None:
    body = ("The Colombian government and the EMC held talks in Bogota on Monday. On Tuesday, the government and the EMC "
            "signed a ceasefire agreement in Tibu.")
    assert ("agreement", ["Colombia", "EMC"]) in [(t, names) for t, _, names in typed_events(body, lexicon)]


def test_the_government_speaks_for_its_state(lexicon) -> None:
    body = ("Talks between the Yemeni government and the Houthis resumed in Geneva on Monday. The government said on Tuesday "
            "that the talks would go on until June 3.")
    assert ("statement", ["Yemen"]) in [(t, names) for t, _, names in typed_events(body, lexicon)]


def test_a_government_nobody_named_stays_unknown(lexicon) -> None:
    """A guard: with no state's government named before, "the government" names no one."""
    body = "The government said on Tuesday that the talks would resume in Lima on June 3."
    assert all(names == [] for _, _, names in typed_events(body, lexicon))
