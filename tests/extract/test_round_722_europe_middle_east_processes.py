"""Round 722: processes of Europe, the former Soviet Union and the Middle East that wires report on, from general
knowledge of diplomacy (not from our articles), each found from sentences of our own; guards that ordinary words find none."""
from __future__ import annotations

import pytest

from tests.extract.own_text import process_names



@pytest.mark.parametrize("body, name", [
    ("The foreign ministers of the Weimar Triangle met in Paris on Monday to coordinate support for Kyiv.", "Weimar Triangle"),
    ("Leaders of the Bucharest Nine gathered in Vilnius on Tuesday ahead of the alliance summit.", "Bucharest Nine"),
    ("Macron and Starmer hosted a meeting of the coalition of the willing in Paris on Thursday on a reassurance force.",
     "Coalition of the willing (Ukraine)"),
    ("Party leaders met at Stormont on Wednesday, twenty-five years after the Good Friday Agreement was signed.",
     "Northern Ireland peace process"),
    ("British and EU negotiators opened a new round of post-Brexit trade talks in Brussels on Monday.", "Brexit negotiations"),
    ("Kyrgyz and Tajik delegations resumed their border delimitation talks in Batken on Friday, officials said.",
     "Kyrgyzstan-Tajikistan border talks"),
    ("Foreign ministers of the five Central Asian states and the US secretary of state met in the C5+1 format in Astana on "
     "Tuesday.", "C5+1"),
    ("Presidents of the five littoral states met in Aktau on Sunday and signed the Convention on the Legal Status of the "
     "Caspian Sea.", "Caspian Five meetings"),
    ("The foreign ministers of the Caspian Five will meet in Baku in mid-December, the ministry said on Friday.",
     "Caspian Five meetings"),  # the group's own name (found in the sixteenth stop's walk)
    ("Zurab Abashidze and Grigory Karasin met in Prague on Wednesday for another round of the Abashidze-Karasin talks.",
     "Georgia-Russia Abashidze-Karasin format"),
    ("Israeli and Palestinian leaders met in Washington on Monday, thirty years after the Oslo Accords were signed.",
     "Israeli-Palestinian peace process"),
    ("Envoys of the Friends of Syria met in Istanbul on Saturday and pledged more aid to the opposition.",
     "Friends of Syria Group"),
    ("The Arab ministerial contact group on Syria met in Cairo on Monday with the Syrian foreign minister.",
     "Arab Contact Group on Syria"),
    ("Syrian government and SDF negotiators met in Damascus on Sunday to discuss the SDF integration agreement.",
     "Syrian government-SDF talks"),
    ("Gulf leaders signed the Al-Ula Declaration at a summit in Saudi Arabia on Tuesday, ending a rift with Qatar.",
     "Gulf reconciliation (Al-Ula)"),
    ("The Yemen peace talks in Kuwait resumed on Saturday after a two-week pause, the UN envoy said.", "Yemen peace process"),
    ("Lebanese and Syrian officials met in Jeddah on Friday and agreed to start the Lebanon-Syria border demarcation.",
     "Lebanon-Syria border talks"),
    ("Delegates at the Palermo conference on Libya met on Tuesday with the rival Libyan leaders.", "Palermo conference on Libya"),
    ("An Imrali delegation of the DEM Party visited the jailed PKK leader on Monday to discuss the PKK disarmament process.",
     "Türkiye-PKK peace process"),
])
def test_the_processes_are_named(lexicon, body: str, name: str) -> None:
    assert name in process_names(body, lexicon), body


@pytest.mark.parametrize("body", [
    "The ministers met in Brussels on Monday; the contact group of the school had asked them for a visit.",
    "The two presidents met in Berlin on Tuesday and discussed a coalition of parties that backs the budget.",
    "The two foreign ministers met in Warsaw on Tuesday and talked about the Weimar Republic's history.",
])
def test_ordinary_words_find_no_process(lexicon, body: str) -> None:
    assert process_names(body, lexicon) <= {None}, body


def test_a_format_of_a_region_and_a_state_makes_the_state_no_whole_subject(lexicon) -> None:
    """The C5+1 is about Central Asia, not the United States alone: a talk that names US sanctions and the Vienna
    negotiations still ranges over one process (the subject column of a new format was 'Central Asia-US' first)."""
    body = ("The EU coordinator and Iran's chief negotiator met in Tehran on Sunday and exchanged views on lifting US "
            "sanctions and the remaining issues in the Vienna negotiations.")
    assert process_names(body, lexicon) == {"Iran nuclear talks"}
