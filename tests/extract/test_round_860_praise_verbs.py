"""Round 860: the verbs of public praise ("hailed", "praised", "commended", "lauded", "applauded") report words said in
public, as "welcomed" and "condemned" already did: a statement of the one who praises; guards that a participle naming
the praised thing reports no words, and that praise told inside a meeting's readout stays with the meeting."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types, speakers


@pytest.mark.parametrize("body, speaker", [
    ("Secretary of State Antony Blinken on Friday hailed the truce as a first step toward a lasting settlement.", "Antony Blinken"),
    ("Guterres praised both delegations on Thursday for the spirit of compromise they had shown in Geneva.", "António Guterres"),
    ("Foreign Minister Wang Yi hails the agreement as a model for the region.", "Wang Yi"),
    ("Guterres commends the parties' commitment to the ceasefire, his spokesman said on Thursday.", "António Guterres"),
    ("Russian Foreign Minister Sergei Lavrov lauded the mediators on Wednesday, calling the exchange of prisoners a humane "
     "step.", "Sergei Lavrov"),
    ("Turkish President Recep Tayyip Erdogan applauded the two sides on Tuesday for returning to the negotiating table.",
     "Recep Tayyip Erdogan"),
])
def test_praise_is_a_statement_of_the_one_who_praises(lexicon, body, speaker):
    assert any(speaker in actors for actors in speakers(body, lexicon)), speakers(body, lexicon)


@pytest.mark.parametrize("body", [
    "The accord, widely praised in the region, was signed in Doha on Monday.",
    "The much-lauded truce was agreed in Cairo on Wednesday.",
])
def test_a_praised_thing_reports_no_words(lexicon, body):
    assert "statement" not in event_types(body, lexicon)
