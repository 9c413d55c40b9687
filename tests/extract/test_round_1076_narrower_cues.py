"""Round 1076 (helper pr22): a story that names no process is read by the first cue line that fits it, so a broad line
(China and the US "met"; Iran and Saudi "ties"; Yemen and the Houthis) took stories of narrower processes that copy
tells by their parties: the US, Japan and South Korea's trilateral; Saudi Arabia and Qatar's reconciliation; the
Saudi-Houthi talks with Oman's mediation; a Russia-US prisoner swap. Their lines now come before the broad ones
(gazetteer.PROCESS_CUES). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon, headline: str = "Diplomacy") -> set[str | None]:
    extraction = extract_own(text, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events if c.event_type != "statement"}


@pytest.mark.parametrize("text, process", [
    ("Blinken met the foreign ministers of Japan and South Korea in Jakarta on Thursday for trilateral talks on China "
     "and North Korea.", "US-Japan-South Korea trilateral"),
    ("The leaders of the United States, Japan and the Republic of Korea will hold a trilateral meeting in Tokyo on "
     "June 2 to discuss Chinese pressure.", "US-Japan-South Korea trilateral"),
    ("Qatar's emir landed in Riyadh on Tuesday, his first visit to Saudi Arabia since the blockade began, and the two "
     "leaders pledged closer ties.", "Gulf reconciliation (Al-Ula)"),
    ("A Houthi delegation arrived in Riyadh on Thursday with Omani mediators for talks with Saudi officials.",
     "Saudi-Houthi talks"),
])
def test_the_narrower_process_is_read(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon), text


@pytest.mark.parametrize("text, process", [
    # guards: the broad lines still read the stories they were written for
    ("China and the United States held consultations in Geneva on Monday.", "China-US consultations"),
    ("Iran and Saudi Arabia agreed in Beijing on Friday to restore diplomatic ties.", "Iran-Saudi Arabia talks"),
])
def test_the_broad_lines_keep_theirs(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon), text


def _all_processes(text: str, lexicon: Lexicon) -> set[str | None]:
    extraction = extract_own(text, lexicon, headline="Diplomacy")
    return {extraction.process_name(c.process) for c in extraction.events}


def test_a_russia_us_swap_is_its_own(lexicon: Lexicon) -> None:
    text = ("Russia and the United States completed a prisoner swap in Abu Dhabi on Thursday, the Kremlin said. Putin "
            "and Biden welcomed the exchange on Friday.")
    assert _all_processes(text, lexicon) == {"Russia-US prisoner exchanges"}


def test_a_russia_ukraine_swap_keeps_its_line(lexicon: Lexicon) -> None:
    """A guard: with Ukraine named, the swap is the Russia-Ukraine exchanges' even when Washington is named too."""
    text = ("Russia and Ukraine completed a prisoner swap on Friday, Kyiv said, as Washington pressed for a ceasefire. "
            "Zelensky welcomed the exchange on Saturday.")
    assert "Russia-Ukraine prisoner exchanges" in _all_processes(text, lexicon)
