"""Round 670: an act named by its own date ("the six-point agreement of 12 August 2008", "the June 5, 2025, call") is
an event of its own, also as the object of "recalled", "reaffirmed", "stressed". Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_an_agreement_of_a_date_recalled_is_that_agreement(lexicon) -> None:
    assert typed_days("The envoys reaffirmed the six-point agreement of 12 August 2021.", lexicon) == [
        ("agreement", dt.date(2021, 8, 12))]
    assert typed_days("Both delegations recalled the memorandum of 3 March 2022 on transit.", lexicon) == [
        ("agreement", dt.date(2022, 3, 3))]
    assert typed_days("The ministers stressed the importance of the Tashkent Declaration of May 11, 2020.", lexicon) == [
        ("agreement", dt.date(2020, 5, 11))]


def test_a_call_named_by_its_date(lexicon) -> None:
    assert typed_days("The trade talks built on the June 5, 2022, call between the two presidents.", lexicon) == [
        ("call", dt.date(2022, 6, 5))]
    assert typed_days("Officials cited the March 2, 2021 phone call as the start of the thaw.", lexicon) == [
        ("call", dt.date(2021, 3, 2))]


def test_guard_a_speech_act_keeps_its_object_without_of(lexicon) -> None:
    # the talks are what was announced; the Tuesday is the announcement's
    assert ("talk_round", dt.date(2023, 5, 9)) not in typed_days("The ministry announced the talks on Tuesday.", lexicon)
    # "a call on" is an appeal, no telephone call
    assert not any(kind == "call" for kind, _ in typed_days(
        "The council renewed its call on the parties on Tuesday to respect the truce.", lexicon))
