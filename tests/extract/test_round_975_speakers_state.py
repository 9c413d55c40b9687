"""Round 975 (helper y10): an official whose state the words give, and the extractor did not. Wires end a sentence with
an inverted speaker and an apposition ("…, said X, a member of the Peruvian delegation."); a government's spokesperson
is titled with the state before the title ("Greek government spokesman X"); South Korea's Unification Ministry names
its spokespeople with the ministry only. Sentences of our own; guards: a medium in apposition is no person, a topic is
no state, a spokesperson with no state stays without one."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract.lexicon import Lexicon


def _speakers(text: str, lexicon: Lexicon) -> list[list[str]]:
    return [actors for kind, actors in typed_actors(text, lexicon) if kind in ("statement", "announcement")]


@pytest.mark.parametrize("text, state", [
    ("The two teams will meet again in Doha on Tuesday, said Omar Haidari, a member of the Afghan negotiating team.",
     "Afghanistan"),
    ("\u201cWe will sit down again next week,\u201d said Elif Demir, an adviser to the Turkish president.", "Türkiye"),
    ("The next session will open on Monday, said Ana Soto, Peru's representative at the talks. Both sides agreed.",
     "Peru"),
    ("The commission will meet again in March, added Tomas Novak, a member of the Czech delegation, adding that a text "
     "was ready.", "Czech Republic"),
])
def test_an_inverted_speaker_takes_the_state_of_the_apposition(text: str, state: str, lexicon: Lexicon) -> None:
    assert any(state in actors for actors in _speakers(text, lexicon))


@pytest.mark.parametrize("text, state", [
    ("Greek government spokesman Stavros Kallis said on Tuesday that Athens would host the next round.", "Greece"),
    ("Nairobi will host the talks next month, Kenya's government spokeswoman Mary Wanjiru said on Friday.", "Kenya"),
    ("Cyprus Government Spokesman Andreas Markides said the two leaders would meet in Geneva on Monday.", "Cyprus"),
    ("Unification Ministry spokeswoman Kim Soo-yeon said the Red Cross talks would open on Tuesday.", "South Korea"),
    ("The two Koreas will hold military talks next week, Unification Ministry spokesman Park Jin-ho told reporters.",
     "South Korea"),
])
def test_a_government_spokesperson_speaks_for_the_state_of_the_title(text: str, state: str, lexicon: Lexicon) -> None:
    assert any(state in actors for actors in _speakers(text, lexicon))


def test_a_medium_in_apposition_is_no_speaker(lexicon: Lexicon) -> None:
    text = "The deal will be signed on Monday, according to Pars Today, a news outlet close to the government."
    assert not any("Pars Today" in actors for actors in _speakers(text, lexicon))


def test_a_topic_in_apposition_is_no_state(lexicon: Lexicon) -> None:
    text = "The talks will resume in Addis Ababa on Monday, said Ana Soto, the chief mediator of the Sudan talks."
    assert not any("Sudan" in actors for actors in _speakers(text, lexicon))


def test_a_spokesperson_with_no_state_stays_without_one(lexicon: Lexicon) -> None:
    text = "Government spokesman Isaac Mwaura said on Tuesday that the talks would open in the capital next week."
    assert all(actors == ["Isaac Mwaura"] for actors in _speakers(text, lexicon))
