"""Round 657: a link to another story set among the paragraphs ("Read more: …", "READ ALSO: …", "Related: …", "Also Read
| …") is page chrome, no event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

_LEAD = "The foreign ministers of Chile and Peru met in Lima on Tuesday."
_TAIL = "The talks lasted four hours."


def test_read_more_link(lexicon) -> None:
    body = f"{_LEAD}\n\nRead more: Bolivia and Paraguay to hold border talks in Asuncion next week\n\n{_TAIL}"
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9))]


def test_related_link_with_a_bar(lexicon) -> None:
    body = f"{_LEAD}\n\nAlso Read | Ecuador and Colombia sign a trade accord on June 18\n\n{_TAIL}"
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9))]


def test_guard_a_sentence_after_the_words(lexicon) -> None:
    """The guard: a paragraph that goes on after the first sentence is body copy, whatever its first words."""
    body = (f"{_LEAD}\n\nRelated: the two ministers also discussed trade. They signed a fisheries accord in Lima on "
            f"Wednesday.\n\n{_TAIL}")
    assert ("agreement", dt.date(2023, 5, 10)) in typed_days(body, lexicon)
