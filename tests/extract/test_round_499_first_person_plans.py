"""Round 499: a visit or meeting the speaker plans in the first person inside their quote is the speaker's; sentences of
our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_we_will_come_is_the_speakers_visit(lexicon) -> None:
    events = _events("\"We will come to the region in late June to hear both presidents,\" Chilean envoy Luis Vera said on "
                     "Monday.", lexicon)
    visits = [actors for kind, actors in events if kind == "visit"]
    assert visits and {"Luis Vera", "Chile"} <= set(visits[0])


def test_a_plan_of_others_in_the_quote_is_not_the_speakers(lexicon) -> None:
    """The guard: "they will come" names no one the speaker speaks for."""
    events = _events("\"They will come to the region in late June to hear both presidents,\" Chilean envoy Luis Vera said on "
                     "Monday.", lexicon)
    assert not any(kind == "visit" and "Luis Vera" in actors for kind, actors in events)
