"""What the parties agreed at talks belongs to the talks (round 175; docs/extraction.md, "Types": "the parties agreed
to …" at the end of talks belongs to the talks unless the text dates the agreement or a document is signed or adopted):
"At talks in Switzerland last month, …, X and Y agreed to free 887 detainees" (226) gave an agreement and no talks. A
sentence that opens "At / During (the) talks / negotiations / meeting(s) / consultations / session in … ," and whose
main verb is "agreed" now reports those talks: a meeting, or a talk round when its process holds standing talks. A
signing stays an agreement. Since the twenty-ninth stop (decision 2) an outcome that commits the parties beyond the
talks (detainees freed) is also an agreement of its own, of the talks' days (round 1306). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_agreed_at_talks_is_the_talks(lexicon) -> None:
    text = "At talks in Geneva last month, attended by the United Nations, Chile and Peru agreed to free 80 detainees."
    assert sorted(typed_days(text, lexicon)) == [("agreement", dt.date(2023, 4, 1)), ("meeting", dt.date(2023, 4, 1))]


def test_agreed_at_a_session_of_standing_talks_is_a_round(lexicon) -> None:
    text = "At talks in Switzerland last month, Yemen's government and the Houthis agreed to free 80 detainees."
    assert sorted(t for t, _ in typed_days(text, lexicon)) == ["agreement", "talk_round"]


def test_signed_at_talks_stays_an_agreement(lexicon) -> None:
    """A guard: a document signed is the agreement."""
    text = "At talks in Geneva on Monday, Chile and Peru signed a deal to free 80 detainees."
    assert typed_days(text, lexicon) == [("agreement", dt.date(2023, 5, 8))]
