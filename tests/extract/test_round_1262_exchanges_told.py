"""Round 1262: prisoners exchanged or released, told by the noun as the object of whoever brought it about ("Norway
brokered the exchange of 40 detainees …", "a truce that resulted in the release of 60 hostages in May") is an `other`
of its own date (`acts.PRISONERS_TOLD`, read among the triggers). Several swaps, and a release named without a verb of
mediation or outcome, are not. Sentences of our own; published Friday 2023-05-12. Read at the rule stage
(`learned=False`) and through the triggers themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import rule_days, trigger_texts


@pytest.mark.parametrize(("body", "day"), [
    ("Months ago Norway brokered the exchange of 40 detainees between Chile and Peru on 2 February 2023.",
     dt.date(2023, 2, 2)),
    ("The Andean truce of March 2022 eventually resulted in the release of 60 hostages in May 2022, officials recalled.",
     dt.date(2022, 5, 1)),
])
def test_an_exchange_told_by_its_noun_is_an_act_of_its_date(body: str, day: dt.date, lexicon) -> None:
    assert rule_days(body, lexicon, "other") == [day]


def test_through_the_triggers() -> None:
    assert trigger_texts("Geneva talks later facilitated the swap of some 200 captives.", "other") == [
        "facilitated the swap of some 200 captives"]
    assert trigger_texts("Oslo brokered several swaps of captives last year.", "other") == []  # several acts: an aggregate
    assert trigger_texts("The release of the hostages is a priority for both sides.", "other") == []  # no verb of outcome
