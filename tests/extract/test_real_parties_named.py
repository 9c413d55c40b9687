"""Parties named in other ways (round 42): "South and North Korea" and "the two Koreas" are both states, Kosovo is a
party, a process's body that "will convene" holds a session, the organisation in a speaker's title is no participant of
the event the speaker reports, and "what X said" is no act of X; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


_events = typed_events


def test_south_and_north_korea_are_both_states(lexicon) -> None:
    events = _events("South and North Korea held high-level talks at the truce village of Panmunjom on Tuesday.", lexicon)
    assert [sorted(a) for _, _, a in events] == [["North Korea", "South Korea"]]


def test_the_two_koreas_are_both_states(lexicon) -> None:
    events = _events("The two Koreas held military talks on Tuesday.", lexicon)
    assert [sorted(a) for _, _, a in events] == [["North Korea", "South Korea"]]


def test_kosovo_is_a_party(lexicon) -> None:
    assert _events("The leaders of Kosovo and Serbia met in Brussels on Tuesday.", lexicon) == \
        [("summit", dt.date(2023, 5, 9), ["Kosovo", "Serbia"])]


def test_a_committee_that_will_convene_holds_a_session(lexicon) -> None:
    # the rule stage: the session and no party of its own (the learned step may add the UN, round 1110)
    events = _events("The Syrian Constitutional Committee will convene in Geneva on June 20, the UN envoy said on Tuesday.",
                     lexicon, learned=False)
    assert ("talk_round", dt.date(2023, 6, 20), []) in events


def test_the_organisation_in_a_speakers_title_takes_no_part(lexicon) -> None:
    events = _events("The foreign ministers of Chile and Peru will meet in Arica on June 20, OAS envoy Jane Roe said on "
                     "Tuesday.", lexicon)
    assert ("meeting", dt.date(2023, 6, 20), ["Chile", "Peru"]) in events


def test_what_someone_said_is_no_statement_of_theirs(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz said on Tuesday that what the Peruvian president said mattered "
                     "less.", lexicon)
    assert events == [("statement", dt.date(2023, 5, 9), ["Ana Ruiz", "Chile"])]
