"""Round 265: two dated acts of the guideline's `other` had no trigger: a diplomatic mission opened or dedicated, and
prisoners exchanged or released (docs/extraction.md, "What counts as an event": "a liaison office opened"); and one
mission opened, told in two sentences, is one event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_prisoners_exchanged_on_a_day(lexicon) -> None:
    events = typed_events("Armenia and Azerbaijan exchanged 32 prisoners of war on Sunday in a deal mediated by Qatar.",
                          lexicon)
    assert [(e[0], e[1]) for e in events] == [("other", dt.date(2023, 5, 7))]
    assert {"Armenia", "Azerbaijan"} <= set(events[0][2])


def test_captives_returned_in_the_passive(lexicon) -> None:
    events = typed_events("Under the agreement, 120 captives were returned on Wednesday.", lexicon)
    assert [(e[0], e[1]) for e in events] == [("other", dt.date(2023, 5, 10))]


def test_an_embassy_opened_told_twice_is_one_act(lexicon) -> None:
    events = typed_events("Greek Foreign Minister Nikos Dendias opened the Greek Embassy in Baku on Tuesday.\n\nLater that "
                          "day he opened the embassy's new consular section.\n\nDendias officially opened the Greek Embassy "
                          "in the presence of Azerbaijani officials on Tuesday.", lexicon)
    assert [(e[0], e[1]) for e in events] == [("other", dt.date(2023, 5, 9))]


def test_guard_a_statement_released_and_an_economy_freed_are_no_acts(lexicon) -> None:
    assert typed_events("The government freed the economy from price controls on Monday.", lexicon) == []
    assert [e[0] for e in typed_events("The Foreign Ministry released a statement on Monday.", lexicon)] != ["other"]
