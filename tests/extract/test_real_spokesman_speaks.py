"""The speaker of a spokesman's words (round 85): "Foreign Ministry spokeswoman Maria Zakharova said Russia, Turkey and
Iran reaffirmed …" is one statement of hers (and her state), not a second one of the states she talks about (a speech
verb inside another speaker's clause reports her words); "Maria Zakharova, the spokeswoman of the Russian Foreign
Ministry, said" makes her the speaker with her ministry and state ("Ministry" had been read as a person, and the
ministry as the speaker). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_states_a_spokeswoman_talks_about_do_not_speak(lexicon) -> None:
    text = ("Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday Russia, Turkey and Iran reaffirmed their "
            "commitment to the sovereignty of Syria.")
    assert [(t, a) for t, _, a in typed_events(text, lexicon, learned=False)] == [
        ("statement", ["Maria Zakharova", "Ministry of Foreign Affairs of Russia", "Russia"])]


def test_a_spokesman_told_reporters_that_states_confirmed(lexicon) -> None:
    text = "Kazakh Foreign Ministry spokesman Aibek Smadiyarov told reporters that Russia, Iran and Turkey had confirmed the dates."
    assert [a for _, _, a in typed_events(text, lexicon, learned=False)] == [
        ["Aibek Smadiyarov", "Kazakhstan", "Ministry of Foreign Affairs of Kazakhstan"]]


def test_the_ministry_in_an_apposition(lexicon) -> None:
    text = "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said on Wednesday that the talks were useful."
    assert [a for _, _, a in typed_events(text, lexicon, learned=False)] == [
        ["Maria Zakharova", "Ministry of Foreign Affairs of Russia", "Russia"]]


def test_two_speakers_in_two_clauses(lexicon) -> None:
    """A guard: "…, while Y stressed" is Y's own act."""
    text = ("Russian Foreign Minister Sergei Lavrov said the talks were useful, while Turkish Foreign Minister Hakan Fidan "
            "stressed the need for a ceasefire.")
    assert [a for _, _, a in typed_events(text, lexicon)] == [["Russia", "Sergei Lavrov"], ["Hakan Fidan", "Türkiye"]]
