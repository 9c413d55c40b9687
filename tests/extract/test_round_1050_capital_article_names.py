"""Round 1050: a name read after the speech verb keeps its capitalised Arabic article ("said Omar Hassan Al-Rashid"):
the article written "Al-" or "El-" was read as a word of its own, so the name ended "Al-" (found on the review page
with a pasted wire of the twenty-first stop's batch)."""
import pytest

from tests.extract.own_text import extract_own


@pytest.mark.parametrize(("sentence", "name"), [
    ('"The two sides agreed to reopen the crossing next week," said Omar Hassan Al-Rashid, the army spokesman, '
     "in a statement on Tuesday.", "Omar Hassan Al-Rashid"),
    ('"The talks will go on in the capital," said Karim El-Masri, an aide to the envoy, on Monday.', "Karim El-Masri"),
    # guards: the small article, and a name with no article, read as before
    ('"The two sides agreed to reopen the crossing next week," said Omar Hassan al-Rashid, the army spokesman, '
     "in a statement on Tuesday.", "Omar Hassan al-Rashid"),
    ('"We expect a reply soon," said Jane Porter, the mission spokeswoman, on Friday.', "Jane Porter"),
])
def test_the_speaker_after_the_verb_keeps_the_article(sentence: str, name: str, lexicon) -> None:
    extraction = extract_own(sentence, lexicon)
    assert [[extraction.roster.name(k) for k in c.actors] for c in extraction.events] == [[name]]
