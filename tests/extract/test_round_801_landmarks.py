"""Round 801: a table of well-known venues (`tracker/extract/landmarks.tsv`): resorts and small towns too small for the
city table, and named buildings with their town. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import venues_of
from tracker.extract.landmarks import landmarks


def _venues(body: str, lexicon) -> list[str | None]:
    return venues_of(body, lexicon, published="2023-04-11")


@pytest.mark.parametrize("body, venue", [
    ("The leaders of the two countries held a summit in Sharm el-Sheikh on Sunday.", "Sharm el-Sheikh"),
    ("The negotiators resumed talks in Crans-Montana on Monday.", "Crans-Montana"),
    ("Technical talks on the corridor were held at Attari on Sunday.", "Attari"),
    ("The fifth round of talks opened on Monday at the Rixos President Hotel.", "Rixos President Hotel"),
    ("Delegations of the two governments met on Saturday at the Palais des Nations.", "Palais des Nations"),
    ("The two foreign ministers will meet at Lancaster House on Thursday.", "Lancaster House"),
])
def test_a_known_venue(body: str, venue: str, lexicon) -> None:
    assert _venues(body, lexicon) == [venue]


def test_the_building_and_its_town_told_together(lexicon) -> None:
    """A building whose town the sentence names keeps the town, as the labels and the guideline's Panmunjom do."""
    assert _venues("The foreign ministers held talks at the Ciragan Palace in Istanbul on Monday.", lexicon) == ["Istanbul"]
    body = ("The minister spoke to reporters in Istanbul about the round of talks, which took place on Monday at the "
            "Ciragan Palace.")
    assert "Istanbul" in _venues(body, lexicon)


def test_guard_a_town_inside_a_name(lexicon) -> None:
    """The guard: the town of a building named inside another name ("the Geneva talks") is no place told."""
    body = "The latest round of the Geneva discussions on the region took place on Monday at the Palais des Nations."
    assert _venues(body, lexicon) == ["Palais des Nations"]


def test_every_row_has_a_source_and_a_country() -> None:
    rows = landmarks()
    assert len(rows) > 100
    assert all(len(r.country) == 3 and r.country.isupper() for r in rows)
    assert all(r.town for r in rows if r.kind == "building" and r.name not in ("Chequers", "Novo-Ogaryovo", "Meseberg"))
