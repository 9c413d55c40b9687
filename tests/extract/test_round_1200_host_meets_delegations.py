"""Round 1200: a third party meeting the heads of both delegations ("the host's minister met the heads of both
delegations") is a meeting of that party with them, not a session of the format (round 1165 read "both delegations"
as the session's own words); the sides' own gatherings stay sessions."""
import pytest

from tracker.extract.delegation_sessions import sides_session


@pytest.mark.parametrize("clause", [
    "On Tuesday the Swiss foreign minister met the heads of both delegations in Geneva",
    "The mediator meets the two delegations separately before the plenary",
    "The president received the delegations of the two countries at his residence",
])
def test_a_party_meeting_the_delegations_is_no_session(clause: str) -> None:
    assert not sides_session(clause)


@pytest.mark.parametrize("clause", [
    "The delegations of Kyrgyzstan and Tajikistan held their regular meeting on the border in Batken",
    "Both delegations sat down for a third day of negotiations under the chairmanship of the deputy prime minister",
    "The chief negotiators of the two sides will gather to continue a new round of talks next week",
])
def test_the_sides_own_gathering_stays_a_session(clause: str) -> None:
    assert sides_session(clause)
