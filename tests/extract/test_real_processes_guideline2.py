"""Processes of the guideline's list that the gazetteer lacked and the dev articles 231-278 use (round 97): the Luanda,
Nairobi and Ankara processes, the India-China corps commander talks (and the special representatives' talks beside
them), the China-Bhutan boundary talks, the ASEAN five-point consensus, the Tumaini Initiative and others, with the
DR Congo as a state of its own and the M23, the EMC and the Polisario Front as groups. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon, headline: str = "Talks") -> list[tuple]:
    extraction = extract_own(body, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_the_drc_is_a_state_of_its_own(lexicon) -> None:
    body = "Delegations of the DRC and Rwanda met in Luanda on Tuesday under the Luanda process."
    assert _events(body, lexicon) == [("talk_round", "Luanda process", ["DR Congo", "Rwanda"])]


def test_a_luanda_story_that_names_no_process(lexicon) -> None:
    body = ("Angolan President Joao Lourenco hosted a ministerial meeting of Rwanda and Congo in Luanda on Monday. "
            "Kinshasa accuses Kigali of backing the rebels.")
    assert [e[1] for e in _events(body, lexicon)] == ["Luanda process"]


def test_ankara_process_rounds(lexicon) -> None:
    body = "Somalia and Ethiopia held a new round of technical talks in Ankara on Wednesday, hosted by Türkiye."
    assert _events(body, lexicon)[0][:2] == ("talk_round", "Ankara process")


def test_two_processes_of_the_same_pair_keep_the_story_s_own(lexicon) -> None:
    body = ("The 20th round of India-China Corps Commander Level Meeting was held at the Chushul-Moldo border point on "
            "Sunday, weeks after the Special Representatives talks.")
    assert _events(body, lexicon)[0][:2] == ("talk_round", "India-China Corps Commander talks")


def test_myanmar_and_asean(lexicon) -> None:
    body = "The ASEAN special envoy met Myanmar's military leader in Naypyidaw on Wednesday."
    assert _events(body, lexicon)[0][1] == "ASEAN five-point consensus on Myanmar"


def test_tumaini(lexicon) -> None:
    body = "South Sudan's government and holdout groups resumed the Tumaini talks in Nairobi on Monday."
    assert _events(body, lexicon)[0][:2] == ("talk_round", "Tumaini Initiative")


def test_groups_of_the_new_processes(lexicon) -> None:
    body = "Congo and the M23 signed a declaration of principles in Doha on Saturday."
    assert _events(body, lexicon)[0] == ("agreement", "DRC-M23 peace talks", ["DR Congo", "March 23 Movement"])
