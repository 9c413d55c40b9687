"""Round 900: known processes told in the words wires use for them and the gazetteer did not read (a town's
consultations "on Afghanistan", the Caspian states, the UN envoy for Myanmar, Kyiv's Peace Formula, the three-way
South Korea-China-Japan meeting; spellings as Transdnestr; a trilateral of Azerbaijan, Georgia and Turkey; the
Kuwait-US and China-Philippines mechanisms; talks with the SPLM-N), each written in sentences of our own, several
wordings a construction; guards that near stories keep their own process or none."""
from __future__ import annotations

import pytest

from tests.extract.own_text import process_names


@pytest.mark.parametrize("body, name", [
    # the Moscow format told as the town's consultations, talks or meeting on Afghanistan
    ("Russia will host Moscow consultations on Afghanistan on November 16, the Foreign Ministry said on Monday.",
     "Moscow format (Afghanistan)"),
    ("A Taliban delegation will travel to the Moscow talks on Afghanistan next week, a spokesman said on Tuesday.",
     "Moscow format (Afghanistan)"),
    ("Envoys of ten states met in the Russian capital on Wednesday for the Moscow meeting on Afghanistan.",
     "Moscow format (Afghanistan)"),
    ("Pakistan's envoy said on Thursday he would attend the Moscow conference on Afghanistan on Friday.",
     "Moscow format (Afghanistan)"),
    # the Caspian Five told as the Caspian (littoral, Sea) states
    ("Foreign ministers of the Caspian states met in Baku on Tuesday to prepare the next summit.", "Caspian Five meetings"),
    ("Lavrov left for Ashgabat on Monday to attend a meeting of the Caspian littoral states.", "Caspian Five meetings"),
    ("The Caspian Sea states will hold a meeting of deputy ministers in Tehran on Wednesday, the ministry said.",
     "Caspian Five meetings"),
    ("Leaders of the five Caspian states met in Aktau on Sunday and signed the convention.", "Caspian Five meetings"),
    # the UN good offices on Myanmar told as the Secretary-General's envoy (a cue: "the UN" stays an actor)
    ("The UN special envoy for Myanmar met the foreign minister in Naypyitaw on Tuesday.", "UN good offices on Myanmar"),
    ("The U.N. special envoy for Myanmar arrived in Bangkok on Monday for talks with Thai officials.",
     "UN good offices on Myanmar"),
    ("The UN envoy on Myanmar held talks with ASEAN ministers in Jakarta on Thursday.", "UN good offices on Myanmar"),
    ("The Special Envoy of the Secretary-General on Myanmar briefed the Security Council in New York on Friday.",
     "UN good offices on Myanmar"),
    # the Peace Formula meetings that led to the Ukraine peace summit
    ("National security advisers met in Riyadh on Sunday to discuss the Peace Formula put forward by Kyiv.",
     "Ukraine peace summit"),
    ("Delegations from 80 states met in Davos on Sunday on the implementation of Zelensky's peace formula.",
     "Ukraine peace summit"),
    ("Ukraine hosted a meeting on its ten-point peace formula in Kyiv on Tuesday, the presidential office said.",
     "Ukraine peace summit"),
    ("Advisers held a fourth meeting on the Ukrainian Peace Formula in Malta on Saturday.", "Ukraine peace summit"),
    # the trilateral summit of South Korea, China and Japan told as a meeting
    ("Leaders will gather in Seoul on Monday for the South Korea-China-Japan meeting, the presidential office said.",
     "China-Japan-South Korea trilateral summit"),
    ("The China-Japan-South Korea trilateral meeting of leaders opened in Tokyo on Tuesday.",
     "China-Japan-South Korea trilateral summit"),
    ("Officials prepared the Korea-China-Japan meeting in Busan on Wednesday.", "China-Japan-South Korea trilateral summit"),
    ("The leaders will hold their first China-Japan-South Korea meeting in four years in Seoul on Monday.",
     "China-Japan-South Korea trilateral summit"),
])
def test_known_process_named_as_wires_name_it(body, name, lexicon):
    assert name in process_names(body, lexicon)


@pytest.mark.parametrize("body, name", [
    # the Transnistrian settlement in the spellings wires use
    ("Russian and Moldovan leaders met in Moscow on Friday to discuss a settlement in Transdnestr.",
     "5+2 format (Transnistria)"),
    ("Negotiators from Chisinau and the Transdniestr region met in Bender on Tuesday.", "5+2 format (Transnistria)"),
    ("Officials of Moldova and breakaway Trans-Dniester met in Tiraspol on Wednesday.", "5+2 format (Transnistria)"),
    ("The OSCE envoy met Transdniester leaders in Tiraspol on Monday.", "5+2 format (Transnistria)"),
    # a trilateral of Azerbaijan, Georgia and Turkey in any order
    ("The Trilateral Meeting of Foreign Ministers of Turkey, Azerbaijan and Georgia will be held in Baku on Friday.",
     "Azerbaijan-Georgia-Türkiye trilateral format"),
    ("Georgia, Azerbaijan and Türkiye held a trilateral meeting of defence ministers in Tbilisi on Tuesday.",
     "Azerbaijan-Georgia-Türkiye trilateral format"),
    ("Azerbaijan's and Georgia's foreign ministers met their Turkish counterpart in Kars on Monday in a trilateral format.",
     "Azerbaijan-Georgia-Türkiye trilateral format"),
    ("The ninth trilateral summit of Azerbaijan, Georgia and Turkey opened in Baku on Wednesday.",
     "Azerbaijan-Georgia-Türkiye trilateral format"),
    # the Kuwait-US strategic dialogue told as "the strategic dialogue between the two countries"
    ("Kuwait's foreign minister and Blinken spoke by phone on Tuesday about the next strategic dialogue between the two "
     "countries.", "Kuwait-US strategic dialogue"),
    ("Kuwait will host the seventh round of its strategic dialogue with the United States in October, officials said "
     "on Monday.", "Kuwait-US strategic dialogue"),
    ("Kuwaiti and American officials met in Washington on Wednesday for the strategic dialogue.",
     "Kuwait-US strategic dialogue"),
    ("The U.S. and Kuwait held a new session of their strategic dialogue in Kuwait City on Thursday.",
     "Kuwait-US strategic dialogue"),
    # the China-Philippines mechanism on the South China Sea told as a bilateral consultative mechanism
    ("Chinese and Philippine officials met in Manila on Tuesday for the bilateral consultation mechanism on the sea.",
     "China-Philippines Bilateral Consultation Mechanism"),
    ("China and the Philippines held the ninth meeting of their bilateral consultative mechanism in Beijing on Friday.",
     "China-Philippines Bilateral Consultation Mechanism"),
    ("Beijing and Manila convened a bilateral consultative mechanism meeting in Shanghai on Wednesday.",
     "China-Philippines Bilateral Consultation Mechanism"),
    ("Philippine diplomats met Chinese counterparts in Xiamen on Monday under the Bilateral Consultation Mechanism.",
     "China-Philippines Bilateral Consultation Mechanism"),
    # talks with the SPLM-N told with the movement's full name
    ("Mediators suspended negotiations between Khartoum and the Sudan People's Liberation Movement-North in Juba on "
     "Sunday.", "Sudan government-SPLM-N talks"),
    ("The government and the SPLM-North resumed talks in Juba on Tuesday after a two-week pause.",
     "Sudan government-SPLM-N talks"),
    ("The SPLM-N delegation arrived in Juba on Monday for a new round of negotiations with the army.",
     "Sudan government-SPLM-N talks"),
    ("Talks between Sudan's government and the SPLM-N over aid routes resumed in Juba on Thursday.",
     "Sudan government-SPLM-N talks"),
    # the Kyrgyz-Tajik border told as its working groups or a protocol
    ("Working groups of Kyrgyzstan and Tajikistan met at a border checkpoint on Saturday and signed a protocol.",
     "Kyrgyzstan-Tajikistan border talks"),
    ("Tajik and Kyrgyz officials signed a protocol on the border in Batken on Monday.", "Kyrgyzstan-Tajikistan border talks"),
    # corps commander talks, written "Corp Commander" as some wires do
    ("India and China held the 21st round of Corp Commander-level talks at Chushul on Monday.",
     "India-China Corps Commander talks"),
])
def test_known_process_from_its_cues(body, name, lexicon):
    assert name in process_names(body, lexicon)


@pytest.mark.parametrize("body, name", [
    # guards: near stories keep their own process
    ("Iran, Russia and Turkey met in Astana on Tuesday for a new round of the Astana talks on Syria.", "Astana format"),
    ("Leaders met in Baku on Monday for the Azerbaijan-Iran-Russia trilateral summit; Georgia and Turkey sent "
     "observers.", "Azerbaijan-Iran-Russia trilateral format"),
    ("Kim Jong Un and Moon Jae-in met at Panmunjom on Friday for the inter-Korean summit.", "Inter-Korean talks"),
])
def test_near_stories_keep_their_process(body, name, lexicon):
    assert name in process_names(body, lexicon)


@pytest.mark.parametrize("body, name", [
    ("Kuwait and the United States signed a trade deal in Kuwait City on Monday.", "Kuwait-US strategic dialogue"),
    ("Georgia and Turkey signed a transit agreement in Tbilisi on Tuesday.", "Azerbaijan-Georgia-Türkiye trilateral format"),
    ("The foreign ministers of Azerbaijan, Turkey and Pakistan met in Islamabad on Tuesday for a trilateral meeting.",
     "Azerbaijan-Georgia-Türkiye trilateral format"),
    ("China and the Philippines traded accusations over a collision near the shoal on Monday.",
     "China-Philippines Bilateral Consultation Mechanism"),
])
def test_ordinary_words_find_none_of_them(body, name, lexicon):
    assert name not in process_names(body, lexicon)
