"""Round 1234: the agency a page names in a byline or source line below chrome the headline loop stopped short of
("Headline\\n\\nShare\\n\\nMenu\\n\\nBy AFP\\n\\n...", "Reuters | Oslo | Updated: ...") is the publisher when the dateline
names none; and a line that opens with the agency and its date ("DPA, Jan 16, 2006, 19:00 GMT") names the publisher,
not a dateline city "Dpa".

Guards: a dateline's own agency wins over a byline's; a byline without an agency ("By Staff Reporter") and a short
body line that only mentions one ("Reuters reported the talks.") name none; a line past the page's first ten blocks is
not read. Sentences of our own, through `parse_text`.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text

BODY = ("Peru and Chile agreed on Friday to reopen the Tacna crossing, closed since the winter, officials in both "
        "capitals said after a day of talks that ran late into the evening at the customs house.")
CHROME = "Share\n\nPrint\n\nFacebook Twitter WhatsApp\n\nMenu\n\nSubscribe"


@pytest.mark.parametrize("byline, publisher", [
    ("By AFP", "AFP"), ("Xinhua | Updated: 2023-05-12 09:10", "Xinhua"), ("By Ana Ruiz | Anadolu Agency", "Anadolu"),
])
def test_a_byline_below_the_chrome_names_the_publisher(byline: str, publisher: str) -> None:
    text = f"published: 2023-05-12\n\nPeru and Chile reopen the Tacna crossing\n\n{CHROME}\n\n{byline}\n\n{BODY}"
    assert parse_text(text, "own").publisher == publisher


def test_an_agency_with_its_date_is_no_city() -> None:
    text = f"Peru and Chile reopen the Tacna crossing\n\nEFE, May 12, 2023, 19:00 GMT\n\n{BODY}"
    article = parse_text(text, "own")
    assert (article.publisher, article.dateline_place) == ("EFE", None)


def test_the_dateline_agency_wins_over_a_byline() -> None:
    text = f"published: 2023-05-12\n\nTacna crossing\n\n{CHROME}\n\nBy AFP\n\nLIMA, May 12 (Reuters) - {BODY}"
    assert parse_text(text, "own").publisher == "Reuters"


@pytest.mark.parametrize("line", ["By Staff Reporter", "Reuters reported the talks."])
def test_no_agency_byline_names_none(line: str) -> None:
    text = f"published: 2023-05-12\n\nPeru and Chile reopen the Tacna crossing\n\n{CHROME}\n\n{line}\n\n{BODY}"
    assert parse_text(text, "own").publisher is None


def test_a_line_far_down_is_not_read() -> None:
    paragraphs = "\n\n".join(f"Paragraph {k} of the story about the Tacna crossing and its traffic." for k in range(12))
    text = f"published: 2023-05-12\n\nPeru and Chile reopen the Tacna crossing\n\n{BODY}\n\n{paragraphs}\n\nBy AFP"
    assert parse_text(text, "own").publisher is None
