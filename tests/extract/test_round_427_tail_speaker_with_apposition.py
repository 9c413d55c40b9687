"""Round 427: the speaker of a closing attribution with an apposition ("…, Maria Huber, press secretary of the Austrian
envoy Karl Nehammer, said") is the person named before the apposition, not the one inside it (`appositions.APPOSED`
after a comma; the apposition may run to 130 characters). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_press_secretary_speaks_not_her_principal(lexicon) -> None:
    body = ("The border commission will meet in Vienna on Tuesday, Maria Huber, press secretary of the Austrian "
            "representative to the border commission and former Austrian President Karl Nehammer, said.")
    speech = [actors for t, _, actors in typed_events(body, lexicon) if t in ("announcement", "statement")]
    assert speech and "Maria Huber" in speech[0] and "Karl Nehammer" not in speech[0]


def test_guard_a_plain_tail_attribution_keeps_its_speaker(lexicon) -> None:
    body = "The border commission will meet in Vienna on Tuesday, Foreign Minister Lena Varga said."
    speech = [actors for t, _, actors in typed_events(body, lexicon) if t in ("announcement", "statement")]
    assert speech and "Lena Varga" in speech[0]
