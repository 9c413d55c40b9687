"""Built-in gazetteer: states, organisations, processes and official titles, kept as data.

Each state row is `name|ISO3|aliases|adjectives and demonyms|capitals used for the government`.
The store's own actors and processes are added on top of this (see lexicon.py) and win on clashes.
"""
from __future__ import annotations

from tracker.extract.package_tables import pipe_lines
from tracker.extract.process_kinds import (  # noqa: F401  (re-exported: the rule modules read them as gazetteer.X)
    CONFERENCE_SERIES, FORUMS, PARTY_PROCESSES, SEATED_PROCESSES, STANDING_PROCESSES, TRACKS, TWO_PARTY_PROCESSES)


def _processes_table() -> str:
    """The processes of processes.tsv as `name|aliases|subject|members` lines, the form every reader splits (read once)."""
    return pipe_lines("processes.tsv", ("name", "aliases", "subject", "members", "source"), keep=4)


STATES = """\
Afghanistan|AFG|Islamic Emirate of Afghanistan|Afghan|Kabul
Albania|ALB||Albanian|Tirana
Algeria|DZA||Algerian|Algiers
Angola|AGO||Angolan|Luanda
Argentina|ARG||Argentine;Argentinian|Buenos Aires
Armenia|ARM|Republic of Armenia|Armenian|Yerevan
Australia|AUS||Australian|Canberra
Austria|AUT|Republic of Austria|Austrian|Vienna
Azerbaijan|AZE|Republic of Azerbaijan|Azerbaijani;Azeri|Baku
Bahrain|BHR|Kingdom of Bahrain|Bahraini|Manama
Bangladesh|BGD||Bangladeshi|Dhaka
Belarus|BLR|Republic of Belarus|Belarusian|
Belgium|BEL||Belgian|
Bosnia and Herzegovina|BIH|Bosnia|Bosnian|Sarajevo
Brazil|BRA||Brazilian|Brasilia
Bulgaria|BGR||Bulgarian|Sofia
Cambodia|KHM||Cambodian|Phnom Penh
Canada|CAN||Canadian|Ottawa
Chad|TCD||Chadian|N'Djamena
Chile|CHL||Chilean|Santiago
China|CHN|People's Republic of China;PRC|Chinese|Beijing
Colombia|COL||Colombian|Bogota
Croatia|HRV||Croatian|Zagreb
Cuba|CUB||Cuban|Havana
Cyprus|CYP|Republic of Cyprus|Cypriot|Nicosia
Czech Republic|CZE|Czechia|Czech|Prague
Denmark|DNK||Danish|Copenhagen
DR Congo|COD|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;D.R. Congo;DR of Congo;Congo-Kinshasa;Congo|Congolese|Kinshasa
Republic of the Congo|COG|Republic of Congo;Congo-Brazzaville;Congo Republic||Brazzaville
Djibouti|DJI||Djiboutian|
Ecuador|ECU||Ecuadorian;Ecuadorean|
Egypt|EGY|Arab Republic of Egypt|Egyptian|Cairo
Eritrea|ERI||Eritrean|Asmara
Estonia|EST||Estonian|Tallinn
Ethiopia|ETH||Ethiopian|Addis Ababa
Finland|FIN||Finnish|Helsinki
France|FRA|French Republic|French|Paris
Georgia|GEO||Georgian|Tbilisi
Germany|DEU|Federal Republic of Germany|German|Berlin
Greece|GRC||Greek|Athens
Hungary|HUN||Hungarian|Budapest
Iceland|ISL||Icelandic|
India|IND|Republic of India|Indian|New Delhi
Indonesia|IDN||Indonesian|Jakarta
Iran|IRN|Islamic Republic of Iran;Islamic Republic|Iranian|Tehran
Iraq|IRQ|Republic of Iraq|Iraqi|Baghdad
Ireland|IRL||Irish|Dublin
Israel|ISR|State of Israel|Israeli|
Italy|ITA||Italian|Rome
Japan|JPN||Japanese|Tokyo
Jordan|JOR|Hashemite Kingdom of Jordan|Jordanian|Amman
Kazakhstan|KAZ|Republic of Kazakhstan|Kazakh;Kazakhstani|
Kenya|KEN||Kenyan|Nairobi
Kosovo|XKX|Republic of Kosovo|Kosovar;Kosovan|Pristina
Kuwait|KWT|State of Kuwait|Kuwaiti|
Kyrgyzstan|KGZ|Kyrgyz Republic|Kyrgyz|Bishkek
Latvia|LVA||Latvian|Riga
Lebanon|LBN|Lebanese Republic|Lebanese|Beirut
Libya|LBY|State of Libya|Libyan|Tripoli
Lithuania|LTU||Lithuanian|Vilnius
Malaysia|MYS||Malaysian|Kuala Lumpur
Mali|MLI||Malian|Bamako
Mexico|MEX||Mexican|
Moldova|MDA|Republic of Moldova|Moldovan|Chisinau
Mongolia|MNG||Mongolian|Ulaanbaatar
Morocco|MAR|Kingdom of Morocco|Moroccan|Rabat
Myanmar|MMR|Burma|Burmese|
Nepal|NPL||Nepali;Nepalese|
Netherlands|NLD|the Netherlands;Holland|Dutch|The Hague
Niger|NER||Nigerien|Niamey
Nigeria|NGA||Nigerian|Abuja
North Korea|PRK|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
Norway|NOR||Norwegian|Oslo
Oman|OMN|Sultanate of Oman|Omani|Muscat
Pakistan|PAK||Pakistani|Islamabad
Palestine|PSE|State of Palestine;Palestinian Authority|Palestinian|Ramallah
Philippines|PHL||Philippine;Filipino|Manila
Poland|POL||Polish|Warsaw
Portugal|PRT||Portuguese|Lisbon
Qatar|QAT|State of Qatar|Qatari|Doha
Romania|ROU||Romanian|Bucharest
Russia|RUS|Russian Federation|Russian|Moscow;the Kremlin;Kremlin
Rwanda|RWA||Rwandan|Kigali
Saudi Arabia|SAU|Kingdom of Saudi Arabia|Saudi|Riyadh
Serbia|SRB||Serbian|Belgrade
Slovakia|SVK||Slovak|Bratislava
Slovenia|SVN||Slovenian;Slovene|
Somalia|SOM||Somali|Mogadishu
South Africa|ZAF||South African|Pretoria
South Korea|KOR|Republic of Korea;ROK|South Korean|Seoul
South Sudan|SSD||South Sudanese|Juba
Spain|ESP||Spanish|Madrid
Sudan|SDN|Republic of the Sudan|Sudanese|Khartoum
Sweden|SWE||Swedish|Stockholm
Switzerland|CHE|Swiss Confederation|Swiss|Bern
Syria|SYR|Syrian Arab Republic|Syrian|Damascus
Tajikistan|TJK||Tajik|Dushanbe
Thailand|THA||Thai|Bangkok
Tunisia|TUN||Tunisian|Tunis
Türkiye|TUR|Turkey;Turkiye;Turkish Republic;Republic of Türkiye|Turkish|Ankara
Turkmenistan|TKM||Turkmen|Ashgabat
Uganda|UGA||Ugandan|Kampala
Ukraine|UKR||Ukrainian|Kyiv;Kiev
United Arab Emirates|ARE|UAE|Emirati|Abu Dhabi
United Kingdom|GBR|UK;U.K.;Britain;Great Britain|British|London;Downing Street
United States|USA|US;U.S.;USA;United States of America;America|American;U.S.;US|Washington;the White House;White House
Uzbekistan|UZB||Uzbek|Tashkent
Vatican|VAT|Holy See;Vatican City;Vatican City State;the Holy See|Vatican|
Venezuela|VEN||Venezuelan|Caracas
Vietnam|VNM|Viet Nam|Vietnamese|Hanoi
Yemen|YEM||Yemeni|Sanaa
"""

#: ISO3 -> capital city, for states whose capital the table above leaves out (it names a process, or is rarely the
#: government's metonym), so that "the Kazakh capital" has a venue.
CAPITAL_CITIES = {"KAZ": "Astana", "ISR": "Jerusalem", "BEL": "Brussels", "BLR": "Minsk", "KWT": "Kuwait City",
                  "MEX": "Mexico City", "DJI": "Djibouti"}

#: name|aliases|parent name (an organisation)
ORGANISATIONS = """\
United Nations|UN;U.N.;the UN|
UN Security Council|Security Council;UNSC;U.N. Security Council;United Nations Security Council|United Nations
UN General Assembly|General Assembly;UNGA|United Nations
UN Human Rights Council|Human Rights Council;UNHRC;United Nations Human Rights Council|United Nations
UN Office of the Special Envoy for Syria|Office of the UN Special Envoy for Syria|United Nations
International Atomic Energy Agency|IAEA|United Nations
League of Arab States|Arab League;LAS|
European Union|EU;E.U.;Brussels|
European Commission|EC|European Union
African Union|AU|
African Union Commission|AU Commission;AUC;Commission of the African Union|African Union
Intergovernmental Authority on Development|IGAD|
Organization for Security and Co-operation in Europe|OSCE;Organization for Security and Cooperation in Europe|
North Atlantic Treaty Organization|NATO|
Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation|
Gulf Cooperation Council|GCC|
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization|
Collective Security Treaty Organization|CSTO|
Association of Southeast Asian Nations|ASEAN|
International Committee of the Red Cross|ICRC;Red Cross|
Commonwealth of Independent States|CIS|
Economic Community of West African States|ECOWAS|
Rapid Support Forces|RSF|
Sudanese Armed Forces|SAF;Sudan's army;Sudanese army;the Sudanese military|
Hamas||
Hezbollah||
Taliban|Islamic Emirate;Afghan Taliban|
Houthis|Houthi movement;Ansar Allah;Ansarullah;Houthi rebels;Houthi militia;Houthi group;Houthi delegation;Houthi officials;Houthi negotiators;Houthi authorities;Houthi leaders;Houthi-led government|
Tigray People's Liberation Front|TPLF;Tigray People’s Liberation Front;Tigrayan forces;Tigray forces;Tigrayan rebels;Tigrayan authorities;Tigray authorities;Tigrayan leaders;Tigrayan delegation;Tigray delegation|
Fatah|Fatah movement|
Palestinian Islamic Jihad|Islamic Jihad|
Syrian Democratic Forces|SDF|
Syrian opposition|Syrian armed opposition|
Venezuelan opposition|Venezuela's opposition;Unitary Platform;Unitary Platform of Venezuela;Plataforma Unitaria;Plataforma Unitaria Democrática;Unitary Democratic Platform|
ELN|National Liberation Army;Ejército de Liberación Nacional|
EMC|Central General Staff;Estado Mayor Central|
March 23 Movement|M23;M23 rebels;M23 movement;Congo River Alliance|
Polisario Front|Polisario;Polisario movement|
Civic Alliance for Justice and Democracy|Civic Alliance|
East African Community|EAC|
United Nations Interim Force in Lebanon|UNIFIL|United Nations
United Nations Support Mission in Libya|UNSMIL;UN Support Mission in Libya|United Nations
United Nations Assistance Mission in Afghanistan|UNAMA;UN Assistance Mission in Afghanistan|United Nations
United Nations Mission in South Sudan|UNMISS;UN Mission in South Sudan|United Nations
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|MONUSCO|United Nations
United Nations Peacekeeping Force in Cyprus|UNFICYP;UN Peacekeeping Force in Cyprus|United Nations
United Nations Assistance Mission for Iraq|UNAMI;UN Assistance Mission for Iraq|United Nations
United Nations Multidimensional Integrated Stabilization Mission in Mali|MINUSMA|United Nations
United Nations Integrated Transition Assistance Mission in Sudan|UNITAMS|United Nations
United Nations Interim Administration Mission in Kosovo|UNMIK|United Nations
United Nations Mission for the Referendum in Western Sahara|MINURSO|United Nations
United Nations Mission to Support the Hodeidah Agreement|UNMHA|United Nations
European Council||European Union
European Parliament||European Union
Council of the European Union|Council of the EU;EU Council|European Union
European External Action Service|EEAS|European Union
Renamo|RENAMO;Mozambican National Resistance|
SPLM/A|Sudan People's Liberation Movement/Army;SPLM/SPLA|
FARC|FARC-EP;Revolutionary Armed Forces of Colombia|
Moro Islamic Liberation Front|MILF|
Moro National Liberation Front|MNLF|
Kurdistan Workers' Party|PKK|
Hayat Tahrir al-Sham|HTS;Hayat Tahrir al-Sha'm|
Tehreek-i-Taliban Pakistan|TTP;Tehrik-i-Taliban Pakistan;Tehreek-e-Taliban Pakistan;Tehrik-e-Taliban Pakistan;Pakistani Taliban|
Libyan National Army|LNA;Libyan Arab Armed Forces;LAAF|
Government of National Accord|GNA;Libya's Government of National Accord|
Justice and Equality Movement|JEM|
Ethiopian National Defense Force|Ethiopian National Defence Force;ENDF|
Somaliland|Republic of Somaliland;Somaliland authorities|
Transnistria|Transdniestria;Pridnestrovie;Pridnestrovian Moldavian Republic;Transnistrian;Transdniestrian;Transnistrian side;Transdniestrian side|
Abkhazia|Abkhaz;Abkhazian;Abkhaz side;Sukhumi|
South Ossetia|Tskhinvali;South Ossetian;Tskhinvali region|
"""

#: Movements and armed or political groups among the organisations: parties to a conflict, not bodies of states.
GROUPS = ("Hamas", "Hezbollah", "Taliban", "Rapid Support Forces", "Houthis", "Tigray People's Liberation Front", "Fatah",
          "Palestinian Islamic Jihad", "Syrian Democratic Forces",
          "Venezuelan opposition", "ELN", "EMC", "March 23 Movement", "Polisario Front",
          "Civic Alliance for Justice and Democracy", "Renamo", "SPLM/A", "FARC", "Moro Islamic Liberation Front",
          "Moro National Liberation Front", "Kurdistan Workers' Party", "Hayat Tahrir al-Sham",
          "Tehreek-i-Taliban Pakistan", "Libyan National Army", "Justice and Equality Movement")

#: name|aliases|subject|members, one process a line, read from processes.tsv (shipped in the package; its `source`
#: column gives a page that states the process exists under that name). Processes of the store win: a store alias equal
#: to one of these names maps to the store's name. Members are what "the guarantors", "the co-chairs" or "the
#: mediators" of the process name.
PROCESSES = _processes_table()

#: process & cue & cue ...: when an article names no process, the first process all of whose cues (regular expressions,
#: case-sensitive) occur in it is the article's process ("Syria" talks "in Geneva" are the Geneva process).
PROCESS_CUES = r"""
US-Japan-South Korea trilateral & \b(?:U\.S\.|US\b|United States|Washington|American|Blinken|Biden|Trump|Rubio) & \b(?:Japan|Japanese|Tokyo)\b & \b(?:South Korea|Republic of Korea|ROK|Seoul) & \b[Tt]rilateral\b
Gulf reconciliation (Al-Ula) & \b(?:Qatar|Qatari|Doha)\b & \bSaudi & \b(?:blockade|boycott|embargo|rift|Al-?Ula|AlUla|reconciliation|embrac\w*)\b
Saudi-Houthi talks & \bSaudi & \b(?:Houthis?|Ansar Allah)\b & \b(?:Riyadh|Sanaa)\b & \b(?:delegations?|talks|discussions)\b & \b(?:Oman|Omani|Muscat)\b
Astana format & \bSyria & \b(?:Astana|Nur-Sultan)\b
Astana format & \bSyria & \b(?:guarantors?|Kazakh|Kazakhstan)\b & \b(?:Russia|Russian)\b & \b(?:Iran|Iranian)\b & \b(?:Turkey|Türkiye|Turkish)\b
Geneva process & \bSyria & \bGeneva\b & \b(?:talks|negotiations)\b
Jeddah talks & \bSudan & \bJeddah\b
Jeddah talks & \bSudan & \b(?:RSF|Rapid Support Forces)\b & \b(?:Saudi|Riyadh)
Black Sea Grain Initiative & \b[Gg]rain\b & \b(?:Istanbul|Black Sea|Ukrain)
Iran nuclear talks & \bIran & \b(?:nuclear|Vienna|IAEA|International Atomic Energy Agency|enrichment|enriched uranium)\b
Iran nuclear talks & \b(?:Iran|Iranian|Tehran)\b & \b(?:U\.S\.|US\b|United States|Washington|American|Witkoff) & \b(?:Oman|Omani|Muscat)\b & \b(?:talks|negotiations)\b
Iran-Saudi Arabia talks & \b(?:Iran|Iranian|Tehran)\b & \bSaudi & \b(?:ties|relations|embassy|embassies|rapprochement|diplomatic)\b
Abraham Accords & \b(?:Israel|Israeli)\b & \b(?:Bahrain|Bahraini|United Arab Emirates|UAE|Emirati|Morocco|Moroccan)\b & \b(?:[Nn]ormali[sz](?:ation|ed|e|ing)|[Ee]mbass(?:y|ies)|diplomatic (?:ties|relations))\b
Israel-Syria security talks & \b(?:Israel|Israeli)\b & \b(?:Syria|Syrian)\b & \b(?:Dermer|Shaibani|Barrack)\b & \b(?:talks|met|meeting|negotiations|agreement)\b
Israel-Syria peace talks & \b(?:Israel|Israeli)\b & \b(?:Syria|Syrian)\b & \b(?:Golan|Shepherdstown)\b & \b(?:peace|talks|negotiations)\b
Gaza ceasefire talks & \bGaza\b & \b(?:[Cc]ease-?fire|truce|hostages?)\b
Azerbaijan-Georgia-Türkiye trilateral format & \bAzerbaijan & \bGeorgia & \b(?:Turkey|Türkiye|Turkish)\b & \b[Tt]rilateral\b
Kuwait-US strategic dialogue & \bKuwait & \b(?:U\.S\.|US\b|United States|Washington|American|Blinken|Rubio) & \b[Ss]trategic [Dd]ialogue\b
China-Philippines Bilateral Consultation Mechanism & \b(?:China|Chinese|Beijing)\b & \b(?:Philippines|Philippine|Manila)\b & \b[Bb]ilateral [Cc]onsultati(?:on|ve) [Mm]echanism\b
Sudan government-SPLM-N talks & \b(?:SPLM-N|SPLM-North|SPLM North|Sudan People's Liberation Movement[- ]North)\b & \b(?:[Tt]alks|[Nn]egotiations|negotiating)\b
Gaza ceasefire talks & \bHamas\b & \b(?:Israel|Israeli)\b & \b(?:indirect|mediators?|mediation|[Cc]ease-?fire|truce|hostages?)\b
Yemen peace process & \bYemen & \b(?:[Pp]eace|talks|Houthi|Ansar Allah|Ansarallah)
Armenia-Türkiye normalization process & \bArmenia & \b(?:Turkey|Türkiye|Turkish)\b & \bnormali[sz]ation\b & \b(?:[Ss]pecial [Ee]nvoys?|Rubinyan|Kılıç|Kilic)\b
Armenia-Azerbaijan border delimitation commission & \bArmenia & \bAzerbaijan & \b[Dd]elimitation\b & \b(?:[Cc]ommissions?|Grigoryan|Mustafayev)\b
Armenia-Azerbaijan peace process & \bArmenia & \bAzerbaijan & \b(?:peace|treaty|normali[sz]ation|delimitation)\b
North Korea-US denuclearization talks & \b(?:North Korea|Pyongyang|DPRK) & \b(?:talks|summit|dialogue)\b & \b(?:Trump|Biden)\b[^.\n]{0,80}?\bKim\b
Inter-Korean talks & \b(?:North Korea|Pyongyang|DPRK) & \b(?:South Korea|Seoul) & \b(?:talks|summit|dialogue)\b
Inter-Korean talks & \b(?:[Tt]wo Koreas|(?:South|North) and (?:North|South) Korean?s?)\b & \b(?:talks|summit|dialogue|met|meeting|reunions?)\b
Doha talks & \b(?:Afghan|Taliban) & \bDoha\b
Pakistan-Afghanistan talks & \b(?:Pakistan|Pakistani|Islamabad)\b & \b(?:Afghanistan|Afghan|Kabul)\b & \b(?:talks|negotiations|negotiators|round|delegations)\b & \b(?:Istanbul|Doha|Türkiye|Turkey|Turkish|Qatar|Qatari|[Cc]ease-?fire|border)\b
Guyana-Venezuela dialogue (Argyle Declaration) & \b(?:Guyana|Guyanese|Georgetown)\b & \b(?:Venezuela|Venezuelan|Maduro|Caracas)\b & \b(?:Argyle|Essequibo|border controversy|territorial controversy)\b
Venezuela government-opposition negotiations & \b(?:Venezuela|Maduro) & \bopposition\b & \b(?:talks|negotiations|dialogue|met|Norway|Norwegian)\b
Türkiye-Syria normalization & \b(?:Turkey|Türkiye|Turkish|Ankara) & \b(?:Syria|Damascus) & \b(?:normali[sz]ation|quadrilateral|quadripartite|rapprochement|reconciliation)\b
Kosovo status talks & \bKosovo & \b(?:Ahtisaari|final status|future status|status talks|status negotiations|status settlement)\b
Belgrade-Pristina dialogue & \b(?:Kosovo|Pristina)\b & \b(?:Serbia|Belgrade) & \b(?:dialogue|EU-facilitated|EU-mediated|EU-brokered|EU facilitation|facilitated by the (?:EU|European Union)|normali[sz]ation|Brussels|Lajcak|Lajčák|Borrell)\b
AU-led Ethiopia peace process & \bEthiopia & \b(?:Tigray|TPLF)\b & \b(?:peace|talks|negotiations|negotiators|African Union)\b
Cyprus reunification talks & \bCypr(?:us|iots?)\b & \b(?:Turkish Cypriots?|Greek Cypriots?|reunification|reunify|Christodoulides|Anastasiades|Ersin Tatar|Tatar)\b
Greece-Turkey dialogue & \b(?:Greece|Greek|Athens)\b & \b(?:Turkey|Türkiye|Turkish|Ankara)\b & \b(?:exploratory|talks|dialogue)\b
Cairo intra-Palestinian dialogue & \bFatah\b & \bHamas\b & \bCairo\b
China-US economic and trade consultations & \b(?:China|Chinese|Beijing)\b & \b(?:U\.S\.|US\b|United States|Washington) & \b(?:trade talks|trade negotiations|economic and trade|trade consultations|trade deal|tariffs?)\b & \b(?:talks|consultations|negotiations)\b
China-US consultations & \b(?:China|Chinese|Beijing)\b & \b(?:U\.S\.|US\b|United States|Washington) & \b(?:talks|met|meeting|consultations)\b
Normandy format & \b(?:Russia|Russian)\b & \b(?:Ukraine|Ukrainian)\b & \b(?:Germany|German)\b & \b(?:France|French)\b & \b(?:Minsk|Donbas|Donbass|[Aa]dvisers|[Aa]dvisors)\b
Trilateral Contact Group & \b[Cc]ontact [Gg]roup\b & \b(?:Ukrain|Donbas|Donbass|Minsk)
Colombia government-ELN talks & \b(?:ELN|National Liberation Army)\b & \b(?:Colombia|Colombian|Petro)\b
GERD talks & \b(?:GERD|Renaissance Dam|Nile dam|[Bb]arrage (?:de la |of the |of )?Renaissance|[Pp]resa (?:del |of the |of )?Renacimiento)\b & \b(?:Egypt|Egyptian|Ethiopia|Ethiopian|Sudan|Sudanese|[EÉ]gypte|[EÉ]thiopie|Soudan|Egipto|Etiop[ií]a|Sud[aá]n)\b
GERD talks & \b(?:Egypt|Egyptian|Cairo)\b & \b(?:Ethiopia|Ethiopian|Addis Ababa)\b & \b(?:[Dd]am|Blue Nile)\b
5+2 format (Transnistria) & \b(?:Transnistria|Transdni?est|Trans-Dniest|Pridnestrovie)\w*
China-Japan consultations & \b(?:China|Chinese|Beijing)\b & \b(?:Japan|Japanese|Tokyo)\b & \b(?:talks|met|meeting|consultations|dialogue)\b
Tumaini Initiative & \bTumaini\b
Nairobi process & \bNairobi\b & \b(?:Congo|DRC|Congolese)\b & \b(?:EAC|East African? Community|Kenyatta|inter-Congolese|Inter-Congolese)\b
Lusaka Ceasefire Agreement (DR Congo) & \b(?:Congo|DRC|Congolese)\b & \bLusaka\b & \b(?:[Cc]ease-?fire|accord|agreement|peace)\b
Luanda process & \b(?:Luanda|Angola|Angolan|Lourenço|Lourenco)\b & \bRwand & \b(?:Congo|DRC|Congolese|Kinshasa)\b
DRC-M23 peace talks & \bM23\b & \b(?:Congo|DRC|Congolese|Kinshasa)\b & \b(?:Doha|Qatar|Qatari)\b
DRC-Rwanda Washington process & \b(?:Congo|DRC|Congolese|Kinshasa)\b & \bRwand & \b(?:Washington|State Department|Rubio|Boulos|U\.S\.-brokered|United States-brokered)
Ankara process & \bAnkara\b & \bSomali & \bEthiopia
Somalia-Somaliland dialogue & \bSomaliland\b & \b(?:Somalia|Mogadishu|Somali government|Federal Government of Somalia)\b & \b(?:talks|dialogue|negotiations|mediation)\b
India-China Corps Commander talks & \b(?:[Cc]orps? [Cc]ommander|[Cc]ommander-level) & \b(?:India|Indian)\b & \b(?:China|Chinese)\b
China-Bhutan boundary talks & \bBhutan & \b(?:China|Chinese)\b & \b(?:[Bb]oundary|[Bb]order)\b
UN good offices on Myanmar & \b(?:(?:UN|U\.N\.|United Nations|Secretary-General)(?:'s)? (?:[Ss]pecial )?[Ee]nvoy|[Ss]pecial [Ee]nvoy of the (?:UN |United Nations )?Secretary-General) (?:for|on|to) Myanmar\b
ASEAN five-point consensus on Myanmar & \bASEAN\b & \bMyanmar\b
Myanmar peace process & \bMyanmar & \b(?:[Ee]thnic [Aa]rmed (?:[Oo]rgani[sz]ations?|[Gg]roups)|EAOs?)\b & \b(?:peace|talks|[Cc]ease-?fire|negotiations?)\b
Israel-Lebanon maritime border talks & \b(?:Lebanon|Lebanese)\b & \b(?:Israel|Israeli)\b & \b(?:maritime|sea)\b & \b(?:border|boundary)\b
Israel-Lebanon ceasefire mechanism & \b(?:Lebanon|Lebanese)\b & \b(?:Israel|Israeli)\b & \b[Mm]echanism\b
Western Sahara political process & \bWestern Sahara\b & \b(?:Polisario|Morocco|Moroccan|[Dd]e Mistura|UN envoy|personal envoy)\b
Nicaragua government-opposition negotiations & \bNicaragua & \b(?:opposition|Civic Alliance)\b & \b(?:talks|negotiations|dialogue)\b
Colombia government-EMC talks & \b(?:EMC|Central General Staff)\b & \b(?:Colombia|Colombian|Petro)\b
US-mediated Ukraine ceasefire talks & \bUkrain & \b(?:Witkoff|Whitkoff|Kushner|Driscoll)\b & \b(?:Putin|Kremlin|Ushakov|Dmitriev)\b & \b(?:[Pp]eace|[Ss]ettlement|negotiat\w*|[Cc]ease-?fire)
US-mediated Ukraine ceasefire talks & \bUkrain & \b(?:Rubio|Witkoff|Whitkoff|Kushner|Driscoll)\b & (?:\b(?:American|U\.S\.|US|Washington's|[Pp]eace) (?:peace )?(?:plan|proposal|framework)\b|\bblueprint\b|\b\d+-point\b)
US-mediated Ukraine ceasefire talks & \bUkrain & \b(?:Trump|Witkoff)\b & \b(?:Putin|Kremlin)\b & \b(?:summit|[Cc]ease-?fire)\b & \b(?:end(?:ing)? the war|[Cc]ease-?fire)\b
US-mediated Ukraine ceasefire talks & \b(?:Riyadh|Jeddah|Saudi Arabia)\b & \bUkrain & \b(?:US|U\.S\.|United States|Washington|Trump)\b & \b(?:[Cc]ease-?fire|truce)\b
Russia-Ukraine prisoner exchanges & \b(?:Russia|Russian|Moscow)\b & \b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b & \b(?:prisoners?|captives?|POWs?)\b & \b(?:exchange|swap)
Russia-Ukraine talks & \b(?:Russia|Russian|Moscow)\b & \b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b & \b(?:peace talks|negotiations|negotiators|delegations)\b
Russia-US prisoner exchanges & \b(?:Russia|Russian|Moscow)\b & \b(?:U\.S\.|US\b|United States|Washington|American|Biden|Trump) & \b(?:prisoner swap|prisoner exchange|swap|swapped|exchange of prisoners)\b
Juba Peace Agreement (Sudan) & (?<!South )\bSudan & \bJuba\b & \b(?:SRF|Sudan Revolutionary Front|SPLM-N|SPLM-North|al-Hilu|El Hilu|Hilu)\b & \b(?:talks|negotiations|peace)\b
South Sudan peace process (R-ARCSS) & \bSouth Sudan & \b(?:R-ARCSS|ARCSS|[Rr]evitali[sz]ed (?:[Pp]eace )?[Aa]greement|[Pp]eace (?:agreement|deal|process)|RJMEC)\b
South Sudan peace process (R-ARCSS) & \bSouth Sudan & \bIGAD\b & \b(?:[Mm]ediation|[Mm]ediators?|peace talks|[Cc]essation of [Hh]ostilities|Seyoum)\b
IGAD-led Sudan peace process & \bIGAD\b & (?<!South )\bSudan\b & \b(?:RSF|Rapid Support Forces|Burhan|Dagalo|Hemedti|SAF)\b & \b(?:[Qq]uartet|[Rr]oadmap|mediation|[Ii]nitiative|peace)\b
UNSMIL Structured Dialogue (Libya) & \bLibya & \b[Ss]tructured [Dd]ialogue\b
Moscow talks on Libya & \bLibya & \bMoscow\b & \b(?:Haftar|Hifter|Sarraj|Serraj)\b & \b(?:[Cc]ease-?fire|truce)\b
Berlin process & \bLibya & \b(?:5\+5|[Jj]oint [Mm]ilitary [Cc]ommi(?:ssion|ttee))
Berlin process & \bLibya & \bBerlin\b & \b(?:[Cc]onference|[Ss]ummit|Merkel|Scholz|[Cc]hancellery)\b
Bouznika talks (Libya) & \bLibya & \bBouznika\b
Geneva International Discussions & \b(?:Abkhaz|South Ossetia|Tskhinval) & \bGeneva\b
Thailand-Cambodia border talks & \b(?:Thailand|Thai)\b & \b(?:Cambodia|Cambodian)\b & \b(?:[Bb]order|[Cc]ease-?fire|[Bb]oundary)\b & \b(?:talks|negotiations|[Cc]ommittee|[Cc]ommission|met|meeting)\b
CARICOM-facilitated inter-Haitian dialogue & \bHaiti & \bCARICOM\b & \b(?:dialogue|talks|stakeholders|[Tt]ransitional|transition)\b
Japan-Russia peace treaty talks & \b(?:Japan|Japanese|Tokyo)\b & \b(?:Russia|Russian|Moscow)\b & \bpeace treaty\b
Mali peace process (Algiers Agreement) & \bMali(?:an)?\b & \bAlgiers\b & \b(?:accord|agreement|peace)\b
Mozambique government-Renamo peace process & \bMozambi & \bRenamo\b & \b(?:peace|accord|agreement|talks|disarmament)\b
India-Pakistan DGMO talks & \bDGMOs?\b & \b(?:India|Indian)\b & \b(?:Pakistan|Pakistani)\b
Indus Waters Treaty & \bIndus\b & \b(?:India|Indian)\b & \b(?:Pakistan|Pakistani)\b & \b(?:[Tt]reaty|[Ww]aters|[Cc]ommission)\b
Cuba-US normalization talks & \b(?:Cuba|Cuban|Havana)\b & \b(?:U\.S\.|US\b|United States|Washington) & \b(?:diplomatic relations|diplomatic ties|embass(?:y|ies)|normali[sz]ation|rapprochement)
Ethiopia-Eritrea peace process & \bEritrea & \bEthiopia & \b(?:peace|Algiers|rapprochement|border)\b
Prespa Agreement & \bPrespa & \b(?:Macedonia|Greece|Greek|Skopje)
Libyan Political Agreement (Skhirat) & \bLibya & \bSkhirat\b
Sudan-SPLM/A peace talks (Naivasha) & (?<!South )\bSudan\b & \b(?:SPLM|SPLA|Sudan People's Liberation)\b & \b(?:Naivasha|Machakos|Garang|north-south|North-South)\b
Doha Darfur peace process & \bDarfur\b & \bDoha\b & \b(?:peace|talks|negotiations|agreement|[Dd]ocument)\b
Chad-Sudan reconciliation talks & \bChad & (?<!South )\bSudan & \b(?:reconciliation|normali[sz]ation|rapprochement)\b
Arusha peace process (Burundi) & \bBurundi & \bArusha\b
GPH-MILF peace process & \b(?:MILF|Moro Islamic Liberation Front)\b
Aceh peace talks (Helsinki) & \bAceh\b & \b(?:Helsinki|GAM|Free Aceh Movement|Ahtisaari)\b
Sri Lanka peace process (Norway-facilitated) & \bSri Lank & \b(?:LTTE|Tamil Tigers?)\b & \b(?:Norway|Norwegian|Solheim|peace|talks)\b
Nepal peace process & \bNepal & \bMaoists?\b & \b(?:peace|talks|accord)\b
Kartarpur corridor talks & \bKartarpur\b
India-Pakistan composite dialogue & \b(?:India|Indian)\b & \b(?:Pakistan|Pakistani)\b & \b[Ff]oreign [Ss]ecretar(?:y|ies)\b & \b(?:talks|dialogue|met|meeting)\b
Bonn conference on Afghanistan & \bAfghan & \bBonn\b & \b(?:[Cc]onference|[Aa]greement|talks|accord)\b
Kyrgyzstan-Tajikistan border talks & \bKyrgyz & \bTajik & \b(?:border|delimitation|demarcation)\b & \b(?:talks|negotiations|[Cc]ommission|delegations|treaty|agreement|working groups?|protocol)\b
Türkiye-PKK peace process & \bPKK\b & \b(?:Öcalan|Ocalan|İmralı|Imrali|DEM [Pp]arty)\b
Syrian government-SDF talks & \b(?:SDF|Syrian Democratic Forces)\b & \b(?:Mazloum|Mazlum)\b & \b(?:Damascus|Sharaa|Syrian government)\b
Georgia-Russia Abashidze-Karasin format & \bAbashidze\b & \bKarasin\b
Lebanon-Syria border talks & \b(?:Lebanon|Lebanese)\b & \b(?:Syria|Syrian)\b & \b[Dd]emarcat
Gulf reconciliation (Al-Ula) & \bQatar & \bSaudi & \b(?:blockade|rift|boycott)\b & \b(?:reconcil\w*|mediat\w*)\b
Darfur Peace Agreement (Abuja) & \bDarfur\b & \bAbuja\b & \b(?:peace|talks|negotiations|agreement)\b
Sudan-South Sudan talks & (?<!South )\bSudan\b & \bSouth Sudan & \b(?:Abyei|Heglig|oil|border)\b & \b(?:talks|negotiations|agreement|deal)\b
Uganda-LRA peace talks (Juba) & \b(?:LRA|Lord's Resistance Army)\b & \b(?:Uganda|Ugandan|Kony)\b & \b(?:peace|talks|negotiations)\b
Ivory Coast peace process & \b(?:Ivory Coast|Ivorian|Côte d'Ivoire)\b & \b(?:Ouagadougou|Marcoussis|Forces Nouvelles|New Forces)\b
Liberia peace talks (Accra) & \bLiberia & \bAccra\b & \b(?:peace|talks|[Cc]ease-?fire)\b
Sierra Leone peace process (Lomé) & \bSierra Leone & \b(?:RUF|Revolutionary United Front|Sankoh)\b & \b(?:peace|talks|accord)\b
Angola peace process (Lusaka Protocol) & \bUNITA\b & \b(?:Angola|Angolan)\b & \b(?:peace|accord|talks|Lusaka|Luena)\b
Cameroon Anglophone conflict talks (Canada-facilitated) & \bCameroon & \b(?:Anglophone|Ambazonia\w*|separatists?)\b & \b(?:talks|mediation|negotiations|peace)\b
Chad peace talks (Doha) & \bChad & \bDoha\b & \b(?:rebels?|rebel groups|armed groups|peace|FACT)\b
Casamance peace process & \bCasamance\b & \b(?:MFDC|peace|rebels?)\b
Ethiopia-OLA peace talks & \b(?:OLA|Oromo Liberation Army)\b & \bEthiopia & \b(?:talks|negotiations|peace)\b
Zimbabwe power-sharing talks (GPA) & \bZimbabwe & \b(?:Tsvangirai|MDC)\b & \b(?:power-sharing|unity government|Mbeki|SADC)\b
ECOWAS-Alliance of Sahel States talks & \bECOWAS\b & \b(?:AES|Alliance of Sahel States)\b & \b(?:talks|negotiations|withdrawal|exit)\b
Sudan political process (framework agreement) & \bSudan & \b(?:UNITAMS|Perthes)\b & \b(?:framework|political process|transition)\b
Rwanda-Uganda normalization talks & \bRwand & \bUganda & \b(?:border|normali[sz]ation|Gatuna|Katuna|Ad Hoc Commission)\b
Cross-Strait talks & \b(?:Taiwan|Taipei)\b & \b(?:China|Chinese|Beijing)\b & \b(?:SEF|ARATS|Straits Exchange Foundation|Association for Relations Across the Taiwan Straits?)\b
Japan-North Korea talks & \b(?:Japan|Japanese|Tokyo)\b & \b(?:North Korea|Pyongyang|DPRK)\b & \babduct & \b(?:talks|negotiations|summit)\b
Rohingya repatriation talks & \bRohingya & \brepatriat & \b(?:Bangladesh|Dhaka)\b & \b(?:Myanmar|Burma|Naypyidaw)\b
Southern Thailand peace dialogue (BRN) & \bBRN\b & \b(?:Thai|Thailand)\b
GRP-MNLF peace process & \b(?:MNLF|Moro National Liberation Front)\b
Bougainville peace process & \bBougainville\b & \b(?:independence|referendum|[Pp]eace [Aa]greement|consultations|Joint Supervisory Body)\b
Colombia government-Segunda Marquetalia talks & \bSegunda Marquetalia\b & \b(?:Colombia|Colombian|Petro)\b
Colombia-FARC peace process & \bFARC\b & \b(?:Colombia|Colombian|Santos)\b & \bHavana\b
US-Venezuela talks & \b(?:U\.S\.|US\b|United States|Washington) & \b(?:Venezuela|Venezuelan|Maduro)\b & \b(?:prisoners?|detainees?|swap)\b & \b(?:talks|deal|exchange|negotiations)\b
Russia-US prisoner exchanges & \b(?:Russia|Russian|Moscow)\b & \b(?:U\.S\.|US\b|United States|Washington|American) & \b(?:prisoners?|detainees?)\b & \b(?:swap|exchange)\b
Baghdad-Erbil talks & \b(?:Baghdad|Iraqi government|Iraq's federal government)\b & \b(?:Erbil|Kurdistan Regional Government|KRG)\b & \b(?:talks|negotiations|agreement|delegation)\b
Iran-Afghanistan Helmand water talks & \bHelmand\b & \b(?:Iran|Iranian|Tehran)\b & \b(?:water|treaty)\b
Sant'Egidio South Sudan talks (Rome) & \bSouth Sudan & \bSant'Egidio\b
EU-Mercosur trade agreement & \bMercosur\b & \b(?:EU|European Union)\b & \b(?:trade|agreement|deal)\b
Arab League tripartite meetings (Libya) & \bLibya & \b[Tt]ripartite\b & \b(?:HCS|High Council of State)\b & \b(?:HoR|House of Representatives)\b
HoR-HCS talks (Libya) & \bLibya & \b(?:HCS|High Council of State)\b & \b(?:HoR|House of Representatives)\b & \b(?:talks|met|meet|meeting|meetings|dialogue|delegations?)\b
Sudan-Ethiopia border talks & (?<!South )\bSudan & \bEthiopia & \b(?:border|boundary|Fashaga|al-Fashaga)\b & \b(?:talks|negotiations|committee|commission|demarcat\w*)\b
El Salvador government-FMLN talks & \b(?:FMLN|Farabundo Mart[ií]|guerrill\w*|rebels|rebeldes)\b & \b(?:El Salvador|Salvador\w*|salvadore\w*)\b & \b(?:talks|negotiations|dialogue|conversaciones|negociaciones|di[aá]logo)\b
Russia-Central Asia format & \b(?:Russia and (?:the )?(?:five )?Central Asian (?:states|countries|nations|republics)|Central Asian (?:states|countries|nations|republics) and Russia)\b & \b(?:summit|meeting|ministers)\b
Oslo talks with the Taliban & \bTaliban\b & \bOslo\b
Brexit negotiations & \bBrexit\b & \b(?:talks|negotiations|negotiators?|round)\b
"""

#: word & default & other & context & the default's context: in a story whose text has the shared `word` (any case), a
#: name of the process `default` is the process `other` when the text matches `context` and not the default's context
#: (`ambiguous.context_remap`, round 231); the first rule that fits a default wins.
AMBIGUOUS = r"""
jeddah & Jeddah talks & US-mediated Ukraine ceasefire talks & \bUkrain & \bSudan
berlin & Berlin process & Berlin Process (Western Balkans) & \b(?:Western Balkans?|Balkan) & \bLibya
doha & Doha talks & Gaza ceasefire talks & \bGaza\b & \b(?:Afghan|Taliban)
doha & Doha talks & DRC-M23 peace talks & \bM23\b & \b(?:Afghan|Taliban)
geneva & Geneva process & Geneva International Discussions & \b(?:Abkhaz|South Ossetia|Tskhinval|Caucasus|Transcaucasia) & \bSyria
geneva & Geneva process & Cyprus reunification talks & \bCypr(?:us|iots?)\b & \bSyria
geneva & Geneva process & US-mediated Ukraine ceasefire talks & (?s)\bUkrain(?=.*?\b(?:[Tt]rilateral|three-way)\b)|\b(?:[Tt]rilateral|three-way)\b(?=.*?\bUkrain) & \bSyria
geneva & Geneva process & Russia-US strategic stability dialogue & \b(?:[Ss]trategic stability|[Ss]ecurity guarantees|Ryabkov) & \bSyria
quadrilateral & Türkiye-Syria normalization & Quadrilateral Security Dialogue & \b(?:Australia|Japan|India)\b & \b(?:Syria|Damascus)
quad & Quadrilateral Security Dialogue & Quad for Sudan & \bSudan & \b(?:India|Japan|Australia)\b
washington & DRC-Rwanda Washington process & Belgrade-Pristina dialogue & \b(?:Kosovo|Pristina)\b & \b(?:Congo|Rwanda|DRC|Kinshasa|Kigali)\b
geneva & Geneva process & Iran nuclear talks & \b(?:Iran|Iranian|Tehran|Araghchi)\b & \bSyria
istanbul & Russia-Ukraine talks & Iran nuclear talks & \b(?:Iran|Iranian|Tehran|Araghchi)\b & \b(?:Ukrain|Kyiv|Kiev)
doha & Doha talks & UN Doha process on Afghanistan & \b(?:special (?:envoys|representatives)|UN-(?:convened|led|sponsored|hosted)|hosted by the (?:UN|United Nations)|UN officials|Otunbayeva|DiCarlo|UNAMA)\b & \b(?:intra-Afghan|Khalilzad|US-Taliban|U\.S\.-Taliban)\b
syria & Israel-Syria security talks & Israel-Syria peace talks & \b(?:Shepherdstown|Olmert|Ehud Barak|Hafez|Farouk|Turkish mediat\w*|Turkish-mediated|Wye Plantation|Fred Hof|Frederic Hof)\b & \b(?:Dermer|Shaibani|Barrack|Ahmed al-Sharaa|Ahmad al-Sharaa|President al-Sharaa|Jolani|Julani|HTS|post-Assad|fall of Assad|ouster of Assad|ousting of Assad)\b
syria & Israel-Syria peace talks & Israel-Syria security talks & \b(?:Dermer|Shaibani|Barrack|Ahmed al-Sharaa|Ahmad al-Sharaa|President al-Sharaa|Jolani|Julani|HTS|post-Assad|fall of Assad|ouster of Assad|ousting of Assad)\b & \b(?:Shepherdstown|Olmert|Ehud Barak|Hafez|Farouk|Turkish mediat\w*|Turkish-mediated|Wye Plantation|Fred Hof|Frederic Hof)\b
comprehensive peace & Sudan-SPLM/A peace talks (Naivasha) & Nepal peace process & \bNepal & (?<!South )\bSudan\b
darfur & Doha Darfur peace process & Darfur Peace Agreement (Abuja) & \bAbuja\b & \bDoha\b
four-party & Four-party talks (Korea) & Quadrilateral Coordination Group (Afghanistan) & \b(?:Afghan|Taliban)\b & \bKorea
quartet & Middle East Quartet & Quad for Sudan & \bSudan & \b(?:Israel|Palestin)
"""

#: Titles of officials, longest first when compiled. A title may be preceded by a state adjective.
#: Family names written first (Korean, Chinese): "Moon" and "Kim" after "Moon Jae-in" and "Kim Jong Un" name them.
FAMILY_FIRST = frozenset("""Kim Lee Park Moon Choi Cho Chung Jung Kang Yoon Yun Ri Pak Kwon Han Jang Lim Shin Song Yoo Hwang
Ahn Jeon Hong Ko Xi Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Xie Tang Feng Dong
Cao Deng Ye Wei Qin Yi Dai Jiang Fu Cui Tian""".split())

TITLES = """\
Deputy Foreign Minister;Deputy Minister of Foreign Affairs;First Deputy Foreign Minister;Vice Foreign Minister;Vice-Foreign Minister;\
Vice Minister;Deputy Minister;Vice-Minister;top diplomat;chief diplomat;diplomat;
Foreign Minister;Minister of Foreign Affairs;Foreign Affairs Minister;Foreign Secretary;Secretary of State;\
Deputy Secretary of State;Assistant Secretary of State;Under Secretary of State;\
Undersecretary;Under Secretary;Under-Secretary;Deputy Assistant Secretary;Assistant Secretary;Joint Secretary;\
Permanent Secretary;State Secretary;Secretary of State for Foreign Affairs;Treasury Secretary;Trade Representative;\
President;Vice President;Prime Minister;Deputy Prime Minister;Chancellor;King;Crown Prince;Emir;Sultan;\
Defence Minister;Defense Minister;Minister of Defence;Minister of Defense;Interior Minister;\
Special Envoy;Special Representative;Presidential Envoy;Special Presidential Envoy;Envoy;Ambassador;\
Permanent Representative;Deputy Permanent Representative;Chief Negotiator;chief negotiator;lead negotiator;\
head of delegation;head of the delegation;Spokesperson;spokesperson;Spokesman;spokesman;Spokeswoman;spokeswoman;\
Foreign Ministry spokesperson;Foreign Ministry spokesman;Foreign Ministry Spokesperson;Foreign Ministry Spokesman;\
Foreign Ministry spokeswoman;Foreign Ministry Spokeswoman;presidential spokesman;Kremlin spokesman;\
Government Spokesman;Government spokesman;government spokesman;Government Spokesperson;Government spokesperson;\
government spokesperson;Government Spokeswoman;Government spokeswoman;government spokeswoman;\
Secretary-General;Secretary General;Deputy Secretary-General;Deputy Secretary General;High Representative;Director General;Director-General;\
General;Commander;Speaker;Chairman;Chairwoman;Chair;co-chair;Co-Chair;Mediator;mediator;Minister;Senator;\
National Security Adviser;National Security Advisor;Head of State;leader;Leader;Sheikh;counterpart;Counterpart;coordinator;Coordinator;Special Coordinator;special coordinator;Unification Minister;unification minister;Vice Unification Minister;\
Unification Ministry spokesman;Unification Ministry spokeswoman;Unification Ministry spokesperson;\
Unification Ministry Spokesman;Unification Ministry Spokeswoman;Unification Ministry Spokesperson;press secretary;Press Secretary;\
chief nuclear negotiator;nuclear negotiator;negotiator;Negotiator;envoy;special envoy;delegation head;head of delegation;foreign policy chief;\
intelligence chief;military chief;army chief;junta chief;spy chief\
"""

#: Capitals renamed for a while: (first day, last day, name); "the Kazakh capital" takes the name of the story's day.
CAPITAL_NAMES = {"Astana": [("2019-03-20", "2022-09-16", "Nur-Sultan")]}

#: Titles that only one state's government has: an official named with one and no state is that state's.
#: South Korea's Ministry of Unification (https://en.wikipedia.org/wiki/Ministry_of_Unification); the North has none
#: (its counterpart is the Committee for the Peaceful Reunification of the Country): its spokespeople are the South's.
TITLE_STATES = {"unification minister": "KOR", "minister of unification": "KOR", "vice unification minister": "KOR",
                "unification ministry spokesman": "KOR", "unification ministry spokeswoman": "KOR",
                "unification ministry spokesperson": "KOR"}

#: Ministry words: "<adjective> Foreign Ministry" or "Ministry of <X> of <state>".
MINISTRIES = """\
Foreign Ministry|Ministry of Foreign Affairs|MFA;Foreign Office;State Department;Department of State
Defence Ministry|Ministry of Defence|Defense Ministry;Ministry of Defense;Pentagon
Interior Ministry|Ministry of Interior|Ministry of Internal Affairs
"""


#: Processes whose co-chairs the guideline names as the body itself: "the co-chairs" -> OSCE Minsk Group (round 162)
CO_CHAIRED_BODIES = frozenset({"OSCE Minsk Group"})
