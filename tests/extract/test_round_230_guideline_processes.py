"""Round 230: every process the annotation guideline names is in the gazetteer under the guideline's own name, with the
wordings wire copy uses for it (docs/extraction.md, "Processes"). Sentences of our own."""
from __future__ import annotations

import re

from tests.extract.own_text import extract_own
from tracker.extract import gazetteer


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_every_guideline_process_is_in_the_gazetteer() -> None:
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "extraction.md").read_text(encoding="utf-8")
    section = doc[doc.index("**Processes.**"):doc.index("## Rounds on the real corpus")]
    listed = section[section.index("across the corpus):") + len("across the corpus):"):section.index(". An event whose")]
    listed = re.sub(r"; known ones keep the names of the built-in gazetteer\s*\(`gazetteer.PROCESSES`\):", ",", listed)
    # an explanation after a name, not a part of it: it opens in lower case ("(the ...)", "(direct talks ...)"), a
    # part of a name in a capital ("(Libya)", "(R-ARCSS)")
    listed = re.sub(r"\s*\((?=[a-z])[^)]*\)", "", listed)
    names = {" ".join(n.split()) for n in listed.split(",") if n.strip()}
    known = {line.split("|")[0] for line in gazetteer.PROCESSES.strip().splitlines()}
    assert len(names) > 60 and names - known == set()


def test_wire_wordings_of_the_added_processes(lexicon) -> None:
    cases = {
        "The Moscow format consultations on Afghanistan opened on Tuesday with Taliban envoys present.":
            "Moscow format (Afghanistan)",
        "China and the United States held a new round of economic and trade talks on Monday, the commerce ministry said. "
        "The China-U.S. economic and trade consultations ended on Tuesday.": "China-US economic and trade consultations",
        "The parties to the R-ARCSS met in Juba on Thursday to review the transitional security arrangements.":
            "South Sudan peace process (R-ARCSS)",
        "The IGAD Quartet on Sudan met in Nairobi on Monday to discuss a roadmap.": "IGAD-led Sudan peace process",
        "Cambodian and Thai officers held a Thai-Cambodian General Border Committee meeting on Wednesday.":
            "Thailand-Cambodia border talks",
        "Haitian party leaders met in Kingston on Friday for a new session of the inter-Haitian dialogue.": "CARICOM-facilitated inter-Haitian dialogue",
        # the two names the guideline took in with articles 300-338
        "Envoys of the ALPS group on Sudan met in Geneva on Wednesday to press the warring sides for a truce.":
            "US-mediated Sudan ceasefire talks",
        "Foreign ministers of the region met in Dushanbe on Tuesday for the Heart of Asia – Istanbul Process conference.":
            "Heart of Asia-Istanbul Process",
        # named at the twenty-sixth stop (1181)
        "The UN envoy opened proximity talks on Sudan in Geneva on Thursday, meeting each delegation in turn.":
            "UN-led Sudan proximity talks",
        # named at the twenty-seventh stop (1198)
        "The head of the council received the UN envoy on Monday to review the political process in Libya.":
            "Libya political process",
    }
    for body, name in cases.items():
        assert name in _processes(body, lexicon), body


def test_the_delimitation_commissions_are_their_own_track(lexicon) -> None:
    body = ("The commissions on the delimitation of the state border between Armenia and Azerbaijan held their tenth meeting "
            "on Friday, chaired by the two deputy prime ministers.")
    assert _processes(body, lexicon) == ["Armenia-Azerbaijan border delimitation commission"]


def test_a_peace_treaty_stays_the_peace_process(lexicon) -> None:
    """A guard: the peace treaty talks of the same two states are not the commission's."""
    body = "Armenia and Azerbaijan held talks on a peace treaty in Almaty on Friday."
    assert _processes(body, lexicon) == ["Armenia-Azerbaijan peace process"]
