""""The UN chief", "the OSCE chief" is the head of that body the article named before (round 403): "Foreign Minister Ana
Soto of Chile said on Monday after a meeting with the UN chief in Geneva …" after "UN Secretary-General Luis Vera" gave
the meeting the UN and no Vera. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple[str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_the_un_chief_is_the_secretary_general_named_before(lexicon) -> None:
    body = ("UN Secretary-General Luis Vera will visit Lima next month, Chilean Foreign Minister Ana Soto said on Monday after "
            "a meeting with the UN chief in Geneva.")
    meetings = [a for t, a in _events(body, lexicon) if t == "meeting"]
    assert meetings and any("Luis Vera" in a and "Ana Soto" in a for a in meetings)


def test_guard_an_envoy_is_not_the_chief(lexicon) -> None:
    body = ("UN Special Envoy Luis Vera arrived in Lima on Monday. Chilean Foreign Minister Ana Soto said on Tuesday after "
            "a meeting with the UN chief in Geneva that talks would resume.")
    assert all("Luis Vera" not in a for t, a in _events(body, lexicon) if t == "meeting")
