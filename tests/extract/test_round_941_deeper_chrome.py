"""Round 941: chrome of more than three short lines above the headline ("LINE", "Text: AAA Print", "Politics", "1").

The parser read at most three opening lines before the body; when none of them is built as a headline, it reads on, up
to six, for one that is (tracker/extract/headline_choice.py). Page shapes of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text

_BODY = ("ANKARA, May 9 (AFP) - Negotiators of the two governments met in Ankara on Tuesday for a third round of talks, "
         "officials said.\n\nA fourth round is planned for June.")
_HEADLINE = "Third round of talks between the two governments opens in Ankara"


@pytest.mark.parametrize("chrome", [
    ["LINE", "Text: AAA Print", "Politics", "1"],
    ["Menu", "Home", "World", "Europe"],
    ["Official website of the Ministry", "News", "Press releases", "Share"],
    ["403", "close", "Advertisement", "Top stories"],
])
def test_the_headline_below_four_chrome_lines(chrome: list[str]) -> None:
    article = parse_text("\n\n".join(chrome + [_HEADLINE, _BODY]), "own")
    assert article.title == _HEADLINE
    assert "Negotiators of the two governments" in article.body


def test_three_lines_and_a_headline_first_read_as_before() -> None:
    """Guard: a headline first, then a standfirst and a caption: the parser stops after three lines as before."""
    text = "\n\n".join([_HEADLINE, "Both sides call the round a test of their will", "Delegates at the table",
                        "Photo by the ministry", _BODY])
    article = parse_text(text, "own")
    assert article.title == _HEADLINE
    assert article.body.startswith("Both sides call the round")
