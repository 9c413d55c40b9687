"""Page chrome and separate meetings (round 63): the stories a page lists after "Check Also", "Related articles" or "Read
more" are another page's, not events of this article; two leaders who "met separately with" an envoy held no summit
with each other. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_stories_after_a_related_line_are_no_events(lexicon) -> None:
    text = ("The foreign ministers of Chile and Peru met in Arica on Tuesday.\n\nRelated articles\n\n"
            "Bolivian President Luis Arce visited Brasilia on Wednesday.")
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_leaders_who_met_separately_with_an_envoy_held_no_summit(lexicon) -> None:
    text = "Chilean President Ana Soto and Peruvian President Luis Vera met separately with the UN envoy in Arica on Tuesday."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting"]


def test_a_related_word_inside_a_paragraph_cuts_nothing(lexicon) -> None:
    """A guard: only a line that is nothing but the chrome words ends the article."""
    text = ("The foreign ministers of Chile and Peru met in Arica on Tuesday.\n\nRelated talks on fishing rights will follow.\n\n"
            "Bolivian President Luis Arce visited Brasilia on Wednesday.")
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting", "visit"]
