"""Round 611: "the top diplomat" with no state is the one foreign minister the article has named, so that minister's
words of one day stay one event. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_the_top_diplomat_is_the_foreign_minister_named_before(lexicon) -> None:
    events = typed_actors("Chile's Foreign Minister Ana Soto said on Thursday that the border talks with Peru would resume "
                          "in Lima next month.\n\n\"We expect a draft map by then,\" the top diplomat added.", lexicon)
    speech = [actors for kind, actors in events if kind in ("statement", "announcement")]
    assert speech == [["Ana Soto", "Chile"]]


def test_guard_two_foreign_ministers_leave_the_top_diplomat_unnamed(lexicon) -> None:
    """The guard: with two foreign ministers named, "the top diplomat" could be either, and names nobody."""
    events = typed_actors("Chile's Foreign Minister Ana Soto met Foreign Minister Rosa Diaz of Bolivia in Lima on Thursday."
                          "\n\n\"We expect a draft map soon,\" the top diplomat said on Friday.", lexicon)
    assert ("statement", []) in events
