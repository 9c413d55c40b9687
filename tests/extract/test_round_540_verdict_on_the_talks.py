"""Round 540: a participant's verdict on the gathering as a whole ("expressed satisfaction with the outcome", "said he
was satisfied with the talks") is said of it once it is over, so it stays the participant's statement and is not read
as what the readout says they did inside it (round 340). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

MEETING = ("Peruvian President Luis Acosta and Chilean President Ana Soto met in Lima on Wednesday.\n\n"
           "The two leaders discussed the border and trade.\n\n")


def test_two_verdicts_on_the_talks_are_two_statements(lexicon) -> None:
    events = typed_actors(MEETING + "According to local media, Acosta expressed \"satisfaction with the outcome,\" while "
                          "Soto likewise stated that she was \"satisfied\" with the talks.", lexicon)
    statements = [actors for kind, actors in events if kind == "statement"]
    assert len(statements) == 2 and "Luis Acosta" in statements[0] and "Ana Soto" in statements[1]


def test_dissatisfaction_with_the_results_is_a_statement(lexicon) -> None:
    events = typed_actors(MEETING + "Soto expressed disappointment with the results of the meeting.", lexicon)
    assert [kind for kind, _ in events] == ["summit", "statement"]


def test_guard_what_they_stressed_inside_the_meeting_stays_in_it(lexicon) -> None:
    """The guard: a readout of what a participant stressed belongs to the meeting."""
    events = typed_actors(MEETING + "Acosta expressed satisfaction with the growth of trade between the two countries.",
                          lexicon)
    assert [kind for kind, _ in events] == ["summit"]
