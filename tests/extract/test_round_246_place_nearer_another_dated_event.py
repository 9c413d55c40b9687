"""Round 246 (docs/extraction.md, "Dateline city and venue"): a place told after another event with a date of its own,
and nearer to it than to this event, is that event's ("agreed to hold talks on March 9 in the border city of Arica to
prepare for a summit … planned for May": Arica is the talks', not the summit's). Round 186 fenced only a place told
past another dated verb. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_the_place_of_the_talks_is_not_the_summits(lexicon) -> None:
    body = ("Peru has agreed to hold talks with Chile on March 9 in the border city of Arica to prepare for a summit of "
            "their presidents planned for May, the Chilean government said on Saturday.")
    venues = _venues(body, lexicon)
    assert ("meeting", "Arica") in venues and ("summit", None) in venues


def test_the_place_after_the_event_itself_stays(lexicon) -> None:
    """A guard: the signing told after the talks keeps the place told after it (the talks, an event of their own
    since round 269, do not take it)."""
    body = "After talks on Monday, the Chilean and Peruvian foreign ministers signed a fisheries accord in Lima on Tuesday."
    assert sorted(_venues(body, lexicon), key=str) == [("agreement", "Lima"), ("meeting", None)]
