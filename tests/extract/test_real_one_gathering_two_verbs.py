"""One gathering told by two verbs, and told again (round 117): "The first meeting of the X format was held in France on
June 6, 2014, when the leaders of A, B, C and D held talks" (204), after a first mention of the same meeting, gave the
round and a second meeting of that day: the round's earlier mention took the repeated sentence's round, and the talks of
its leaders, a meeting, merged with a round only when it was a session of a standing process. Two gatherings (meeting,
summit, talk round) of one day told in one sentence, one's actors among the other's, are now one. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_first_meeting_told_twice(lexicon) -> None:
    body = ("The first meeting in the so-called Lima format was held in Peru on June 6, 2014.\n\n"
            "The group has met eleven times since. The first meeting in the so-called Lima format was held in Peru, on June "
            "6, 2014, during celebrations of the anniversary of the treaty, when the leaders of Chile, Peru and Bolivia held "
            "talks to find a solution to the border dispute.")
    assert [d for d in typed_days(body, lexicon) if d[1] == dt.date(2014, 6, 6)] == [("summit", dt.date(2014, 6, 6))]  # its
    # leaders held talks: one summit (round 170), as the label of 204 has it


def test_two_meetings_of_a_day_in_two_sentences_stay_two(lexicon) -> None:
    """A guard: other parties in another sentence are another meeting."""
    body = ("The ministers of Chile and Peru met in Arica on Monday.\n\n"
            "The presidents of Bolivia and Ecuador held a summit in Quito on Monday.")
    assert len(typed_days(body, lexicon)) == 2
