"""Round 530 (docs/extraction.md, "Rounds on the real corpus"): a speech verb in the passive with its agent after it
("The agenda of next week's talks in Lisbon was announced by the United Nations on Friday") gave no speech act: the
speaker after the verb was read only as "said X", "said the X" or "by X", never "by the X". After a form of "be" the
agent with its article is the speaker; a bare participle ("the meetings requested by the delegation") stays a noun's
modifier. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events
from tracker.extract.clauses import speaker_after


def test_the_agent_of_a_passive_announcement_speaks(lexicon) -> None:
    body = "The agenda of the talks in Lisbon next week was announced by the United Nations on Friday."
    speech = [e for e in typed_events(body, lexicon) if e[0] in ("announcement", "statement")]
    assert speech and speech[0][2] == ["United Nations"] and str(speech[0][1]) == "2023-05-12"


def test_a_participle_modifying_a_noun_names_no_speaker() -> None:
    """A guard: "requested by the delegation" after a noun, with no "was", is no speech act of the delegation."""
    text = "These meetings requested by the delegation seek a way out of the crisis."
    verb = text.index("requested")
    assert not speaker_after(text, verb, verb + len("requested"), text.index("the delegation") + 4)


def test_said_the_minister_still_reads() -> None:
    """A guard: the shapes read before ("said the minister", "announced by X") still name the speaker."""
    text = "The talks will resume, said the minister."
    assert speaker_after(text, text.index("said"), text.index("said") + 4, text.index("minister"))
    text = "The date was announced by Norway on Friday."
    assert speaker_after(text, text.index("announced"), text.index("announced") + 9, text.index("Norway"))
