"""Round 529 (docs/extraction.md, "Venues"): a town right before "talks" or "negotiations" names those talks ("the
Vienna talks"); read as "in <place>" it placed another event there: "the EU announced a pause in the Vienna talks" was
a decision in Vienna. Such a town is no place of the sentence's event, but it still gives the process's talks their town
(`processes.process_venues`). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.mentions import Roster
from tracker.extract.venues import venue_of


def test_a_pause_in_the_named_talks_is_not_placed_there(lexicon) -> None:
    body = "On March 2, the mediators announced a pause in the Lisbon talks on the prisoner deal."
    extraction = extract_own(body, lexicon, headline="Talks paused")
    assert extraction.events and all(c.venue is None for c in extraction.events)


def test_the_talks_town_is_still_read_for_the_process(lexicon) -> None:
    """A guard: asked for the town of the talks themselves, the name still gives it."""
    lexicon.forget()
    text = "Also taking part in the Lisbon talks will be envoys of the regional bloc."
    assert venue_of(text, Roster(lexicon), 0, None, talks_town=True)[0] == "Lisbon"
    assert venue_of(text, Roster(lexicon), 0, None) is None


def test_talks_held_in_a_town_keep_it(lexicon) -> None:
    """A guard: "held talks in Lisbon on Monday" is a place, not a name."""
    body = "The two ministers held talks in Lisbon on Monday."
    extraction = extract_own(body, lexicon, headline="Ministers meet")
    assert any(c.venue and c.venue[0] == "Lisbon" for c in extraction.events)
