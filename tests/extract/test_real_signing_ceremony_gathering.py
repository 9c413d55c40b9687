"""A signing ceremony is the signing (round 179; docs/extraction.md, "Types": talks that end in a document signed are an
`agreement`): "In a historic signing ceremony hosted by President Donald Trump at the White House, …" (137) and "Qatar
yesterday, July 19, 2025, hosted a signing ceremony for a declaration …" (253) were a meeting and a talk round. A
gathering the sentence names as a signing ceremony is now an agreement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_signing_ceremony_hosted(lexicon) -> None:
    text = ("In a historic signing ceremony hosted by President Luis Vera in Lima on Tuesday, Chile and Peru became the "
            "first nations to establish full relations.")
    assert typed_days(text, lexicon) == [("agreement", dt.date(2023, 5, 9))]


def test_a_dinner_after_the_ceremony_stays_a_meeting(lexicon) -> None:
    """A guard: only the ceremony's own gathering is the signing."""
    text = "The ministers of Chile and Peru met for a dinner in Lima on Tuesday, hours after the signing ceremony."
    assert [t for t, _ in typed_days(text, lexicon)] == ["meeting"]
