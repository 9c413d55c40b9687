"""Round 1220 (branch keep26): the keep model sees where a candidate stands in its article's story.

The keep step (`keep.py`) read each candidate alone; of the dev split's 345 false candidates about a third repeat another
candidate of the same type and day (one act told twice), and many others tell background (a past perfect, "last
year", a day weeks before the publication day). Its features now say so: the candidate's day against the publication
day, a background mark of its sentence, its rank, and whether another candidate of its type tells the same day (and
whether it is the first or the fuller of them) or the same actors. Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

from tracker.extract.candidate import Candidate
from tracker.extract.keep import features, keep_likely

PUBLISHED = dt.date(2031, 3, 14)


def _talk(order: int, day: dt.date | None, sentence: str, actors: tuple[str, ...] = ("NOR", "SWE")) -> Candidate:
    return Candidate("meeting", paragraph=order, order=order, first=day, last=day, precision="day" if day else None,
                     dated_by="text" if day else "none", actors={a: "participant" for a in actors},
                     evidence=[sentence], confidence=0.7)


def test_the_day_is_read_against_the_publication_day() -> None:
    today = _talk(0, PUBLISHED, "Norway's and Sweden's envoys sat down in Tromso on Friday.")
    yesterday = _talk(1, PUBLISHED - dt.timedelta(days=1), "The envoys sat down on Thursday.")
    long_ago = _talk(2, dt.date(2029, 6, 2), "The envoys first sat down in June 2029.")
    assert "days=0" in features(today, None, 3, [today], PUBLISHED)
    assert {"days=1", "type*days=meeting*1"} <= set(features(yesterday, None, 3, [yesterday], PUBLISHED))
    assert "days=older" in features(long_ago, None, 3, [long_ago], PUBLISHED)
    assert "days=none" in features(today, None, 3, [today], None)  # a page with no publication date


def test_a_background_sentence_is_marked() -> None:
    for sentence in ("The two sides had signed a fisheries pact that expired.", "They last met in 2027 in Bergen.",
                     "The envoys met a year ago in Oslo.", "Talks stalled last month over quotas."):
        assert "background=True" in features(_talk(0, None, sentence), None, 1), sentence
    assert "background=False" in features(_talk(0, None, "The envoys are meeting in Oslo today."), None, 1)


def test_one_act_told_twice_is_seen_from_both_tellings() -> None:
    first = _talk(0, PUBLISHED, "The envoys of Norway and Sweden held talks in Tromso on Friday.")
    again = _talk(3, PUBLISHED, "Friday's meeting lasted four hours, an aide said.", actors=())
    other = _talk(5, PUBLISHED - dt.timedelta(days=7), "They had met a week earlier as well.")
    story = [first, again, other]
    row_first, row_again = (set(features(c, None, 3, story, PUBLISHED)) for c in (first, again))
    assert {"same_day=1", "same_day_first=True", "same_day_fuller=True", "rank=0"} <= row_first
    assert {"same_day=1", "same_day_first=False", "same_day_fuller=False", "rank=1"} <= row_again
    assert "same_day=0" in features(other, None, 3, story, PUBLISHED)
    assert not any(f.startswith("same_day_") for f in features(other, None, 3, story, PUBLISHED))


def test_same_actors_of_another_candidate_of_the_type() -> None:
    a = _talk(0, PUBLISHED, "Norway and Sweden met on Friday.")
    b = _talk(1, None, "Norway and Sweden will meet again.")
    alone = _talk(2, None, "Denmark and Finland met too.", actors=("DNK", "FIN"))
    assert "same_actors" in features(a, None, 3, [a, b, alone], PUBLISHED)
    assert "same_actors" not in features(alone, None, 3, [a, b, alone], PUBLISHED)
    assert "same_actors" not in features(_talk(0, None, "A meeting.", actors=()), None, 1, [], None)  # none named


def test_keep_likely_takes_the_publication_day() -> None:
    told = _talk(0, PUBLISHED, "The envoys of Norway and Sweden held talks in Tromso on Friday.")
    kept = keep_likely([told], None, False, PUBLISHED)
    assert kept == [told] and 0.1 <= told.confidence <= 1
