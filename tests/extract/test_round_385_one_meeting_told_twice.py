"""Round 385 (docs/extraction.md, "Dateline city and venue"): a meeting told twice on one day, once without its place
("Later on Tuesday, he met his counterpart X") and once with it ("… met with X at the Foreign Ministry in Lima"), kept
no place on the first telling; a held gathering with no place now takes the place of one of its type and day where all
its officials are. A meeting with another official keeps none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

_LANDED = "Chilean Foreign Minister Alberto van Klaveren landed in Peru on Tuesday morning.\n\n"


def _meetings(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "meeting"]


def test_the_same_meeting_told_with_its_place(lexicon) -> None:
    body = (_LANDED + "Later on Tuesday, he laid a wreath and met with his Peruvian counterpart Ana Cecilia Gervasi.\n\n"
            "Following the ceremony, Van Klaveren met with Ana Cecilia Gervasi at the Foreign Ministry in Lima and "
            "signed a trade agreement.")
    # the premises kept whole with their town, as the guideline keeps "Ministry of Foreign Affairs in Seoul" (round 1100)
    assert _meetings(body, lexicon) == ["Foreign Ministry in Lima", "Foreign Ministry in Lima"]


def test_a_meeting_with_another_official(lexicon) -> None:
    """A guard: his meeting with the prime minister is not the one told in Lima."""
    body = (_LANDED + "Later on Tuesday, Van Klaveren met with Peruvian Prime Minister Alberto Otarola.\n\n"
            "Following the ceremony, Van Klaveren met with Ana Cecilia Gervasi at the Foreign Ministry in Lima and "
            "signed a trade agreement.")
    assert _meetings(body, lexicon)[0] is None
