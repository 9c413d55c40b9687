"""Round 571: a body's titled official and a foreign minister named again by title alone ("the UN envoy said", "the EU
coordinator of the talks called on", "the top diplomat added"); sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_un_envoy_is_the_envoy_named_before(lexicon) -> None:
    events = _events("UN Special Envoy Hans Grundberg arrived in Sanaa on Monday. The UN envoy said on Tuesday that the "
                     "talks would resume in June.", lexicon)
    assert ("announcement", ["Hans Grundberg", "United Nations"]) in events


def test_the_eu_coordinator_of_the_talks_is_the_one_named(lexicon) -> None:
    events = _events("The EU coordinator of the talks Enrique Mora arrived in Vienna on Monday. On Tuesday, the EU "
                     "coordinator of the talks called on all parties to meet again in June.", lexicon)
    assert ("proposal", ["Enrique Mora", "European Union"]) in events


def test_the_top_diplomat_is_the_foreign_minister_named_before(lexicon) -> None:
    events = _events("Peru's foreign minister, Ana Cruz, arrived in Santiago on Monday. The top diplomat held talks with "
                     "Chilean officials on Tuesday.", lexicon)
    assert events[-1] == ("meeting", ["Ana Cruz", "Chile", "Peru"])


def test_two_un_envoys_leave_the_title_to_the_body(lexicon) -> None:
    """The guard: with two envoys of the body named, the title names neither."""
    events = _events("UN Special Envoy Hans Grundberg and UN Special Envoy Ana Cruz arrived in Sanaa on Monday. The UN "
                     "envoy said on Tuesday that the talks would resume in June.", lexicon)
    assert ("announcement", ["United Nations"]) in events


def test_two_foreign_ministers_leave_the_top_diplomat_unnamed(lexicon) -> None:
    """The guard: two foreign ministers named before; "the top diplomat" could be either."""
    events = _events("Peruvian Foreign Minister Ana Cruz met Chilean Foreign Minister Luis Soto in Lima on Monday. The top "
                     "diplomat said on Tuesday that the talks would resume in June.", lexicon)
    assert all("Ana Cruz" not in actors and "Luis Soto" not in actors for kind, actors in events if kind == "announcement")
