"""Round 343: what an accord says ("The agreement, signed by X and Y, calls for …") is the content of a document, no
proposal of the parties named around it (docs/extraction.md, "What counts as an event"). A minister who calls for
something still proposes. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

MET = "The foreign ministers of Kenya and Uganda met in Nairobi on Wednesday."


def test_the_agreement_calls_for(lexicon) -> None:
    body = (f"{MET}\n\nThe agreement, signed by the foreign ministers of Kenya and Uganda, calls for a withdrawal of "
            "troops from the border.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_guard_a_minister_who_calls_for_proposes(lexicon) -> None:
    body = f"{MET}\n\nThe Kenyan foreign minister called for a withdrawal of Ugandan troops from the border."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("proposal", dt.date(2023, 5, 10))]
