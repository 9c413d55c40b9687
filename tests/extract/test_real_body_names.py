"""A body's name read where a person's stands (round 198): "Luis Vera, deputy secretary general of the Andean External
Trade Service" gave a person "Trade Service" beside Luis Vera. A "name" whose last word is never a surname (Service,
Affairs, Mission, Government, Reunification …) is no person; one that ends in a body's noun (Committee, Council,
Ministry, Agency, Commission) is that body, which may speak. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_service_of_an_apposition_is_no_person(lexicon) -> None:
    text = ("The latest round, held in Lima on Tuesday, brought together Chile and Peru under the chairmanship of Luis Vera, "
            "deputy secretary general of the Andean External Trade Service.")
    actors = {name for _, _, names in typed_events(text, lexicon) for name in names}
    assert "Luis Vera" in actors and not any(name.endswith("Service") for name in actors)


def test_a_committee_that_speaks_stays_its_speaker(lexicon) -> None:
    """A guard: a body named as the speaker keeps its words."""
    text = "Chile will send three officials to the talks in Lima on June 3, the Andean Reunification Committee said on Tuesday."
    assert ("announcement", ["Andean Reunification Committee"]) in [(t, names) for t, _, names in typed_events(text, lexicon)]
