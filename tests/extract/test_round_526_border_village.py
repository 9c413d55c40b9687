"""Round 526 (docs/extraction.md, "Venues"): round 457 gives a gathering told "at the border between the two
countries" the two states' border, but not one told at a place on it ("the border village of X"); a word between
"border" and the place noun slipped past ("at the border truce village of Panmunjom"), so a summit planned in the same
sentence took the states' border. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def test_a_village_on_the_border_is_no_border_venue(lexicon) -> None:
    body = ("North Korea and South Korea agreed to hold a summit of their leaders in June, after officials met on Monday "
            "at the border truce village of Panmunjom.")
    extraction = extract_own(body, lexicon, headline="Koreas to hold summit")
    assert not any(c.venue and c.venue[0].endswith(" border") for c in extraction.events)


def test_the_border_between_the_countries_stays(lexicon) -> None:
    """A guard: a meeting held at the border between the two states still takes that border."""
    body = ("Officials of Armenia and Azerbaijan met on Monday at the border between the two countries to discuss the "
            "delimitation of their frontier.")
    extraction = extract_own(body, lexicon, headline="Border commission meets")
    assert any(c.venue and c.venue[0] == "Armenia-Azerbaijan border" for c in extraction.events)
