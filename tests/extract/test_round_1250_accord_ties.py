"""Round 1250: a held accord with no place takes the place of the gathering a sentence near it ties it to ("The accord
came after two days of talks at the foreign ministry in Tashkent"; "Following three days of negotiations in Kampala,
the two delegations issued a joint statement"; the accord's own "The negotiations finally led to the signing of …"
with the talks placed a sentence before), `accord_ties.tied_accords`, called by `telling_actors.retold`.

Guards: a tie to a gathering still planned ("the deal came after the talks, which will be held in X"), a tie sentence
that tells another accord or an event of another day, a tie three sentences away, a planned accord, an accord that has
a place already, and an accord sentence that names no gathering as its origin all give nothing. Sentences of our own,
read through the rule's own function.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.accord_ties import tied_accords
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster

MAY_2 = dt.date(2023, 5, 2)


def _event(kind: str, order: int, sentence: str, first: dt.date | None = MAY_2, **kw) -> Candidate:
    return Candidate(kind, order, order, first=first, last=first, precision=kw.pop("precision", "day"),
                     dated_by="context", evidence=[sentence], **kw)


def _place(texts: list[str], events: list[Candidate], lexicon) -> str | None:
    tied_accords(events, texts, [0] * len(texts), Roster(lexicon))
    return events[0].venue[0] if events[0].venue else None


@pytest.mark.parametrize("texts, at, place", [
    # the accord named again, with what it came after
    (["Uzbek and Kyrgyz envoys settled the last disputed stretch of their frontier on Tuesday.",
      "The accord came after two days of talks at the border town of Batken."], 0, "Batken"),
    (["Uganda and South Sudan put their names to a cross-border trade pact.",
      "Officials of both countries signed the pact at the end of a closed-door meeting in Kampala, aides said."], 0,
     "Kampala"),
    # the gathering fronted, then the accord made
    (["Ghana and Togo issued a joint statement on maritime security on Tuesday.",
      "Following three days of negotiations in Lome, the two delegations issued a joint statement on patrols."], 0,
     "Lomé"),
    # the accord's own sentence names the talks, placed a sentence before
    (["Chile received the two delegations for a week of negotiations in Santiago.",
      "The negotiations finally led to the signing of a fisheries accord on May 2."], 1, "Santiago"),
])
def test_a_tie_places_the_accord(texts: list[str], at: int, place: str, lexicon) -> None:
    events = [_event("agreement", at, texts[at])]
    assert _place(texts, events, lexicon) == place


@pytest.mark.parametrize("texts, extra, change", [
    # the gathering still to come
    (["Uganda and South Sudan put their names to a cross-border trade pact.",
      "The pact came after the talks, which will be held in Kampala next month, were agreed."], [], {}),
    # the tie sentence tells another accord
    (["Uganda and South Sudan put their names to a cross-border trade pact.",
      "The pact came after talks in Kampala that produced an older deal."], [("agreement", 1, MAY_2)], {}),
    # the tie sentence tells an event of another day
    (["Uganda and South Sudan put their names to a cross-border trade pact.",
      "The pact came after talks in Kampala in March."], [("talk_round", 1, dt.date(2023, 3, 1))], {}),
    # a planned accord
    (["Uganda and South Sudan will put their names to a cross-border trade pact.",
      "The pact comes after talks in Kampala."], [], {"future": True}),
    # no gathering is named as the accord's origin
    (["Uganda and South Sudan put their names to a cross-border trade pact.",
      "The pact came after years of friction along the border near Kampala."], [], {}),
])
def test_the_rule_s_guards(texts: list[str], extra: list, change: dict, lexicon) -> None:
    events = [_event("agreement", 0, texts[0], **change)]
    events += [_event(k, i, texts[i], first=d) for k, i, d in extra]
    assert _place(texts, events, lexicon) is None


def test_a_tie_three_sentences_away_is_not_read(lexicon) -> None:
    texts = ["Uganda and South Sudan put their names to a cross-border trade pact.",
             "Traders welcomed it.", "Prices fell.", "The pact came after talks in Kampala."]
    assert _place(texts, [_event("agreement", 0, texts[0])], lexicon) is None


def test_an_accord_with_a_place_keeps_it(lexicon) -> None:
    texts = ["Uganda and South Sudan put their names to a cross-border trade pact in Juba.",
             "The pact came after talks in Kampala."]
    events = [_event("agreement", 0, texts[0], venue=("Juba", "SSD"))]
    assert _place(texts, events, lexicon) == "Juba"


def test_the_own_sentence_with_no_gathering_before_gives_nothing(lexicon) -> None:
    texts = ["Traders welcomed the news.", "The negotiations finally led to the signing of a fisheries accord on May 2."]
    assert _place(texts, [_event("agreement", 1, texts[1])], lexicon) is None
