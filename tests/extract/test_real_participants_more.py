"""Participants named elsewhere (round 66): "the two ministers" after a call or meeting of two officials are those
officials and their states (the group rules had looked for two states, which the officials' states are only later);
participation said inside a quote ("Delegations of X and Y have confirmed their participation," he said) names the
participants of the event just told. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_the_two_ministers_after_a_call_of_two_officials(lexicon) -> None:
    text = ("Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vera discussed the border by phone on "
            "Tuesday.\n\nThe two ministers also agreed to meet in Arica on May 30.")
    assert typed_events(text, lexicon)[-1] == ("meeting", dt.date(2023, 5, 30), ["Ana Soto", "Chile", "Luis Vera", "Peru"])


def test_participation_confirmed_inside_a_quote(lexicon) -> None:
    text = ('The next round of the border talks will be held in Arica on May 30, the Chilean foreign ministry said on '
            'Tuesday.\n\n"Delegations of Peru and Bolivia have confirmed their participation," the ministry said.')
    rounds = [x for x in typed_events(text, lexicon, learned=False) if x[0] in ("meeting", "talk_round")]
    assert rounds == [("meeting", dt.date(2023, 5, 30), ["Bolivia", "Peru"])]


def test_participation_as_a_bare_noun_in_a_quote_names_nobody(lexicon) -> None:
    """A guard: "their full participation in the political process" says nothing of who takes part in the event."""
    text = ('The next round of the border talks will be held in Arica on May 30, the Chilean foreign ministry said on '
            'Tuesday.\n\n"We want the full participation of Peru and Bolivia in the process," the ministry said.')
    rounds = [x for x in typed_events(text, lexicon) if x[0] in ("meeting", "talk_round")]
    assert rounds == [("meeting", dt.date(2023, 5, 30), [])]
