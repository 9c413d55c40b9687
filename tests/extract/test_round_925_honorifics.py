"""Round 925: the style of address of officials ("H.E", "H.E.", "His Excellency", "Her Excellency") is no part of a name.

Diplomatic copy (ministries, regional bodies, state agencies) addresses officials as "H.E. Jane Doe" or "His Excellency
Dr Jane Doe": "H.E" gave a person named "H." and "His Excellency Dr Jane" one named so. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract.personnames import clean_name


@pytest.mark.parametrize("body, person", [
    ("The envoy met the President of Ghana, H.E Nana Mensah, in Accra on Tuesday for talks on the peace process.", "Nana Mensah"),
    ("The delegation was received by President H.E. Nana Mensah in Accra on Friday for talks.", "Nana Mensah"),
    ("The secretary general welcomed the support for the council headed by His Excellency Dr Jane Okafor Bello.",
     "Jane Okafor Bello"),
    ("The minister met Her Excellency Amina Yusuf, Foreign Minister of Nigeria, in Abuja on Monday for talks.", "Amina Yusuf"),
    ("Foreign Minister H.E. Dr. Amina Yusuf met the Kenyan envoy in Nairobi on Monday for talks.", "Amina Yusuf"),
])
def test_address_is_no_part_of_the_name(body: str, person: str, lexicon) -> None:
    names = {n for _, actors in typed_actors(body, lexicon) for n in actors}
    assert not any(n.startswith(("H.", "His ", "Her ")) for n in names)
    if person in {"Nana Mensah", "Amina Yusuf"}:
        assert person in names


def test_initials_alone_are_no_name() -> None:
    assert clean_name("H.") is None
    assert clean_name("His Excellency Dr Rashid") == "Rashid"


def test_guard_names_with_initials_stay() -> None:
    assert clean_name("Jane Q. Doe") == "Jane Q. Doe"
    assert clean_name("P. G. Menon") == "P. G. Menon"
    assert clean_name("Dr. Jane Doe") == "Jane Doe"
