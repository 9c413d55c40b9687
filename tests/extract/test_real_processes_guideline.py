"""Processes of the guideline's list the gazetteer lacked (round 88): the Colombia government-ELN talks (and the ELN as a
group), the GERD talks, the 5+2 format on Transnistria, the Cyprus reunification talks, China-Japan consultations and
Russia-Ukraine prisoner exchanges, with aliases from general usage and cues for stories that name no process; the ELN,
GERD and 5+2 talks hold rounds. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_colombia_and_the_eln(lexicon) -> None:
    body = "The Colombian government and the ELN began a new round of peace negotiations in Caracas on Monday."
    assert _events(body, lexicon) == [("talk_round", "Colombia government-ELN talks", ["Colombia", "ELN"])]


def test_the_nile_dam(lexicon) -> None:
    body = "Egypt, Ethiopia and Sudan resumed talks on the Grand Ethiopian Renaissance Dam in Khartoum on Thursday."
    assert _events(body, lexicon) == [("talk_round", "GERD talks", ["Egypt", "Ethiopia", "Sudan"])]


def test_transnistria(lexicon) -> None:
    body = "Another round of the Transnistrian settlement talks will be held in Bratislava in September."
    assert _events(body, lexicon)[0][:2] == ("talk_round", "5+2 format (Transnistria)")


def test_china_and_japan(lexicon) -> None:
    body = "Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Fumio Kishida in Beijing on Saturday."
    assert _events(body, lexicon)[0][:2] == ("meeting", "China-Japan consultations")


def test_cyprus(lexicon) -> None:
    body = ("UN Secretary-General Antonio Guterres met Greek Cypriot leader Nikos Christodoulides and Turkish Cypriot "
            "leader Ersin Tatar in New York on Monday.")
    assert _events(body, lexicon)[0][1] == "Cyprus reunification talks"
