"""A speaker who is also the subject of the event's clause (round 161): "Peruvian Foreign Minister Ana Soto and Foreign
Minister of Chile Luis Vera discussed the border during a phone call on Wednesday, Soto told the Congress" gave a call of
Chile alone: a sentence's speakers take no part in the events they report, and the rule also struck the first mention,
in the event's own clause. A speaker named before the event's verb, with the words attributed after it, now takes part;
one who only reports stays out. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_speaker_who_made_the_call(lexicon) -> None:
    body = ("Peruvian Foreign Minister Ana Soto and Foreign Minister of Chile Luis Vera discussed the border during a phone "
            "call on Wednesday, Soto told the Congress on Wednesday.")
    call = [actors for kind, _, actors in typed_events(body, lexicon) if kind == "call"]
    assert call == [["Ana Soto", "Chile", "Luis Vera", "Peru"]]


def test_the_speaker_who_met(lexicon) -> None:
    body = "Peruvian Foreign Minister Ana Soto met Foreign Minister of Chile Luis Vera in Lima on Wednesday, Soto said."
    meeting = [actors for kind, _, actors in typed_events(body, lexicon) if kind == "meeting"]
    assert meeting == [["Ana Soto", "Chile", "Luis Vera", "Peru"]]


def test_a_speaker_who_only_reports_takes_no_part(lexicon) -> None:
    """A guard, before and after the event."""
    for body in ("Chile and Bolivia will hold talks in Lima on Friday, Peruvian Foreign Minister Ana Soto said.",
                 "According to Peruvian Foreign Minister Ana Soto, Chile and Bolivia met in Lima on Wednesday."):
        gatherings = [actors for kind, _, actors in typed_events(body, lexicon) if kind == "meeting"]
        assert gatherings == [["Bolivia", "Chile"]], body
