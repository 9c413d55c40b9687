"""Round 872: the numbered gatherings of a multilateral body's meeting series (the SCO, the CSTO, the Arctic Council,
the 3+3 platform, …) are editions of a conference, meetings with their number, not sessions of negotiations between
delegations (docs/extraction.md, "Types": a numbered edition of a conference or forum stays a `meeting` with its
number). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _typed_rounds(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.round_number) for c in extract_own(body, lexicon).events]


@pytest.mark.parametrize(("body", "number"), [
    ("The ninth SCO Ministerial Meeting opened in Astana on Wednesday.", 9),
    ("The 12th Arctic Council Ministerial Meeting was held in Reykjavik on Wednesday.", 12),
    ("The third meeting of the 3+3 regional platform took place in Baku on Wednesday.", 3),
])
def test_numbered_edition_of_a_body_is_a_meeting(body: str, number: int, lexicon) -> None:
    assert _typed_rounds(body, lexicon) == [("meeting", number)]


@pytest.mark.parametrize("body", [
    "The fourth Trilateral Meeting of the Foreign Ministers of Chile, Peru and Bolivia took place in Lima on Wednesday.",
    "The 21st round of the Astana talks on Syria opened on Wednesday.",
])
def test_guard_numbered_sessions_of_negotiations_stay_rounds(body: str, lexicon) -> None:
    """The guard: a trilateral format's numbered meeting and a standing process's round are talk rounds."""
    assert [kind for kind, _ in _typed_rounds(body, lexicon)] == ["talk_round"]
