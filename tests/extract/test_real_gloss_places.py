"""The gloss of Spanish and French copy names the towns of talks as the English rules know them (round 214): "en La
Habana", "à Genève", "en Ginebra", "au Caire" gave no venue or a town the gazetteer does not hold, and "alto el fuego",
"cessez-le-feu" no ceasefire. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.gloss import Gloss

SPANISH = ("Los delegados de Colombia y de la guerrilla firmaron este martes en La Habana un acuerdo sobre el alto el "
           "fuego. El presidente de Colombia, Gustavo Petro, dijo este miércoles que el diálogo seguirá en México el "
           "próximo mes, según un comunicado de la cancillería.")


def test_spanish_signing_in_havana(lexicon) -> None:
    extraction = extract_own(SPANISH, lexicon, headline="Colombia y la guerrilla firman un acuerdo")
    agreement = next(c for c in extraction.events if c.event_type == "agreement")
    assert agreement.venue is not None and agreement.venue[0] == "Havana"


def test_town_and_ceasefire_names() -> None:
    assert Gloss("Les délégations se sont réunies à Genève et au Caire pour un cessez-le-feu.", "French").text == \
        "The delegations met in Geneva and in Cairo for a ceasefire."
    assert "in Geneva" in Gloss("se reunieron en Ginebra", "Spanish").text


def test_guard_a_town_opening_its_sentence() -> None:
    """"Le Caire accueillera …" opens with the town, not with an article; a name the table lacks stays as written."""
    assert Gloss("Le Caire accueillera la réunion à Sharm el-Sheikh.", "French").text == \
        "Cairo will host the meeting in Sharm el-Sheikh."


def test_guard_english_copy_is_not_glossed(lexicon) -> None:
    """English copy never passes through the gloss: its "au pair" or "Le Monde" stay, its venue is read as before."""
    extraction = extract_own("The delegations of Armenia and Azerbaijan met in Geneva on Tuesday, Le Monde reported.", lexicon)
    assert [(c.event_type, c.venue[0] if c.venue else None) for c in extraction.events] == [("meeting", "Geneva")]
    assert not any("gloss" in n for n in extraction.notes)


def test_a_visit_received_by_a_counterpart(lexicon) -> None:
    """"s'est rendu à Moscou, où il a été reçu par son homologue", "viajó a Moscú, donde fue recibido por": the meeting
    there (the verbs of travel and reception were left as written)."""
    for body in ("Le ministre turc des Affaires étrangères, Hakan Fidan, s'est rendu mardi à Moscou, où il a été reçu par "
                 "son homologue russe, Sergueï Lavrov. Les deux ministres ont évoqué la situation en Syrie, a indiqué à "
                 "l'AFP une source diplomatique.",
                 "El canciller turco, Hakan Fidan, viajó el martes a Moscú, donde fue recibido por su homólogo ruso, "
                 "Serguéi Lavrov. Ambos ministros conversaron sobre la situación en Siria y las negociaciones en el "
                 "marco del formato de Astaná, dijo a la AFP una fuente diplomática."):
        extraction = extract_own(body, lexicon, headline="Fidan")
        assert any(c.event_type in ("meeting", "visit") and {extraction.roster.name(k) for k in c.actors} >= {"Russia", "Türkiye"}
                   for c in extraction.events), body
