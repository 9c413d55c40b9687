"""Round 850: formats and channels whose members are the parties at the table (gazetteer.SEATED_PROCESSES): a session
whose sentence names nobody has the members, when the article names them all, as a party process's has. Sentences of
our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors


@pytest.mark.parametrize("body, kind, members", [
    ("The annual meeting under the Indus Waters Treaty was held in Lahore on Tuesday.\n\n"
     "The treaty, which India and Pakistan signed in 1960, divides the rivers of the basin between them.",
     "meeting", {"India", "Pakistan"}),
    ("A new session of the six-party talks opened in Beijing on Monday.\n\n"
     "The talks bring together China, Japan, Russia, the United States, North Korea and South Korea.",
     "talk_round", {"China", "Japan", "Russia", "United States", "North Korea", "South Korea"}),
    ("Technical talks on the Kartarpur corridor will be held at the Wagah border crossing next Thursday.\n\n"
     "Pakistan proposed the corridor last year and India accepted it in November.",
     "talk_round", {"India", "Pakistan"}),
    ("Delegations to the Helmand water talks met in Tehran on Wednesday for the commissioners' annual session.\n\n"
     "Iran says Afghanistan has held back its share of the river for two years.",
     "talk_round", {"Iran", "Afghanistan"}),  # the commissioners' session: a standing format's (decision 2, round 1135)
])
def test_a_session_naming_nobody_has_the_formats_members(body: str, kind: str, members: set[str], lexicon) -> None:
    sessions = [set(actors) for event_type, actors in typed_actors(body, lexicon) if event_type == kind]
    assert members in sessions


def test_guard_guarantors_are_not_filled_in(lexicon) -> None:
    """The guard: the Astana format's members are its guarantors, not its parties: a round naming nobody stays so."""
    body = ("A new round of the Astana talks will be held in the Kazakh capital next month.\n\n"
            "Russia, Iran and Turkey sponsor the talks.")
    # the rule stage; after it, the learned step gives the guarantors the article names (the guideline's decision 1 of
    # the twenty-third stop; test_actor_choice)
    assert all(actors == [] for event_type, actors in typed_actors(body, lexicon, learned=False) if event_type == "talk_round")


def test_guard_members_the_article_does_not_name_are_not_added(lexicon) -> None:
    """The guard: a format whose members the article names only in part gets none of them."""
    body = "A new session of the six-party talks opened in Beijing on Monday, China's foreign ministry said."
    assert all("Japan" not in actors for _, actors in typed_actors(body, lexicon))
