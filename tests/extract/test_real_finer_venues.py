"""Venues given elsewhere in the article (round 99): "in the capital Naypyidaw" / "in the capital, Muscat"; a gathering
placed in a country takes the one town of that country the article names as the place of talks ("the Riyadh talks").
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extraction.events]


def test_the_capital_then_its_name(lexicon) -> None:
    assert _venues("The foreign minister met his Omani counterpart on Tuesday in the capital, Muscat.", lexicon) \
        == [("meeting", "Muscat")]
    assert _venues("The junta chief met the UN envoy on Wednesday in the capital Naypyidaw.", lexicon) \
        == [("meeting", "Naypyidaw")]


def test_a_country_gives_way_to_the_town_of_the_talks(lexicon) -> None:
    body = ("Russian and American delegations held talks in Saudi Arabia on Monday on a Black Sea truce. "
            "A source said the Riyadh talks had ended late in the evening.")
    assert _venues(body, lexicon)[0] == ("meeting", "Riyadh")


def test_two_towns_of_talks_leave_the_country(lexicon) -> None:
    body = ("Russian and American delegations held talks in Saudi Arabia on Monday on a Black Sea truce. "
            "Earlier rounds of talks in Riyadh and talks in Jeddah produced little.")
    assert _venues(body, lexicon)[0] == ("meeting", "Saudi Arabia")
