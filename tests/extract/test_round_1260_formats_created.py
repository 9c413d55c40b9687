"""Round 1260: a format, mechanism or body whose creation a participle tells with its own date is an `other` (a format
created): fronted ("Set up in March 2019, the JBTF meets …"), in apposition ("The forum, first established on 2 June
2016, …"), a passive of "launched", or a creation verb after a dash aside (`formats_created.py`, read among the
triggers). An agent between verb and date, no format noun, and a series of talks are not read. Sentences of our own;
published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the triggers themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import rule_days, trigger_texts


@pytest.mark.parametrize(("body", "day"), [
    ("Set up in March 2019, the JBTF meets twice a year to review fishing quotas along the Chile-Peru sea border.",
     dt.date(2019, 3, 1)),
    ("The Andean water forum, first established on 2 June 2016, now gathers eleven riparian ministries.",
     dt.date(2016, 6, 2)),
    ("The Lima Platform — whose members include Chile, Peru and Bolivia — was formally launched in Quito on 14 August 2018.",
     dt.date(2018, 8, 14)),
])
def test_a_format_created_is_an_event_of_its_date(body: str, day: dt.date, lexicon) -> None:
    assert rule_days(body, lexicon, "other") == [day]


def test_through_the_triggers() -> None:
    assert trigger_texts("Created in 2015, the Pacific Dialogue Mechanism has met nine times.", "other") == [
        "Created in 2015, the Pacific Dialogue Mechanism"]
    assert trigger_texts("The border commission was launched last spring by both ministries.", "other") == [
        "commission was launched"]
    assert trigger_texts("The joint mechanism, launched by Peru in 2017, has stalled.", "other") == []  # an agent, then the date
    assert trigger_texts("Formed in 2004, the coastal free-trade zone employs 5,000 people.", "other") == []  # no format
    assert trigger_texts("The Andean talks were launched in 2017 to settle the border.", "other") == []  # a series of talks
    assert trigger_texts("The committee, set up to monitor the truce, met on Monday.", "other") == []  # no date after the verb
