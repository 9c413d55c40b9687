"""Round 823: heads of state and government the officials table knows are heads when the text names them bare
("Aliyev and Pashinyan met in Brussels"), so their meeting is a `summit`; a title the text gives wins. Sentences of our own
(published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types



@pytest.mark.parametrize("body", [
    "Ilham Aliyev and Nikol Pashinyan met in Brussels on Thursday.",
    "Emmanuel Macron hosted Olaf Scholz in Paris on Thursday for talks on Ukraine.",
    "Joe Biden and Xi Jinping held talks in Bali on Thursday.",
    "Moldovan Prime Minister Dorin Recean will meet Emmanuel Macron in Paris on Monday.",
])
def test_known_heads_named_bare_meet_at_a_summit(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["summit"]


@pytest.mark.parametrize("body", [
    "Sergei Lavrov and Mevlut Cavusoglu held talks in Antalya on Thursday.",
    "Emmanuel Macron met Foreign Minister Mevlut Cavusoglu in Paris on Thursday.",
    "Former President Hamid Karzai met Russia's foreign minister in Moscow on Thursday.",
])
def test_guard_ministers_or_one_head_meet_at_a_meeting(body: str, lexicon) -> None:
    """The guard: ministers, or one head with a minister, meet at a meeting."""
    assert event_types(body, lexicon) == ["meeting"]
