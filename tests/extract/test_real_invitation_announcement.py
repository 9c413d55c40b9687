"""Words that make a gathering known by the speaker's own act (round 173; docs/extraction.md, "Types": `announcement`
when it makes a future event known): "X said in an invitation to the parties issued in Nairobi" (232) and "X said he
scheduled the meeting" were statements, since no future event is dated in their sentence. They are announcements now;
"said in a statement" stays a statement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_said_in_an_invitation(lexicon) -> None:
    text = ("“The government has named its delegation to the talks,” the chief mediator Luis Vera said in an invitation "
            "to the parties issued in Lima on Thursday.")
    assert [t for t, _ in typed_days(text, lexicon)] == ["announcement"]


def test_said_he_scheduled_the_meeting(lexicon) -> None:
    text = "Luis Vera said on Tuesday he scheduled the meeting to clear up every side's intentions."
    assert [t for t, _ in typed_days(text, lexicon)] == ["announcement"]


def test_said_in_a_statement_stays_a_statement(lexicon) -> None:
    """A guard: a statement is no invitation."""
    text = "“The government has named its delegation,” the chief mediator Luis Vera said in a statement on Thursday."
    assert [t for t, _ in typed_days(text, lexicon)] == ["statement"]
