"""A signing ceremony (round 147): "Qatar yesterday, July 19, hosted a signing ceremony for a Declaration of Principles
between the government of Chad and the rebels" is the accord of that day, not talks Qatar hosted; "attended the signing
ceremony" too. A ceremony of another kind stays what its verb says. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_hosted_a_signing_ceremony(lexicon) -> None:
    text = ("Qatar on Thursday hosted a signing ceremony for a Declaration of Principles between the government of Chad "
            "and the rebels.")
    assert typed_days(text, lexicon) == [("agreement", dt.date(2023, 5, 11))]


def test_attended_the_signing_ceremony(lexicon) -> None:
    text = "Peruvian Foreign Minister Ana Soto attended the signing ceremony in Quito on Tuesday."
    assert typed_days(text, lexicon) == [("agreement", dt.date(2023, 5, 9))]


def test_another_ceremony(lexicon) -> None:
    """A guard: an opening ceremony hosted is no accord."""
    text = "Qatar on Thursday hosted the opening ceremony of the talks between the government of Chad and the rebels."
    assert "agreement" not in [t for t, _ in typed_days(text, lexicon)]
