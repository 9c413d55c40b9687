"""A dateline whose agency is glued to the first word (round 143): "Lima , SANA-Peruvian Ministry of Foreign Affairs on
Wednesday announced …" has the dateline Lima and the agency SANA, and the ministry that follows is the speaker; "Lima,
Peru-Chile talks resumed" has no dateline (no agency there). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events
from tracker.extract.article import parse_text


def test_glued_agency_is_a_dateline() -> None:
    article = parse_text("published: 2023-05-12\n\nTalks\n\nLima , SANA-Peruvian Ministry of Foreign Affairs on Wednesday "
                         "announced that the next round will not include a final meeting.", "own")
    assert (article.dateline_place, article.publisher) == ("Lima", "SANA")
    assert article.paragraphs[0].startswith("Peruvian Ministry")


def test_the_ministry_after_it_speaks(lexicon) -> None:
    text = ("Lima , SANA-Peruvian Ministry of Foreign Affairs on Wednesday announced that the next round of talks with Chile "
            "will be held in Quito in June.")
    events = typed_events(text, lexicon)
    assert ("announcement", dt.date(2023, 5, 10)) in [(t, day) for t, day, _ in events]


def test_a_compound_after_a_comma_is_no_agency() -> None:
    """A guard: a capitalised compound after the place is no agency."""
    article = parse_text("published: 2023-05-12\n\nTalks\n\nLima, Peru-Chile talks resumed on Monday.", "own")
    assert article.dateline_place is None
