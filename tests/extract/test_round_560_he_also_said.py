"""Round 560: "He also announced that …", "She also noted that …" in the sentence after a named speaker are that speaker's
words: "also" between the pronoun and the speech verb no longer breaks the link. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_he_also_announced_a_meeting_to_come(lexicon) -> None:
    events = typed_events("UN spokesman Pedro Alves said on Thursday that the envoy keeps in touch with all the parties. "
                          "He also announced that the envoy will hold consultations in Norway next week.", lexicon)
    assert any(kind == "announcement" and "Pedro Alves" in actors for kind, _, actors in events)
    assert any(kind == "meeting" and "Pedro Alves" not in actors for kind, _, actors in events)


def test_guard_he_also_met_someone_stays_a_meeting_of_his(lexicon) -> None:
    """The guard: a pronoun before a verb that is no speech ("He also met ...") is still the person named before."""
    events = typed_events("Foreign Minister Ana Soto arrived in Lima on Thursday. She also met President Luis Mora of "
                          "Peru on Thursday.", lexicon)
    assert any(kind in ("meeting", "visit") and "Ana Soto" in actors for kind, _, actors in events)
