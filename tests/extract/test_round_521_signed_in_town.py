"""Round 521 (docs/extraction.md, "Venues"): the one town an article gives its process's talks (`process_venues`) was
read from any sentence with a session noun and a place, so "during the meeting they reviewed the accord signed on May 2
in Lisbon" made Lisbon the talks' town, and an undated session of the process took it. A place told after "signed" or
"inked", past the session noun, is where a document was signed, not where the talks are. Sentences of our own."""
from __future__ import annotations

from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.processes import process_venues


def _towns(text: str, lexicon: Lexicon) -> dict:
    lexicon.forget()
    key = next(k for k, e in lexicon.processes.items() if e.name == "DRC-Rwanda Washington process")
    found = process_venues([(text, True)], key, Roster(lexicon), None, None)
    return {lexicon.processes[k].name: {v[0] for v in towns} for k, towns in found.items()}


def test_a_document_signed_in_a_town_gives_the_talks_no_town(lexicon) -> None:
    text = "During the meeting the two delegations reviewed the accord signed on May 2 in Lisbon, officials said."
    assert _towns(text, lexicon) == {}


def test_a_session_held_in_a_town_still_gives_it(lexicon) -> None:
    """A guard: the session's own place stays the talks' town, even when the sentence names a signing."""
    text = "The meeting was held in Lisbon on Thursday, a month after the accord was signed."
    assert _towns(text, lexicon) == {"DRC-Rwanda Washington process": {"Lisbon"}}
