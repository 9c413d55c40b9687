"""Round 370: an appointment to a diplomatic post is a decision of the day it is told with ("was nominated Wednesday as
the envoy", "appointed X as his special envoy on Monday"); no trigger read it (`appointments.py`). Sentences of our
own; the publication day is Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_nominated_as_envoy_in_the_passive(lexicon) -> None:
    assert typed_days("Veteran Norwegian diplomat Lars Hovland was nominated Tuesday as the organization's envoy to the "
                      "Cyprus talks.", lexicon) == [("decision", dt.date(2023, 5, 9))]


def test_appointed_someone_as_special_envoy(lexicon) -> None:
    events = typed_events("On Monday, the Secretary-General Antonio Guterres appointed Maria Castell as his special envoy "
                          "for the Great Lakes.", lexicon)
    assert [(e[0], e[1]) for e in events] == [("decision", dt.date(2023, 5, 8))]
    assert "United Nations" in events[0][2]


def test_guard_a_cabinet_post_and_an_undated_appointment_are_no_decision(lexicon) -> None:
    assert typed_days("The cabinet appointed Paul Hendry as finance minister on Monday.", lexicon) == []
    assert typed_days("He was appointed envoy after a long search.", lexicon) == []
