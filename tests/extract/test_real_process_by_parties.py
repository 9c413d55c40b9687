"""The process an event's own parties point to when its sentence names none (round 196): a meeting of Iran and Saudi
Arabia told in a story that names the Jeddah talks more often took the Jeddah talks (Saudi Arabia is one of their
mediators), and a call of the Turkish and Greek ministers in a Gaza story was left with no process, though the two hold
a process of their own. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

_JEDDAH = ("The Jeddah talks on Sudan resumed on May 2. Mediators hope the Jeddah talks will end the war. The Iran-Saudi "
           "talks were held in Baghdad last year.\n\n")
_GAZA = "Talks on a Gaza ceasefire continued in Doha on Sunday, mediators said. "


def _processes(body: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_a_meeting_of_the_other_process_s_parties_is_theirs(lexicon) -> None:
    body = _JEDDAH + ("In other news, Iranian Foreign Minister Ali Rezaei met Saudi Foreign Minister Faisal bin Farhan in "
                      "Beijing on Tuesday and agreed to reopen embassies.")
    assert ("meeting", "Iran-Saudi Arabia talks") in _processes(body, lexicon)


def test_two_parties_holding_a_process_of_their_own(lexicon) -> None:
    body = _GAZA + ("Turkish Foreign Minister Hakan Fidan and Greek Foreign Minister George Gerapetritis spoke by phone on "
                    "Monday about bilateral ties.")
    assert ("call", "Greece-Turkey dialogue") in _processes(body, lexicon)


def test_two_states_with_no_process_of_their_own_get_none(lexicon) -> None:
    """A guard: Russia and Türkiye hold no two-party process, and Russia and the US only an envoys' channel."""
    assert ("meeting", None) in _processes(_GAZA + "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister "
                                           "Hakan Fidan in Ankara on Monday.", lexicon)
    assert "Surkov-Volker channel (Ukraine)" not in {p for _, p in _processes(
        _GAZA + "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Antony Blinken spoke by phone on Monday.", lexicon)}
