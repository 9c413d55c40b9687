"""Round 940: a page's headline, not the menu, breadcrumb, skip link, byline or date line set above it.

A pasted page opens with chrome before its headline; the headline is the first opening line built as one: four words or
more, no full stop at its end, not a link, breadcrumb, byline, credit or date (tracker/extract/headline_choice.py).
Page shapes of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text
from tracker.extract.headline_choice import headline_like

_BODY = ("GENEVA, March 3 (Reuters) - Envoys of the two neighbours met in Geneva on Friday for a second round of talks "
         "on their disputed border, a diplomat said.\n\nThe talks will resume next month, the diplomat added.")
_HEADLINE = "Border envoys hold second round of talks in Geneva"


@pytest.mark.parametrize("chrome", [
    "All news",  # a menu line
    "Home > World > Europe",  # a breadcrumb
    "Skip to main content",  # a skip link of four words
    "By Staff Reporter",  # a byline
    "Updated: 03-03-2023 14:05 GMT",  # a date line
    "World News | Politics | Europe",  # a site's bar
    "(Adds quote from diplomat, background)",  # a wire's credit line
    "Aller au contenu principal",  # a skip link in French
])
def test_the_headline_below_chrome(chrome: str) -> None:
    article = parse_text(f"{chrome}\n\n{_HEADLINE}\n\n{_BODY}", "own")
    assert article.title == _HEADLINE


@pytest.mark.parametrize("chrome", ["Press Releases", "NATIONAL", "Menu Content", "By Our Correspondent"])
def test_two_chrome_lines_above(chrome: str) -> None:
    article = parse_text(f"{chrome}\n\nSaturday 4 March 2023\n\n{_HEADLINE}\n\n{_BODY}", "own")
    assert article.title == _HEADLINE


@pytest.mark.parametrize("headline", [  # guards: a headline first stays the title, whatever words it holds
    "UN ends two-year search for a Western Sahara envoy",
    "Ministers meet again",  # a headline of three words, no line below built as one
    "U.S., Iran envoys to meet in Oman",
    "Menu of options on the table as Cyprus talks resume",
])
def test_a_headline_first_stays(headline: str) -> None:
    article = parse_text(f"{headline}\n\n{_BODY}", "own")
    assert article.title == headline


def test_the_body_keeps_what_it_held() -> None:
    """Chrome above the headline: the headline is the title and the body is as it was (the chrome line and the headline
    before the dateline paragraph), so rules that read the body see what they saw before the round."""
    article = parse_text(f"All news\n\n{_HEADLINE}\n\n{_BODY}", "own")
    assert article.body.startswith(f"All news\n\n{_HEADLINE}\n\nEnvoys of the two neighbours")


@pytest.mark.parametrize("line, built", [
    ("Talks on the border resume in Geneva after a pause", True),
    ("The talks resumed in Geneva on Friday after a pause of two months.", False),  # a body sentence
    ("Published 3 March 2023", False),
    ("News / Europe / Politics", False),
    ("Follow us on social media", False),
])
def test_headline_like(line: str, built: bool) -> None:
    assert headline_like(line) is built
