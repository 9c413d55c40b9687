"""Round 613: "X, a former Nigerian president, said" names a past office of the speaker; the state of that office is no
actor and no speaker, so X's words of the day stay one statement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

_FIRST = ("\"The two parties have formally agreed to end the fighting,\" said Luis Vera, head of the AU mediation team, "
          "at a ceremony on Friday.\n\n")


def test_a_former_office_gives_no_state(lexicon) -> None:
    events = typed_actors(_FIRST + "Vera, a former Chilean president, said the accord also restored public services.", lexicon)
    speech = [actors for kind, actors in events if kind == "statement"]
    assert len(speech) == 1 and "Luis Vera" in speech[0] and "Chile" not in speech[0]


def test_guard_a_sitting_office_still_gives_the_state(lexicon) -> None:
    """The guard: "the Chilean president said", with no "former", is Chile's."""
    events = typed_actors("The Chilean president said on Friday that the border talks would resume.", lexicon)
    assert any("Chile" in actors for kind, actors in events if kind in ("statement", "announcement"))
