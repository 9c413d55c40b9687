"""Round 543: what the parties agreed at a gathering their sentence tells by its noun ("a meeting … had addressed …, and
the parties had agreed on …") is that gathering, not an accord of its own; a document signed stays one. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

LEAD = ("The UN envoy for Yemen, Hans Grundberg, said on Tuesday evening that a meeting with delegations of the government "
        "and the Houthis in Amman had addressed prisoner releases and that the parties had ")


def test_agreed_at_the_meeting_told_is_the_meeting(lexicon) -> None:
    kinds = [kind for kind, _ in typed_actors(LEAD + "agreed on \"a number of next steps.\"", lexicon)]
    assert "agreement" not in kinds and {"meeting", "talk_round"} & set(kinds)


def test_guard_a_protocol_signed_stays_an_agreement(lexicon) -> None:
    kinds = [kind for kind, _ in typed_actors(LEAD + "signed a protocol on prisoners.", lexicon)]
    assert "agreement" in kinds
