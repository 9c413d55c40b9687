"""Round 232: about forty current or recent diplomatic processes beyond the corpus's, each by the wordings wire copy
gives it, and more wordings for the guideline's own (the 2025 Oman-mediated Iran-US rounds, the 5+UN Cyprus meetings,
the 1+1 Transnistria talks). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract import gazetteer


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_the_world_processes_are_known(lexicon) -> None:
    names = {line.split("|")[0] for line in gazetteer.PROCESSES.strip().splitlines()}
    for name in ("New START Treaty", "India-Pakistan DGMO talks", "Japan-Russia peace treaty talks", "Israel-Lebanon maritime border talks",
                 "Mali peace process (Algiers Agreement)", "Armenia-Türkiye normalization process", "3+3 format (South Caucasus)",
                 "Ukraine Defense Contact Group", "China-Philippines Bilateral Consultation Mechanism", "Bouznika talks (Libya)"):
        assert name in names
    assert len(names) >= 100


def test_wire_wordings_of_world_processes(lexicon) -> None:
    cases = {
        "The special envoys held a new round of Armenia-Turkey normalization talks in Vienna on Tuesday.":
            "Armenia-Türkiye normalization process",
        "Defence ministers met at Ramstein on Thursday for the Ukraine Defence Contact Group meeting.": "Ukraine Defense Contact Group",
        "The DGMOs of India and Pakistan held talks over the hotline on Monday, the army said.": "India-Pakistan DGMO talks",
        "Lebanese and Israeli delegations held a fourth round of maritime border talks in Naqoura on Wednesday.":
            "Israel-Lebanon maritime border talks",
        "The 3+3 platform met in Istanbul on Friday with the foreign ministers of Russia, Iran and Türkiye.": "3+3 format (South Caucasus)",
        "Officials of the two governments met in Manila on Tuesday for the Philippines-China BCM on the South China Sea.":
            "China-Philippines Bilateral Consultation Mechanism",
    }
    for body, name in cases.items():
        assert name in _processes(body, lexicon), body


def test_new_wordings_of_known_processes(lexicon) -> None:
    assert _processes("Araghchi and Witkoff held a second round of Oman-mediated US-Iran talks in Rome on Saturday.", lexicon) \
        == ["Iran nuclear talks"]
    assert _processes("The leaders of the two communities met in Geneva on Tuesday for an informal meeting in the 5+UN format.",
                      lexicon) == ["Cyprus reunification talks"]


def test_an_unrelated_summit_stays_unclaimed(lexicon) -> None:
    """A guard: a summit of states that hold none of these processes has none."""
    assert _processes("The presidents of Brazil and Argentina held a summit in Brasilia on Monday.", lexicon) == [None]
