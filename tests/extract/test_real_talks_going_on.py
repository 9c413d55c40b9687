"""The talks going on now, told again in the present (round 156): "The closed-door negotiations, expected to last five
days, are being overseen by the UN" and "The negotiations are taking place behind closed doors at …" are the talks the
story reports, though an older dialogue was told in between or the sentence stands several paragraphs further on.
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_negotiations_being_overseen_are_the_round(lexicon) -> None:
    body = ("A new round of talks between Chile and Peru on the border began in Geneva on Tuesday.\n\n"
            "The closed-door negotiations, expected to last five days, are being overseen by the United Nations.")
    # a talk round since round 1295: "a new round of talks between Chile and Peru" names their talks (a candidate process)
    assert _events(body, lexicon) == [("talk_round", dt.date(2023, 5, 9), ["Chile", "Peru", "United Nations"])]


def test_negotiations_taking_place_are_the_latest_talks(lexicon) -> None:
    body = ("Talks between Chile and Peru on the border resumed in Geneva on Tuesday.\n\n"
            "The envoys are serving as observers to the negotiations, which resumed after a dialogue that began in "
            "mid-March 2021 was suspended.\n\n"
            "Peru has asked for a corridor to the sea.\n\n"
            "Chile refused, a Chilean official said.\n\n"
            "The negotiations are taking place behind closed doors at the Palais des Nations.")
    days = [day for kind, day, _ in _events(body, lexicon) if kind in ("meeting", "talk_round")]
    assert days == [dt.date(2023, 5, 9), dt.date(2021, 3, 11)]


def test_the_next_talks_are_not_the_talks_told(lexicon) -> None:
    """A guard: "the next talks" are another event (the rule of round 55 is unchanged)."""
    body = ("Talks between Chile and Peru on the border resumed in Geneva on Tuesday.\n\n"
            "The next talks are being hosted by Norway in June.")
    assert len([e for e in _events(body, lexicon) if e[0] in ("meeting", "talk_round")]) == 2
