"""Round 645: the Belgrade-Pristina dialogue holds standing negotiations between delegations (chief negotiators' meetings
under the EU), so a meeting of its delegations is a session of them, as for the other standing processes; a "meeting" of
such talks with two heads of state or government is still a summit. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def _types(body: str, lexicon) -> list[str]:
    return [kind for kind, _ in typed_actors(body, lexicon)]


def test_a_meeting_of_the_delegations_is_a_session(lexicon) -> None:
    assert _types("Delegations of Belgrade and Pristina held a trilateral meeting with the EU envoy in Brussels on "
                  "Tuesday within the Belgrade-Pristina dialogue.", lexicon) == ["talk_round"]


def test_negotiating_teams_meeting(lexicon) -> None:
    assert _types("Negotiating teams from Belgrade and Pristina met on Monday in Brussels in the EU-facilitated "
                  "Belgrade-Pristina dialogue.", lexicon) == ["talk_round"]


def test_guard_the_leaders_high_level_meeting_is_a_summit(lexicon) -> None:
    assert _types("The EU will host a high-level meeting of the Belgrade-Pristina dialogue with Serbian President "
                  "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels on June 26.", lexicon) == ["summit"]
