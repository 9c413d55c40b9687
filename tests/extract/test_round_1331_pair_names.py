"""Round 1331 (helper pr30b): a two-state process the gazetteer does not know is named by the two states' short names
in alphabetical order (the United States as "US"), then the text's words for the talks, lowered, whatever order the
text gives (docs/extraction.md, thirtieth stop, decision 1; `pair_names.pair_candidate`). Round 1295's `paired_talks`
named such a candidate in the text's order, round 661's `sides_process` with the US last, and `named_process` a
hyphenated name as the text orders it ("U.S.-Russia talks" as written). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.paired_talks import paired_talks
from tracker.extract.pair_names import pair_candidate
from tracker.extract.processes import named_process


def _name(key: str | None, lexicon: Lexicon) -> str | None:
    return lexicon.processes[key].name if key else None


@pytest.mark.parametrize("reader, text, name", [
    (paired_talks, "Peru and Ecuador resumed their border talks in Lima on Tuesday.", "Ecuador-Peru border talks"),
    (paired_talks, "Ecuador and Peru resumed their border talks in Quito on Tuesday.", "Ecuador-Peru border talks"),
    (paired_talks, "The United States and Uruguay launched their trade dialogue in Montevideo on Monday.",
     "Uruguay-US trade dialogue"),
    (paired_talks, "Zambia and the United States began their health consultations in Lusaka this week.",
     "US-Zambia health consultations"),
    # a hyphenated name of two states (`named_process`), as written before: "U.S.-Uruguay trade talks"
    (named_process, "Officials said the Peru-Ecuador border talks would go on in Lima next week.",
     "Ecuador-Peru border talks"),
    (named_process, "The U.S.-Uruguay trade talks opened in Montevideo on Monday.", "Uruguay-US trade talks"),
    (named_process, "The South Africa-Botswana water talks closed in Gaborone on Friday.",
     "Botswana-South Africa water talks"),
])
def test_two_states_are_named_in_alphabetical_order(reader, text: str, name: str, lexicon: Lexicon) -> None:
    assert _name(reader(text, lexicon), lexicon) == name


def test_a_numbered_round_between_the_two_countries_too(lexicon: Lexicon) -> None:
    text = ("Sweden's trade minister phoned his Austrian counterpart on Monday. Sweden will host the fourth round of "
            "the forestry dialogue between the two countries in May, and Austria accepted. Sweden called it useful.")
    assert _name(paired_talks(text, lexicon), lexicon) == "Austria-Sweden forestry dialogue"


def test_sides_in_a_headline_are_named_in_alphabetical_order(lexicon: Lexicon) -> None:
    """A guard (the old order gave the same): two sides the headline names, in a story whose cue ("Geneva" with
    "Syria") gives a process that knows neither; Türkiye comes before the US in the alphabet as well."""
    body = ("Delegations of the United States and Türkiye held talks in Geneva on Monday on the Syria border, their "
            "officials said; the negotiations will resume next month.")
    extraction = extract_own(body, lexicon, headline="United States and Türkiye hold talks in Geneva")
    assert {extraction.process_name(c.process) for c in extraction.events} == {"Türkiye-US talks"}


def test_sides_with_the_us_first_in_the_alphabet(lexicon: Lexicon) -> None:
    """The US before a state whose name sorts after it: "US-Vanuatu", where "the US last" gave "Vanuatu-US"."""
    body = ("Vanuatu and the United States held talks in Geneva on Monday on the Syria border, their officials said; "
            "the negotiations will resume next month.")
    extraction = extract_own(body, lexicon)
    assert {extraction.process_name(c.process) for c in extraction.events} == {"US-Vanuatu talks"}


def test_one_name_for_either_order(lexicon: Lexicon) -> None:
    states = {e.name: k for k, e in lexicon.entries.items() if e.kind == "state"}
    one = pair_candidate(states["Peru"], states["Ecuador"], "border talks", lexicon)
    other = pair_candidate(states["Ecuador"], states["Peru"], "border talks", lexicon)
    assert one == other and lexicon.processes[one].name == "Ecuador-Peru border talks"


def test_guard_a_known_pair_keeps_its_name(lexicon: Lexicon) -> None:
    """A name the gazetteer gives stays, even where it is not alphabetical (the decision keeps such names)."""
    text = "Thailand and Cambodia resumed their border talks in Bangkok on Monday."
    assert _name(paired_talks(text, lexicon), lexicon) == "Thailand-Cambodia border talks"


def test_guard_a_hyphenated_name_already_in_order_stays(lexicon: Lexicon) -> None:
    text = "The Chile-Peru fisheries talks resumed in Lima on Monday."
    assert _name(named_process(text, lexicon), lexicon) == "Chile-Peru fisheries talks"
