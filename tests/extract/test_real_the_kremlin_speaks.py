""""The Kremlin said" is the Kremlin's statement, and Russia's (round 164), as "the ministry said" is the ministry's and its
state's: the Kremlin was only another name of Russia. "At the Kremlin" stays a place, and "Kremlin spokesman X" the
spokesman's. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_kremlin_said(lexicon) -> None:
    body = "The Kremlin said on Thursday that the two presidents could speak on short notice."
    assert [actors for _, _, actors in typed_events(body, lexicon)] == [["Kremlin", "Russia"]]


def test_at_the_kremlin_and_its_spokesman(lexicon) -> None:
    """A guard."""
    assert [actors for _, _, actors in typed_events("The ministers of Chile and Peru held talks at the Kremlin on Thursday.",
                                                    lexicon)] == [["Chile", "Peru"]]
    assert [actors for _, _, actors in typed_events("Kremlin spokesman Dmitry Peskov said on Thursday that no documents "
                                                    "would be signed.", lexicon)] == [["Dmitry Peskov", "Russia"]]
