"""A speaker with a title to a place (round 128): "The UN special envoy to Peru has said …" is the UN's statement (the
title and its place stand between the speaker and the verb), and words with no day of their own take no day from a
month-long act of the same speaker ("last month"): the publication day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_special_envoy_to_a_state(lexicon) -> None:
    text = "The UN special envoy to Peru has said the deal is a step forward."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 12), ["United Nations"])]


def test_special_representative_for_a_region(lexicon) -> None:
    text = "The EU special representative for the Sahel said on Tuesday the talks were useful."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["European Union"])]


def test_words_take_no_day_from_a_month_long_act(lexicon) -> None:
    text = ("At talks in Lima last month, attended by the United Nations, Peru and Chile agreed to free 80 detainees. "
            "The UN special envoy to Peru has said the deal is a step forward.")
    assert typed_events(text, lexicon)[-1] == ("statement", dt.date(2023, 5, 12), ["United Nations"])


def test_a_title_with_no_place_is_no_gap(lexicon) -> None:
    """A guard: "the UN envoy's long-awaited report on the talks said" names no speaker of its own."""
    text = "The UN envoy's long-awaited report on the refugee talks said the deal is a step forward."
    assert [e for e in typed_events(text, lexicon) if e[2] == ["United Nations"]] == []
