"""The brief's key points (ux25): two held talk rounds without a round number (a TimelineJS story's, a wire's) gave
"2 events: 2 talk rounds." and then "Rounds held: none among these events."; a held round without a number is listed
by its title."""
from __future__ import annotations

from dataclasses import replace

from tracker.briefing import make_brief

from .brief_helpers import GENERATED, JUNE_FILTER


def test_a_held_talk_round_without_a_number_is_a_round_held(shipped):
    events = shipped.events.copy()
    unnumbered = events["event_id"] == "astana-20"
    events.loc[unnumbered, "round_number"] = None
    brief = make_brief(replace(shipped, events=events), JUNE_FILTER, generated_at=GENERATED)
    points = brief.key_points
    assert not any("none among these events" in p for p in points), points
    assert ("Rounds held (1): 20th International Meeting on Syria in the Astana format (20-21 Jun 2023, Astana; "
            "id astana-20).") in points

    numbered = make_brief(shipped, JUNE_FILTER, generated_at=GENERATED)
    assert "Rounds held (1): Astana format round 20 (20-21 Jun 2023, Astana; id astana-20)." in numbered.key_points
