"""Round 527 (docs/extraction.md, "Processes"): an event whose sentence names no process takes the story's only when
its states are among the process's members or the states its subject names (`processes.tied`). The Cyprus talks knew
only Cyprus and the Abraham Accords only Israel, so a Cypriot leader's meeting in Athens, or an Israeli minister's
meeting with an Emirati one told with the Emirati side alone, had none. The gazetteer now gives the Cyprus talks the
three guarantor powers and the Abraham Accords their signatories and broker. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, headline: str, lexicon) -> dict[str, set]:
    extraction = extract_own(body, lexicon, headline=headline)
    out: dict[str, set] = {}
    for c in extraction.events:
        out.setdefault(c.event_type, set()).add(extraction.process_name(c.process))
    return out


def test_a_guarantor_meeting_in_a_cyprus_story_is_the_cyprus_talks(lexicon) -> None:
    body = ("The UN will host an informal meeting on the Cyprus problem next month, with both Cypriot leaders. "
            "President Nikos Christodoulides met Greek Prime Minister Kyriakos Mitsotakis in Athens on Saturday.")
    found = _processes(body, "Cyprus talks next month", lexicon)
    assert found.get("meeting", set()) | found.get("summit", set()) == {"Cyprus reunification talks"}


def test_an_emirati_meeting_in_an_abraham_story_is_the_accords(lexicon) -> None:
    body = ("Israel's foreign minister opened the embassy in Abu Dhabi on Tuesday, a year after the Abraham Accords. "
            "Later on Tuesday, he met with UAE Foreign Minister Abdullah bin Zayed.")
    assert _processes(body, "Embassy opens", lexicon).get("meeting") == {"Abraham Accords"}


def test_other_states_in_a_cyprus_story_stay_apart(lexicon) -> None:
    """A guard: a meeting of two states that are no party to the Cyprus talks, told in a Cyprus story, has none."""
    body = ("The UN will host an informal meeting on the Cyprus problem next month, with both Cypriot leaders. "
            "Separately, French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Saturday.")
    found = _processes(body, "Cyprus talks next month", lexicon)
    assert None in found.get("summit", set()) | found.get("meeting", set())
