"""Round 648: a gathering or a trip told as being for a summit ("gathered in Riyadh on Tuesday for their annual summit",
"arrived in Tehran for a summit with the leaders of …") is the summit, as a trip for talks is the talks; a meeting held
to prepare for a summit is not. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def _types(body: str, lexicon) -> list[str]:
    return [kind for kind, _ in typed_actors(body, lexicon)]


def test_gathered_for_their_summit(lexicon) -> None:
    assert _types("Leaders of the Gulf states gathered in Riyadh on Tuesday for their annual summit.", lexicon) \
        == ["summit"]


def test_arrived_for_a_summit(lexicon) -> None:
    assert _types("Russian President Vladimir Putin arrived in Tehran on Tuesday for a summit with the leaders of Iran "
                  "and Turkey.", lexicon) == ["summit"]


def test_guard_met_to_prepare_for_the_summit(lexicon) -> None:
    assert _types("Foreign ministers met in Jeddah on Thursday to prepare for the summit.", lexicon) == ["meeting"]


def test_guard_ministers_met_for_a_summit_hold_a_meeting(lexicon) -> None:
    """A guard: the guideline's summit is a meeting of heads; persons not named as heads who "met for a summit" meet."""
    assert _types("Iranian Foreign Minister Hossein Amir-Abdollahian spoke on Monday. Amir-Abdollahian and Saudi "
                  "Arabia's Prince Faisal bin Farhan met for a summit hosted by Beijing on Thursday.", lexicon) \
        == ["meeting"]
