"""Round 862: the passive that opens the releases of the UN, the EU and ministries ("The following statement was issued
today by the Spokesman for the Secretary-General") is a statement of the principal the spokesperson speaks for;
guards that a spokesperson with a clause of their own, and a release by no one named, give no speaker."""
from __future__ import annotations

import pytest

from tests.extract.own_text import speakers


@pytest.mark.parametrize("body, speaker", [
    ("The following statement was issued today by the Spokesman for UN Secretary-General António Guterres.",
     "António Guterres"),
    ("The following statement was issued on Monday by the Spokesperson for Secretary-General Ban Ki-moon.", "Ban Ki-moon"),
    ("The following statement was released on Tuesday by the spokesperson of EU High Representative Josep Borrell.",
     "Josep Borrell"),
    ("A statement was issued on Sunday by the spokesman for the Turkish Foreign Ministry.", "Türkiye"),
])
def test_a_release_by_a_spokesperson_is_the_principal_s_statement(lexicon, body, speaker):
    assert any(speaker in actors for actors in speakers(body, lexicon)), speakers(body, lexicon)


@pytest.mark.parametrize("body", [
    "The statement was issued by the spokesman for the rebels, who said they would attend.",
    "The following statement was issued today.",
])
def test_no_principal_named_gives_no_speaker(lexicon, body):
    assert all(not actors for actors in speakers(body, lexicon))
