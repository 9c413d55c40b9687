"""Round 729: wordings wires give two known processes (the Israel-Hamas truce talks of any year are the Gaza ceasefire
talks; Iran's talks with the IAEA are the Iran nuclear talks, as the guideline files an IAEA Board meeting on Iran) and
the Egyptian-led mechanism of Sudan's neighbours. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, name", [
    ("Egyptian mediators opened Israel-Hamas truce talks in Cairo on Tuesday, officials said.", "Gaza ceasefire talks"),
    ("Israeli and Hamas delegations held indirect talks between Israel and Hamas in Doha on Sunday.", "Gaza ceasefire talks"),
    ("Araghchi and Grossi met in Cairo on Tuesday and signed the Iran-IAEA agreement on the return of inspectors.",
     "Iran nuclear talks"),
    ("Leaders met in Cairo on Thursday for the summit of Sudan's neighbouring countries and called for a ceasefire.",
     "Sudan neighbouring countries initiative"),
])
def test_the_wordings_are_read(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body
