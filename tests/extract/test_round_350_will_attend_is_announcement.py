"""Round 350: a speaker who makes known that someone will attend or send people to a coming gathering ("the group will
attend the next meeting", "the government will send an envoy to the talks") was read as a plain statement; the
guideline makes speech that makes a future event known an announcement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_will_attend_the_meeting(lexicon) -> None:
    days = typed_days("Rebel spokesman Omar Haddad confirmed on Thursday that representatives of the movement will attend "
                      "the fourth Nairobi meeting.", lexicon)
    assert "announcement" in [t for t, _ in days] and "statement" not in [t for t, _ in days]


def test_will_send_a_representative_to_a_meeting(lexicon) -> None:
    days = typed_days("Chilean Foreign Minister Alberto van Klaveren said on Wednesday that his government would send a "
                      "senior diplomat to a meeting with Bolivian officials.", lexicon)
    assert "announcement" in [t for t, _ in days] and "statement" not in [t for t, _ in days]


def test_guard_past_participation_stays_a_statement(lexicon) -> None:
    days = typed_days("Chilean Foreign Minister Alberto van Klaveren said on Wednesday that the minister had to return "
                      "home to take part in a news conference.", lexicon)
    assert [t for t, _ in days] == ["statement"]


def test_guard_joining_a_process_stays_a_statement(lexicon) -> None:
    days = typed_days("The Kenyan Foreign Ministry said in a statement that the regional bloc would join the negotiations "
                      "on behalf of its members.", lexicon)
    assert "announcement" not in [t for t, _ in days]
