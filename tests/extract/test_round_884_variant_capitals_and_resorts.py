"""Round 884: places as wires spell them (former and variant names of capitals: Nur Sultan, Akmola, Toshkent, Frunze,
Ashgabad, Dacca, Teheran, Jiddah, Tiranë, Beograd) and the resorts and towns of Central Asian and Caspian summits
(Issyk-Kul, Burabay, Avaza, Turkmenbashi, Termez, Khiva), rows of landmarks.tsv with a source each. The venue keeps the
text's spelling. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own, venues_of


@pytest.mark.parametrize("body, place", [
    ("The foreign ministers of Russia, Iran and Turkey met in Nur Sultan on Friday to discuss Syria.", "Nur Sultan"),
    ("The presidents of the five Central Asian states held a summit in Issyk-Kul on Friday.", "Issyk-Kul"),
    ("Iranian and Saudi negotiators held a new round of talks in Teheran on Friday.", "Teheran"),
    ("The leaders of the Caspian states met at Avaza on Friday for their sixth summit.", "Avaza"),
    ("Afghan and Uzbek officials held talks in Termez on Friday on trade across the border.", "Termez"),
])
def test_the_place_as_spelt_is_the_venue(body: str, place: str, lexicon) -> None:
    assert venues_of(body, lexicon)[:1] == [place]


def test_guard_the_name_of_a_person_is_no_place(lexicon) -> None:
    extraction = extract_own("Former Kazakh president Nursultan Nazarbayev met Russian President Vladimir Putin on "
                             "Friday to discuss trade.", lexicon)
    assert [c.venue for c in extraction.events] == [None]
