""""The co-chairs" of the OSCE Minsk Group are the Group (round 162), as the guideline says, unless the article lists the
co-chair states: "OSCE Minsk Group co-chairs will be in Armenia on May 14-15" gave a visit with no actor at all (the
co-chairs stood for the process's members only when the article named one of them). The visit now has the Group, and
the state it visits as host. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_co_chairs_visit(lexicon) -> None:
    body = "OSCE Minsk Group co-chairs will be in Armenia on May 14-15 as part of their regional visit."
    assert [(kind, actors) for kind, _, actors in typed_events(body, lexicon, learned=False)] == [("visit", ["Armenia", "OSCE Minsk Group"])]  # the rule stage (round 1110's learned fill is judged on the corpora)


def test_the_cochairmen_take_part(lexicon) -> None:
    body = ("The foreign ministers of Armenia and Azerbaijan will meet in Paris on May 20 with the participation of the "
            "cochairmen of the OSCE Minsk Group.")
    assert [actors for kind, _, actors in typed_events(body, lexicon, learned=False)] == [["Armenia", "Azerbaijan", "OSCE Minsk Group"]]  # the rule stage (round 1110's learned fill is judged on the corpora)


def test_co_chairs_listed_by_state_are_the_states(lexicon) -> None:
    """A guard: the article lists them."""
    body = ("The foreign ministers of Armenia and Azerbaijan met the OSCE Minsk Group co-chairs in Geneva on Friday.\n\n"
            "The co-chairs - Russia, the United States and France - plan to travel to the region next week.")
    meeting = [actors for kind, _, actors in typed_events(body, lexicon) if kind == "meeting"]
    assert meeting and "OSCE Minsk Group" not in meeting[0] and "France" in meeting[0]
