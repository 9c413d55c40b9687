"""Round 1100: premises named by their town ("at the Norwegian embassy in Madrid", "at the headquarters of the Gulf
Cooperation Council in Riyadh") are the venue kept whole, as the guideline keeps "German embassy in Vienna" and
"Ministry of Foreign Affairs in Seoul"; the plain "in <place>" reading took the town alone.

Guards: the UN's premises are the town's ("the U.N.'s European headquarters in Geneva", "at UN headquarters in New
York"), a possessive names no premises kept whole, and a plain town stays a town. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.mentions import Roster
from tracker.extract.premises import housed
from tracker.extract.venues import venue_of


@pytest.mark.parametrize("text, venue", [
    ("The two foreign ministers met at the Norwegian embassy in Madrid on Monday to discuss the ceasefire.",
     "Norwegian embassy in Madrid"),
    ("The delegations held talks at the headquarters of the Gulf Cooperation Council in Riyadh on Monday.",
     "headquarters of the Gulf Cooperation Council in Riyadh"),
    ("The envoy visited the Turkish Embassy in Berlin on Friday to meet the opposition delegates.",
     "Turkish Embassy in Berlin"),
    ("The round will be held at the African Union headquarters in Addis Ababa on 3 June.",
     "African Union headquarters in Addis Ababa"),
    ("The officials met at the Iranian Consulate General in the Turkish city of Istanbul on Friday.",
     "Iranian Consulate General in Istanbul"),
])
def test_premises_are_kept_whole(text: str, venue: str, lexicon) -> None:
    assert venue_of(text, Roster(lexicon), 0, None)[0] == venue


@pytest.mark.parametrize("text, town", [
    ("The envoys met on Monday at the U.N.'s European headquarters in Geneva.", "Geneva"),
    ("The ministers met at UN headquarters in New York on Tuesday.", "New York"),
    ("The ministers met at the UN Office in Geneva on Tuesday.", "Geneva"),
    ("The ministers met at the prime minister's office in Ankara on Tuesday.", "Ankara"),
    ("The ministers met in Ankara on Tuesday.", "Ankara"),
])
def test_the_town_stays_the_town(text: str, town: str, lexicon) -> None:
    assert venue_of(text, Roster(lexicon), text.index(" met"), None)[0] == town


def test_housed_reads_only_the_words_right_before_the_town() -> None:
    text = "The embassy said the ministers met in Madrid."
    assert housed(text, text.index("in Madrid"), ("Madrid", "ESP")) is None
    text = "They met at the Spanish embassy in Madrid."
    assert housed(text, text.index("in Madrid"), ("Madrid", "ESP")) == ("Spanish embassy in Madrid", "ESP")
