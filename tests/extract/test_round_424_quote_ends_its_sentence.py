"""Round 424: a quote that ends with its own stop ends its sentence when a capitalised word follows ("… admitted that
“the time is not right.” Soon afterwards, X said …"): the two sentences were one unit (`units.segment`). Sentences of
our own; published Friday 2023-05-12."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _evidence_of(body: str, name: str, lexicon) -> list[str]:
    extraction = extract_own(body, lexicon)
    return [c.evidence[0] for c in extraction.events if any(extraction.roster.name(k) == name for k in c.actors)]


def test_the_next_speaker_has_a_sentence_of_his_own(lexicon) -> None:
    body = ("In March, Foreign Minister Lena Varga called for the border talks to be resumed, but admitted that \"the "
            "time is not right for a new round.\" On Thursday, Prime Minister Ahmet Yilmaz said that the format had "
            "ceased to exist.")
    assert [e[:15] for e in _evidence_of(body, "Ahmet Yilmaz", lexicon)] == ["On Thursday, Pr"]


def test_guard_a_quote_with_its_speaker_after_a_comma_stays_one_sentence(lexicon) -> None:
    body = "\"We are ready to meet again in Vienna next week,\" Foreign Minister Lena Varga said on Thursday."
    assert any(e.startswith("\"We are ready") and e.endswith("on Thursday.") for e in _evidence_of(body, "Lena Varga", lexicon))
