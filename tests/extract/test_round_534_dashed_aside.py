"""Round 534 (docs/extraction.md, "Rounds on the real corpus"): a subject cut from its speech verb by an aside in dashes
("Norway -- the host of the talks since 2019 -- said on Wednesday …") gave no speech act, since the gap read was a comma
aside or at most four words. An aside in dashes (two hyphens, an em or an en dash) is now read as a comma aside is.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_a_speaker_before_a_dashed_aside_speaks(lexicon) -> None:
    for dash in ("--", "—", "–"):
        body = f"Norway {dash} the host of the talks since 2019 {dash} said on Wednesday that the next round would open in June."
        assert ("announcement", ["Norway"]) in typed_actors(body, lexicon), dash


def test_a_comma_aside_still_reads(lexicon) -> None:
    """A guard: the comma aside read before still names the speaker."""
    body = "Norway, the host of the talks since 2019, said on Wednesday that the next round would open in June."
    assert ("announcement", ["Norway"]) in typed_actors(body, lexicon)
