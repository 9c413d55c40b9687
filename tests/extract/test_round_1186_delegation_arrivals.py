"""Round 1186: a negotiating side's delegation arriving (or leaving for) where its process's talks are held, with no
purpose told, in a story of that process, is those talks: folded into the talks of its process held in the three days
from it, else their session (the guideline: arrivals of delegations for talks belong to the talks; the twenty-fifth
stop's decision 1). Not a person's trip, a trip told as a visit, or a delegation of no negotiating process. Sentences of
our own, read at the rule stage (`learned=False`) and through `side_arrival`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.delegation_arrivals import side_arrival


def _events(body: str, headline: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, headline=headline, learned=False)
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extraction.events
            if c.event_type not in ("statement", "announcement")]


@pytest.mark.parametrize("headline, body, expected", [
    # a visit on Tuesday and the talks on Wednesday on 1b3084e5: one session, on its own day
    ("Houthi negotiators back in Muscat",
     "The Houthi negotiating team arrived in Muscat on Tuesday. The Saudi-Houthi talks resumed in Muscat on Wednesday, "
     "officials said.", [("talk_round", dt.date(2023, 5, 10), "Muscat")]),
    # the talks and a visit on the same Thursday on 1b3084e5
    ("North Korean team expected in Seoul",
     "The Inter-Korean talks will open in Seoul on Thursday. The North's delegation is expected to arrive in Seoul on "
     "Thursday morning.", [("talk_round", dt.date(2023, 5, 18), "Seoul")]),
    # no talks told apart: the arrival is the session (a visit on 1b3084e5)
    ("Serbian team lands in Brussels",
     "Serbia's delegation, headed by chief negotiator Petar Petkovic, landed in Brussels on Monday. EU officials said "
     "the Belgrade-Pristina dialogue would go on.", [("talk_round", dt.date(2023, 5, 8), "Brussels")]),
])
def test_a_sides_delegation_arriving_is_its_talks(headline: str, body: str, expected: list, lexicon) -> None:
    assert _events(body, headline, lexicon) == expected


def test_the_session_keeps_the_delegations_state_without_the_host(lexicon) -> None:
    body = ("Serbia's delegation, headed by chief negotiator Petar Petkovic, landed in Brussels on Monday. EU officials "
            "said the Belgrade-Pristina dialogue would go on.")
    extraction = extract_own(body, lexicon, headline="Serbian team lands in Brussels", learned=False)
    names = {extraction.roster.name(k) for k in extraction.events[0].actors}
    assert "Serbia" in names and "Belgium" not in names


@pytest.mark.parametrize("headline, body", [
    ("Serbian team in Brussels",  # told as a visit
     "Serbia's delegation arrived in Brussels on Monday on a two-day visit to NATO headquarters, as the Belgrade-Pristina "
     "dialogue stalls."),
    ("Ghana at the fair", "A trade delegation from Ghana arrived in Lisbon on Monday for the fair."),  # no process
])
def test_guard_other_arrivals_stay_visits(headline: str, body: str, lexicon) -> None:
    assert [kind for kind, _, _ in _events(body, headline, lexicon)] == ["visit"]


@pytest.mark.parametrize("text, expected", [
    ("The rebels' negotiating team, headed by their deputy leader, arrived in Arusha on Sunday.", True),
    ("Kinshasa's delegation lands in Luanda", True),
    ("The government delegation will leave for Nairobi on Monday, a spokesman said.", True),
    ("The army's delegation is set to arrive in Jeddah on Friday.", True),
    ("La délégation du gouvernement est arrivée à Genève dimanche.", True),
    ("La delegación del gobierno llegó a Caracas el lunes.", True),
    ("The delegation of the Houthis arrived in Muscat on Tuesday.", True),
    # guards
    ("The foreign minister arrived in Arusha on Sunday.", False),  # a person, not a side's delegation
    ("The delegation arrived in Luanda on an official visit.", False),
    ("The delegation arrived in Riyadh, where it was received by King Salman.", False),
    ("The delegation arrived in Cairo on Monday to meet the president.", False),
    ("The delegation of the two parties met in Geneva.", False),  # no arrival
])
def test_side_arrival(text: str, expected: bool) -> None:
    assert side_arrival(text) is expected
