"""Round 441: the signing of a document named by its own capitalised title ("the signing of the Lisbon Accord", "convened
the Signing of a Joint Declaration", "the signing of the “Treaty of Amity”") had no trigger: the pattern knew the nouns
only in lower case and without an opening quote. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_signing_of_a_capitalised_accord(lexicon) -> None:
    days = typed_days("The border war ended with the signing of the Lisbon Accord on March 3, 2004.", lexicon)
    assert ("agreement", dt.date(2004, 3, 3)) in days


def test_convened_the_signing_of_a_quoted_declaration(lexicon) -> None:
    days = typed_days("On Tuesday, the foreign minister of Norway convened the Signing of a “Declaration of Amity” "
                      "between Kenya and Uganda.", lexicon)
    assert ("agreement", dt.date(2023, 5, 9)) in days


def test_guard_signing_of_a_law_is_no_accord(lexicon) -> None:
    days = typed_days("On Tuesday, the president attended the signing of the new Budget Law in the capital.", lexicon)
    assert "agreement" not in [t for t, _ in days]
