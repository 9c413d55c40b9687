"""Round 423: one gathering told twice in one sentence, by a verb with no day and by a dated noun, is one event
(`retold.twice_in_sentence`, read by `merging._same_event`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_a_town_set_to_host_a_dated_meeting_is_one_meeting(lexicon) -> None:
    body = ("Vienna, the capital of Austria, is set to host a significant meeting on Tuesday as the deputy foreign ministers "
            "of Hungary, Slovenia, Croatia and Slovakia gather to discuss the border regime.")
    assert [t for t, _ in typed_days(body, lexicon)].count("meeting") == 1


def test_guard_two_dated_meetings_of_one_sentence_stay_two(lexicon) -> None:
    body = ("Foreign Minister Lena Varga met her Hungarian counterpart on Monday in Vienna and will meet the Slovenian "
            "foreign minister in Ljubljana on May 16.")
    assert [t for t, _ in typed_days(body, lexicon)].count("meeting") == 2
