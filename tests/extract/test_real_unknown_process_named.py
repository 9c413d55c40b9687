"""A process the gazetteer does not know, or knows under another name (round 199): a story whose headline and body
name the "Chile-Peru border talks" and whose last paragraph names the Astana format in passing gave every event the
Astana format; and "the DPRK-U.S. dialogue" became a new candidate process though the gazetteer holds the two-party
North Korea-US talks. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_talks_the_headline_names_are_the_story_s_process(lexicon) -> None:
    body = ("The Chile-Peru border talks resumed in Lima on Tuesday, officials said.\n\nThe Chile-Peru border talks had "
            "stalled in March.\n\nSeparately, the Astana format meeting on Syria was held in Astana in January.")
    processes = _processes(body, lexicon, "Chile-Peru border talks resume in Lima")
    assert processes[0] == ("talk_round", "Chile-Peru border talks")
    assert ("talk_round", "Astana format") in processes


def test_a_named_pair_the_gazetteer_holds_is_that_process(lexicon) -> None:
    body = ("North Korea said on Tuesday that the DPRK-U.S. dialogue would not resume this year.\n\nThe last round of the "
            "DPRK-U.S. dialogue was held in Stockholm on October 5.")
    assert {p for _, p in _processes(body, lexicon, "DPRK-U.S. dialogue at a standstill")} == {"North Korea-US denuclearization talks"}


def test_talks_named_in_the_body_only_stay_with_the_known_process(lexicon) -> None:
    """A guard: new talks named only in the body (once) do not outweigh the known process the story names."""
    body = ("The Astana format talks on Syria resumed in Astana on Tuesday, following Chile-Peru border talks there a day "
            "earlier.\n\nThe Astana format talks will last two days.")
    assert _processes(body, lexicon, "Syria talks resume")[0] == ("talk_round", "Astana format")
