"""Round 1102: "in <place>" inside a body's name ("the UN Mission in Kosovo", "the UN Support Mission in Libya")
names no place of the event; the plain reading took the country as the venue.

Guards: the premises of a mission where an event is held ("at the OSCE Mission in Skopje") still place it, and so does a
place told after another noun. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.mentions import Roster
from tracker.extract.venues import venue_of


@pytest.mark.parametrize("text", [
    "The first round of talks was attended by officials of both sides and by the UN Mission in Kosovo.",
    "Acting head of the UN Support Mission in Libya convened the first virtual session of the dialogue forum today.",
    "The talks were held with the help of the United Nations Verification Mission in Colombia.",
])
def test_a_mission_s_name_places_nothing(text: str, lexicon) -> None:
    assert venue_of(text, Roster(lexicon), 0, None) is None


@pytest.mark.parametrize("text, town", [
    ("The envoys met at the OSCE Mission in Skopje on Monday.", "Skopje"),
    ("The UN Mission staff met the delegates in Pristina on Monday.", "Pristina"),
    ("The delegations met in Tripoli on Monday, the UN Support Mission in Libya said.", "Tripoli"),
])
def test_other_places_stay(text: str, town: str, lexicon) -> None:
    assert venue_of(text, Roster(lexicon), text.index(" met"), None)[0] == town
