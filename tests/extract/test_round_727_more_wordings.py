"""Round 727: the wordings wires give the phases of known processes (Geneva II, the Action Group for Syria, the
snapback, the Trump-Kim summits, the Houston Agreement, Kaesong) and seven more processes from general knowledge of
diplomacy (Baghdad-Erbil, the Helmand water treaty, the Sant'Egidio talks on South Sudan, the India-China informal
summits, EU-Mercosur, the INF Treaty). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, name", [
    ("Foreign ministers of the Action Group for Syria met in Geneva on Saturday and agreed on a transition plan.",
     "Geneva process"),
    ("Delegations of the government and the opposition met face to face at the Geneva II conference on Friday.",
     "Geneva process"),
    ("The E3 ministers met in Paris on Thursday and agreed to start the snapback mechanism against Tehran.",
     "Iran nuclear talks"),
    ("The two leaders met in Vietnam on Wednesday for the second Trump-Kim summit, the White House said.",
     "North Korea-US denuclearization talks"),
    ("Moroccan and Polisario delegates signed the Houston Agreement on Tuesday under the personal envoy's mediation.",
     "Western Sahara political process"),
    ("North and South Korean officials met at the border on Monday for Kaesong industrial complex talks.",
     "Inter-Korean talks"),
    ("Negotiators of Baghdad and Erbil reached a Baghdad-Erbil oil deal on Tuesday, the prime minister's office said.",
     "Baghdad-Erbil talks"),
    ("Iranian and Afghan officials met in Kabul on Sunday to discuss Iran's Helmand water rights.",
     "Iran-Afghanistan Helmand water talks"),
    ("The government and the holdout groups resumed the Sant'Egidio talks on South Sudan in Rome on Monday.",
     "Sant'Egidio South Sudan talks (Rome)"),
    ("Modi and Xi met in Wuhan on Friday for the Wuhan informal summit.", "India-China informal summit"),
    ("EU and Mercosur negotiators met in Brasilia on Thursday and closed the EU-Mercosur trade deal.",
     "EU-Mercosur trade agreement"),
    ("US and Russian officials met in Geneva on Wednesday in a last attempt to save the INF Treaty.", "INF Treaty"),
])
def test_the_wordings_are_read(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body


def test_the_geneva_communique_of_the_caucasus_stays_theirs(lexicon) -> None:
    """A guard: the Syrian Geneva process's wordings in a story of Abkhazia are the Geneva International Discussions."""
    body = ("The co-chairs issued a Geneva communiqué on Wednesday after the round on Abkhazia and South Ossetia, "
            "the EU mission said.")
    assert "Geneva process" not in _processes(body, lexicon)
