"""Round 545: the agent of a passive speech verb speaks ("The programme of the meeting … was announced by the United
Nations on Monday"), as "announced by Norway" did already; a participle after a noun ("meetings requested by the …") is
no speech act of the agent. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_was_announced_by_the_un_is_its_announcement(lexicon) -> None:
    events = typed_actors("The programme for the enlarged meeting on the Cyprus problem in Geneva next week was announced "
                          "by the United Nations on Monday.", lexicon)
    assert ("announcement", ["United Nations"]) in events and any(kind == "meeting" for kind, _ in events)


def test_guard_a_participle_after_a_noun_names_no_speaker(lexicon) -> None:
    events = typed_actors("The meetings requested by the ELN delegation seek to protect civilians in Narino.", lexicon)
    assert not any(kind in ("proposal", "statement") for kind, _ in events)
