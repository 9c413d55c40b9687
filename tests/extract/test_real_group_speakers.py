"""Words whose subject is a group (round 211): "Both sides said …", "The warring sides announced …", "After meeting
…, the co-chairs said …" gave no event, since a speech verb with no named speaker was dropped unless an unnamed source
spoke. A group that opens its sentence (or follows a fronted phrase) and speaks with "said", "announced", "told",
"confirmed" … is now the speaker, its members resolved as for other events ("both sides": the parties just named; "the
OSCE Minsk Group co-chairs": the Group). A readout's "both sides expressed / reaffirmed" stays with its meeting, and a
group that reports another's event at the end of a sentence is still an attribution. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_both_sides_said(lexicon) -> None:
    events = typed_events("Armenia and Azerbaijan held talks in Washington. Both sides said on Wednesday they were "
                          "satisfied with the progress.", lexicon, learned=False)
    assert ("statement", dt.date(2023, 5, 10), ["Armenia", "Azerbaijan"]) in events


def test_the_warring_sides_announced(lexicon) -> None:
    events = typed_events("Sudan's army and the RSF held talks in Jeddah on Monday. The warring sides announced on "
                          "Wednesday that they had accepted an invitation to resume negotiations.", lexicon)
    assert ("announcement", dt.date(2023, 5, 10), ["Rapid Support Forces", "Sudanese Armed Forces"]) in events


def test_co_chairs_after_a_fronted_phrase(lexicon) -> None:
    events = typed_events("After meeting the Armenian and Azerbaijani foreign ministers on Tuesday, the OSCE Minsk Group "
                          "co-chairs said they were satisfied with the progress.", lexicon)
    assert ("statement", dt.date(2023, 5, 9), ["OSCE Minsk Group"]) in events


def test_guard_readouts_and_attributions(lexicon) -> None:
    events = typed_events("The foreign ministers of Armenia and Azerbaijan met in Washington on Tuesday. Both sides "
                          "expressed support for continuing the dialogue. Talks will resume in Geneva on Saturday, both "
                          "sides said.", lexicon)
    assert [e[0] for e in events].count("statement") == 0
    assert any(e[0] == "meeting" and e[1] == dt.date(2023, 5, 9) for e in events)
