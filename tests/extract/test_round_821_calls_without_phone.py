"""Round 821: a call told without the word "phone", as wires and readouts write it ("received a call from", "held a
call with", "In a call on Thursday, …", "held a videoconference") is a `call`. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_days


THURSDAY = dt.date(2023, 5, 11)


@pytest.mark.parametrize("body", [
    "Russian President Vladimir Putin received a call from Turkish President Recep Tayyip Erdogan on Thursday.",
    "Turkish President Recep Tayyip Erdogan held a call with Russian President Vladimir Putin on Thursday.",
    "Egyptian President Abdel Fattah al-Sisi made a call to Ethiopian Prime Minister Abiy Ahmed on Thursday.",
    "Egyptian President Abdel Fattah al-Sisi took a call from Ethiopian Prime Minister Abiy Ahmed on Thursday.",
    "In a call on Thursday, Putin and Erdogan discussed the grain deal.",
    "Blinken and Lavrov held a 30-minute call on Thursday.",
    "Putin and Erdogan held a videoconference on Thursday.",
])
def test_a_call_without_phone_is_a_call(body: str, lexicon) -> None:
    assert typed_days(body, lexicon) == [("call", THURSDAY)]


@pytest.mark.parametrize("body", [
    "Turkish President Recep Tayyip Erdogan issued a call for calm on Thursday.",
    "The Chilean ambassador paid a courtesy call on the Peruvian foreign minister in Lima on Thursday.",
])
def test_guard_a_call_for_something_or_a_courtesy_call_is_no_call(body: str, lexicon) -> None:
    """The guard: "a call for calm" asks for something; a courtesy call is paid in person."""
    assert all(kind != "call" for kind, _ in typed_days(body, lexicon))
