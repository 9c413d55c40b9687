"""The gloss of Spanish and French copy, second pass (round 212): a nationality written after its noun ("el canciller
ruso", "son homologue turc", "le ministre russe des Affaires étrangères"), a weekday with its article ("el lunes",
"lundi dernier"), a range of days ("les 20 et 21 juin") and "acordaron celebrar" were glossed word for word into
English the rules do not read ("the Foreign Minister ruso", "the Monday", "the 20 and 21 June", "agreed hold").
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.gloss import Gloss

SPANISH = ("El canciller ruso, Serguéi Lavrov, se reunió el lunes en Ankara con su homólogo turco, Mevlut Cavusoglu. "
           "Ambos ministros acordaron celebrar una nueva ronda de conversaciones a finales de junio, informó la cancillería rusa.")
FRENCH = ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré lundi à Ankara son homologue turc, "
          "Mevlut Cavusoglu. Les deux ministres ont discuté de la situation en Syrie et des pourparlers dans le cadre du "
          "format d'Astana, selon le ministère. Le prochain cycle de négociations se tiendra à Genève les 20 et 21 juin, selon un communiqué.")


def test_spanish_word_order(lexicon) -> None:
    assert Gloss(SPANISH, "Spanish").text.startswith("The Russian Foreign Minister, Serguéi Lavrov, met on Monday in Ankara "
                                                     "with its Turkish counterpart")
    extraction = extract_own(SPANISH, lexicon, headline="Lavrov y Cavusoglu")
    meeting = next(c for c in extraction.events if c.event_type == "meeting" and c.first == dt.date(2023, 5, 8))
    assert {extraction.roster.name(k) for k in meeting.actors} >= {"Russia", "Türkiye"}
    assert any(c.first == dt.date(2023, 6, 21) and c.last == dt.date(2023, 6, 30) for c in extraction.events)  # late June


def test_french_word_order_and_day_range(lexicon) -> None:
    extraction = extract_own(FRENCH, lexicon, headline="Lavrov et Cavusoglu")
    got = {(c.event_type, c.first, c.last) for c in extraction.events}
    assert ("meeting", dt.date(2023, 5, 8), dt.date(2023, 5, 8)) in got
    assert any(t in ("meeting", "talk_round") and (a, b) == (dt.date(2023, 6, 20), dt.date(2023, 6, 21)) for t, a, b in got)


def test_guard_demonyms_only_after_nouns() -> None:
    """A demonym after an article or a preposition is left alone; "lundi dernier" is last Monday."""
    assert Gloss("la délégation russe et les Russes", "French").text == "the Russian delegation and Russes"  # (an article before a name is dropped)
    assert "last Monday" in Gloss("Il a déclaré lundi dernier que", "French").text
