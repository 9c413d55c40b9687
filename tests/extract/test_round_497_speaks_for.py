"""Round 497: an official speaks for the nearest state or body above them, not for the body that one reports to; sentences
of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_agency_head_speaks_for_the_agency_not_the_un(lexicon) -> None:
    events = _events("Rafael Grossi said on Monday that the inspectors would return to the site next month.", lexicon)
    speech = [actors for kind, actors in events if kind in ("statement", "announcement")]
    assert speech and "International Atomic Energy Agency" in speech[0] and "United Nations" not in speech[0]


def test_a_ministry_spokesman_still_speaks_for_the_state(lexicon) -> None:
    """The guard: a ministry is no body of its own here; its spokesman's state speaks."""
    events = _events("Peruvian Foreign Ministry spokesman Luis Vera said on Monday that the talks would resume in June.",
                     lexicon)
    assert any("Peru" in actors and "Luis Vera" in actors for _, actors in events)


def test_a_un_envoy_still_speaks_for_the_un(lexicon) -> None:
    """The guard: an official serving the UN itself keeps it."""
    events = _events("Antonio Guterres said on Monday that the talks would resume in June.", lexicon)
    assert any("United Nations" in actors for _, actors in events)
