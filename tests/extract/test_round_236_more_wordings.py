"""Round 236: more of the wordings wire agencies give the guideline's processes (the JCPOA Joint Commission, the
Istanbul peace talks, the Yemen truce, the China-brokered Saudi-Iran deal, the Trilateral Contact Group on Ukraine).
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_more_wordings(lexicon) -> None:
    cases = {
        "Diplomats of six powers met in Lausanne on Friday for a new round of P5+1 talks with Tehran.":
            "Iran nuclear talks",
        "Delegations of the two countries met on Monday for the Istanbul peace talks, the second such meeting in a month.":
            "Russia-Ukraine talks",
        "Envoys of the warring parties met in Muscat on Tuesday to discuss extending the Yemen truce.": "Yemen peace process",
        "Officials of the two kingdoms met in Riyadh on Monday to review the China-brokered Saudi-Iran deal.":
            "Iran-Saudi Arabia talks",
        "The Trilateral Contact Group on Ukraine met by video link on Wednesday.": "Trilateral Contact Group",
    }
    for body, name in cases.items():
        assert name in _processes(body, lexicon), body


def test_an_unrelated_joint_commission_stays(lexicon) -> None:
    """A guard: another joint commission is not the JCPOA's."""
    body = "The Kazakh-Uzbek joint commission on trade met in Tashkent on Monday."
    assert "Iran nuclear talks" not in _processes(body, lexicon)
