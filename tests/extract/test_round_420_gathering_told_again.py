"""Round 420: a held meeting told again below without a day, by the same people seen from the other side, is one meeting
(`retold.py`, read by `undated_events.date_undated`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_meeting_told_again_from_the_other_side_is_one(lexicon) -> None:
    body = ("Special envoy Marten Aalbers met members of the northern alliance on Thursday in Mopti, Mali.\n\n"
            "The talks covered the ceasefire and the return of displaced families.\n\n"
            "Ousmane Keita, the alliance's chief negotiator, and Fatou Diarra, its spokeswoman, met with Aalbers in a "
            "school building on the edge of town.")
    assert typed_days(body, lexicon).count(("meeting", dt.date(2023, 5, 11))) == 1


def test_guard_the_same_minister_meeting_another_counterpart_stays_apart(lexicon) -> None:
    body = ("Foreign Minister Lena Varga met her counterpart Tomas Brenner on Thursday in Vienna.\n\n"
            "Varga also met Prime Minister Ahmet Yilmaz.")
    assert typed_days(body, lexicon).count(("meeting", dt.date(2023, 5, 11))) == 2
