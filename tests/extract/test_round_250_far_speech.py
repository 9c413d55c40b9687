"""Words far below an event that do not name it (round 250): guideline 2 dates a "said" with no day by the event it
reports when that event is within three days of publication, else by the day of publication. Every "said" was dated by
the latest event of the last three days, however far above it stood; now words more than three paragraphs below it
report it only when they name an event with a definite noun ("the talks", "this round"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

TALKS = "Chilean and Peruvian negotiators held border talks in Arica on Thursday."
FILLER = ["The border has been disputed since the nineteenth century.",
          "Fishing rights off the coast are among the issues on the table.",
          "Trade between the two countries grew last year.",
          "Both governments face elections within two years."]


def _speech_day(body: str, lexicon) -> dt.date | None:
    extraction = extract_own(body, lexicon)
    said = [c for c in extraction.events if c.event_type in ("statement", "proposal", "announcement")]
    assert len(said) == 1, [(c.event_type, c.evidence) for c in extraction.events]
    return said[0].first


def test_words_far_below_that_name_no_event_take_the_day_of_publication(lexicon) -> None:
    body = "\n\n".join([TALKS, *FILLER, "Bolivian Foreign Minister Celinda Sosa said her country wanted access to the sea."])
    assert _speech_day(body, lexicon) == dt.date(2023, 5, 12)


def test_words_far_below_that_name_the_talks_take_their_day(lexicon) -> None:
    body = "\n\n".join([TALKS, *FILLER, "Bolivian Foreign Minister Celinda Sosa said the talks had been useful."])
    assert _speech_day(body, lexicon) == dt.date(2023, 5, 11)


def test_words_just_below_the_event_take_its_day(lexicon) -> None:
    """A guard: words in the next paragraph report the event just told, as before."""
    body = "\n\n".join([TALKS, "Bolivian Foreign Minister Celinda Sosa said her country wanted access to the sea."])
    assert _speech_day(body, lexicon) == dt.date(2023, 5, 11)
