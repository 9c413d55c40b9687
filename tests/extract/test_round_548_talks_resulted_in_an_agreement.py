"""Round 548: talks that "resulted in", "culminated in" or "led to" an agreement report the agreement, an event of its
own beside the words that tell it; in the present perfect it is news of the day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_talks_have_resulted_in_an_agreement(lexicon) -> None:
    days = typed_days("Kenya's special envoy Jane Mwangi announced that the peace talks in Arusha have resulted in an "
                      "agreement on the cessation of hostilities between the government and the rebels.", lexicon)
    assert ("agreement", dt.date(2023, 5, 12)) in days and any(kind in ("statement", "announcement") for kind, _ in days)


def test_guard_a_regime_that_resulted_makes_no_agreement(lexicon) -> None:
    days = typed_days("Kenya's special envoy Jane Mwangi said the Arusha process resulted in a ceasefire regime in the "
                      "north.", lexicon)
    assert not any(kind == "agreement" for kind, _ in days)
