"""Built-in gazetteer: states, organisations, processes and official titles, kept as data.

Each state row is `name|ISO3|aliases|adjectives and demonyms|capitals used for the government`.
The store's own actors and processes are added on top of this (see lexicon.py) and win on clashes.
"""
from __future__ import annotations

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
Taliban||
Houthis|Houthi movement;Ansar Allah;Ansarullah;Houthi rebels;Houthi militia;Houthi group;Houthi delegation;Houthi officials;Houthi negotiators;Houthi authorities;Houthi leaders;Houthi-led government|
Tigray People's Liberation Front|TPLF;Tigray People’s Liberation Front;Tigrayan forces;Tigray forces;Tigrayan rebels;Tigrayan authorities;Tigray authorities;Tigrayan leaders;Tigrayan delegation;Tigray delegation|
Fatah|Fatah movement|
Palestinian Islamic Jihad|Islamic Jihad|
Syrian Democratic Forces|SDF|
Syrian opposition|Syrian armed opposition|
Venezuelan opposition|Venezuela's opposition;Unitary Platform;Unitary Platform of Venezuela|
ELN|National Liberation Army;Ejército de Liberación Nacional|
EMC|Central General Staff;Estado Mayor Central|
March 23 Movement|M23;M23 rebels;M23 movement;Congo River Alliance|
Polisario Front|Polisario;Polisario movement|
Civic Alliance for Justice and Democracy|Civic Alliance|
East African Community|EAC|
United Nations Interim Force in Lebanon|UNIFIL|United Nations
Transnistria|Transdniestria;Pridnestrovie;Pridnestrovian Moldavian Republic;Transnistrian;Transdniestrian;Transnistrian side;Transdniestrian side|
Abkhazia|Abkhaz;Abkhazian;Abkhaz side;Sukhumi|
South Ossetia|Tskhinvali;South Ossetian;Tskhinvali region|
"""

#: Movements and armed or political groups among the organisations: parties to a conflict, not bodies of states.
GROUPS = ("Hamas", "Hezbollah", "Taliban", "Rapid Support Forces", "Houthis", "Tigray People's Liberation Front", "Fatah",
          "Palestinian Islamic Jihad", "Syrian Democratic Forces",
          "Venezuelan opposition", "ELN", "EMC", "March 23 Movement", "Polisario Front",
          "Civic Alliance for Justice and Democracy")

#: name|aliases|subject|members. Processes of the store win: a store alias equal to one of these names maps to the
#: store's name. Members are what "the guarantors", "the co-chairs" or "the mediators" of the process name.
PROCESSES = """\
Astana format|Astana process;Astana talks;Astana peace talks;Astana-format;Astana format talks;International Meeting on Syria in the Astana format;high-level meeting on Syria in the Astana format;Astana meeting on Syria;Astana negotiations;Astana Meeting;International Meeting on Syrian Settlement;International Meeting on Syria;Astana International Meeting;International Astana Conference;Astana Conference;Astana peace process;Astana troika;Astana trio;Astana guarantors;Astana format meeting;Astana-format meeting;Astana talks on Syria|Syria|Russia;Iran;Türkiye
Geneva process|Geneva talks;UN-led Geneva process;Geneva peace talks;intra-Syrian talks;Geneva peace talks on Syria;intra-Syrian negotiations;Geneva negotiations;Syria peace talks in Geneva|Syria|
Syrian Constitutional Committee|Constitutional Committee;SCC;Syria's Constitutional Committee;Constitutional Committee of Syria;Syrian constitutional talks;small body of the Constitutional Committee;Constitutional Committee's small body;constitutional committee talks|Syria|
Normandy format|Normandy Four;Normandy talks;Normandy Quartet;Normandy-format;Normandy Four summit;Normandy summit;Normandy format summit;Normandy format talks;Normandy Four talks;N4 summit|Ukraine (Donbas)|Russia;Ukraine;Germany;France
Trilateral Contact Group|TCG;Trilateral Contact Group on Ukraine;Contact Group on Ukraine;Contact Group on Donbas;Contact Group on Donbass;Minsk Contact Group;Contact Group talks in Minsk|Ukraine (Donbas)|Russia;Ukraine;OSCE
Iran nuclear talks|JCPOA talks;Vienna talks;Iran nuclear deal talks;Joint Comprehensive Plan of Action;JCPOA;nuclear deal talks;talks to revive the nuclear deal;talks on reviving the nuclear deal;2015 nuclear deal;Iran nuclear deal;Iranian nuclear deal;nuclear deal with Iran;Iran's nuclear program;Tehran's nuclear program;Iranian nuclear program;Iran's nuclear programme;Tehran's nuclear programme;Iranian nuclear programme;Vienna negotiations;US-Iran talks in Muscat;Iran-US talks in Muscat;U.S.-Iran talks in Muscat;US-Iran talks in Oman;Iran-US talks in Oman;U.S.-Iran talks in Oman;Oman-mediated US-Iran talks;Oman-mediated Iran-US talks;Oman-mediated talks between Iran and the US;Omani-mediated talks between Iran and the United States;Witkoff-Araghchi talks;Araghchi-Witkoff talks;Iran-E3 talks;E3-Iran talks;Iran-E3 nuclear talks;US-Iran nuclear talks;U.S.-Iran nuclear talks;Iran-US nuclear talks;Iran-U.S. nuclear talks;P5+1 talks;P5+1 negotiations;JCPOA Joint Commission;Joint Commission of the JCPOA;JCPOA joint commission;E3+2;talks on the JCPOA;JCPOA revival talks;nuclear talks with Iran|Iran nuclear programme|
Six-party talks|six-party talks;six-nation talks;Six-Party Talks|Korean peninsula|China;North Korea;South Korea;United States;Russia;Japan
Inter-Korean talks|inter-Korean talks;inter-Korean high-level talks;inter-Korean dialogue;inter-Korean summit;inter-Korean meeting;inter-Korean negotiations;inter-Korean military talks;North-South talks;South-North talks;inter-Korean relations;inter-Korean cooperation;inter-Korean exchanges;Panmunjom Declaration;Pyongyang Joint Declaration;Comprehensive Military Agreement;inter-Korean military agreement;inter-Korean Red Cross talks;inter-Korean liaison office;North-South summit;South-North summit;North-South dialogue;South-North dialogue;inter-Korean high-level meeting|Korean peninsula|North Korea;South Korea
North Korea-US denuclearization talks|U.S.-North Korea talks;US-North Korea talks;North Korea-US talks;denuclearization talks;U.S.-North Korea summit;US-North Korea summit;North Korea-U.S. summit;DPRK-US talks;DPRK-U.S. talks;nuclear talks with North Korea;Singapore joint statement;US-DPRK summit;U.S.-DPRK summit;DPRK-US summit;DPRK-U.S. summit;North Korea-US summit;working-level talks with North Korea|Korean peninsula|North Korea;United States
Berlin process|Berlin process on Libya;Berlin conference on Libya;Berlin Conference;Berlin peace process;Berlin talks on Libya;international conference on Libya;Berlin II conference;International Follow-up Committee on Libya;International Follow-Up Committee on Libya;Berlin process follow-up committee;5+5 Joint Military Commission;5+5 JMC;Libyan 5+5 Joint Military Commission;Joint Military Commission;5+5 commission;5+5 military commission;5+5 military talks;Libyan Joint Military Commission|Libya|
Libyan Political Dialogue Forum|LPDF|Libya|
Jeddah talks|Jeddah process;Jeddah platform;Jeddah negotiations;Jeddah ceasefire talks;Jeddah Declaration;Jeddah peace talks;Jeddah ceasefire;Sudan talks in Jeddah;Sudan ceasefire talks in Jeddah;Jeddah Declaration of Commitment|Sudan|Saudi Arabia;United States
OSCE Minsk Group|Minsk Group|Nagorno-Karabakh (Armenia-Azerbaijan)|Russia;United States;France
Armenia-Azerbaijan peace process|Armenia-Azerbaijan peace talks;Armenian-Azerbaijani peace talks;Armenia-Azerbaijan peace treaty;Armenian-Azerbaijani peace treaty;Armenia-Azerbaijan peace agreement;Armenian-Azerbaijani peace agreement;peace treaty between Armenia and Azerbaijan;peace agreement between Armenia and Azerbaijan;peace treaty between Azerbaijan and Armenia;peace agreement between Azerbaijan and Armenia;peace treaty with Armenia;peace treaty with Azerbaijan;peace agreement with Armenia;peace agreement with Azerbaijan;Armenia-Azerbaijan normalization;normalization of relations between Armenia and Azerbaijan;normalization of relations between Azerbaijan and Armenia;Armenian-Azerbaijani normalization;Armenia-Azerbaijan talks;Armenian-Azerbaijani talks;Azerbaijan-Armenia peace;Trump Route for International Peace and Prosperity;TRIPP;Washington Declaration on Armenia and Azerbaijan;Armenia-Azerbaijan peace deal;Armenian-Azerbaijani peace deal|Armenia-Azerbaijan|Armenia;Azerbaijan
Middle East Quartet|Quartet|Israel-Palestine|
Israeli-Palestinian peace process|Middle East peace process;Israeli-Palestinian peace talks;Israeli-Palestinian talks;Israeli-Palestinian negotiations;Palestinian-Israeli peace process;Palestinian-Israeli talks;two-state solution|Israel-Palestine|Israel;Palestine
Abraham Accords|Abraham Accord;Abraham Agreements|Israel-Gulf|Israel;United Arab Emirates;Bahrain;Morocco;Sudan;United States
Gaza ceasefire talks|Gaza ceasefire negotiations;Gaza truce talks;Gaza ceasefire deal;Gaza truce;ceasefire talks on Gaza;hostage deal;hostage release deal;Gaza ceasefire;20-point plan for Gaza;20-point Gaza plan;Trump's Gaza peace plan;Gaza peace plan;Gaza peace deal;Sharm el-Sheikh peace summit;Sharm El-Sheikh Peace Summit;Gaza hostage talks;Gaza hostage deal;Gaza ceasefire agreement;Gaza truce deal;Gaza truce negotiations|Israel-Palestine|Qatar;Egypt;United States
Geneva International Discussions|GID;Geneva discussions;Geneva discussion;International Geneva Discussions;Geneva talks on the Caucasus;Geneva talks on Caucasus;Geneva discussions on security and stability in the Caucasus;Geneva discussion on security and stability in the Caucasus;Geneva talks on Transcaucasia|Georgia|
Russia-Ukraine talks|Russia-Ukraine peace talks;Russian-Ukrainian talks;Russian-Ukrainian negotiations;Russia-Ukraine negotiations;Ukraine-Russia talks;Ukraine-Russia peace talks;Ukrainian-Russian talks;Ukraine-Russia negotiations;peace talks between Russia and Ukraine;Istanbul talks;Istanbul negotiations;Istanbul peace talks;direct Russia-Ukraine talks;direct Russian-Ukrainian talks;Russia-Ukraine direct talks;Russian-Ukrainian direct talks;direct talks between Russia and Ukraine;Medinsky-Umerov talks|Russia-Ukraine|Russia;Ukraine
Ukraine peace summit|Peace Summit on Ukraine;Summit on Peace in Ukraine;Ukraine peace conference;Ukraine Peace Summit;Bürgenstock summit;Burgenstock summit;global peace summit on Ukraine|Russia-Ukraine|
Black Sea Grain Initiative|grain deal;Black Sea grain deal;grain corridor;Black Sea Initiative;grain agreement;grain export deal;Istanbul grain deal;grain export corridor;Ukrainian grain deal;grain export agreement;Black Sea grain corridor;Black Sea grain agreement;Black Sea grain initiative;Joint Coordination Centre in Istanbul;Joint Coordination Center in Istanbul|Russia-Ukraine|Russia;Ukraine;Türkiye;United Nations
Doha talks|Doha process;intra-Afghan talks;intra-Afghan negotiations;US-Taliban talks;U.S.-Taliban talks;Doha peace talks;US-Taliban deal;U.S.-Taliban deal;US-Taliban agreement;U.S.-Taliban agreement;US-Taliban peace deal;U.S.-Taliban peace deal;Agreement for Bringing Peace to Afghanistan;intra-Afghan peace talks|Afghanistan|
Moscow format (Afghanistan)|Moscow format;Moscow Format;Moscow format consultations;Moscow format consultations on Afghanistan;Moscow format of consultations on Afghanistan;Moscow format talks on Afghanistan;Moscow format meeting on Afghanistan;Moscow format talks;Moscow format meeting|Afghanistan|
Venezuela government-opposition negotiations|Venezuelan dialogue;Venezuela talks;Venezuelan talks;Venezuela dialogue;Venezuelan negotiations;talks between the Venezuelan government and the opposition;Venezuelan government and opposition;Venezuela negotiations;Barbados agreement;Barbados talks|Venezuela|Venezuela;Norway
Yemen peace process|Yemen peace talks;Yemeni peace talks;Yemen talks;Yemeni talks;Yemen peace consultations;Stockholm Agreement;Stockholm talks;Hodeidah agreement;Yemen peace;Yemen truce;UN-brokered truce in Yemen;Yemen roadmap;UN roadmap for Yemen;UN-led Yemen peace talks;Yemen peace roadmap|Yemen (Houthis)|
Azerbaijan-Georgia-Türkiye trilateral format|Azerbaijan-Georgia-Turkey trilateral format;Azerbaijan-Türkiye-Georgia trilateral format;Azerbaijan-Turkey-Georgia trilateral;Azerbaijan-Georgia-Türkiye trilateral;Azerbaijan-Georgia-Turkey trilateral;foreign ministers of Azerbaijan, Georgia and Türkiye;foreign ministers of Azerbaijan, Georgia and Turkey;foreign ministers of Azerbaijan, Türkiye and Georgia;foreign ministers of Azerbaijan, Turkey and Georgia|South Caucasus|Azerbaijan;Georgia;Türkiye
Cairo intra-Palestinian dialogue|intra-Palestinian dialogue;intra-Palestinian talks;Palestinian reconciliation talks;Palestinian national dialogue;Fatah-Hamas talks;Hamas-Fatah talks;inter-Palestinian dialogue;inter-Palestinian talks;Palestinian factions' talks|Palestine|
China-US strategic dialogue|China-US strategic dialogue;China-U.S. strategic dialogue;US-China strategic dialogue;U.S.-China strategic dialogue;Sino-US strategic dialogue;China-US Strategic and Economic Dialogue;U.S.-China Strategic and Economic Dialogue|China-US|China;United States
China-US consultations|China-U.S. consultations;US-China consultations;U.S.-China consultations;Sino-US consultations|China-US|China;United States
Surkov-Volker channel (Ukraine)|Surkov-Volker channel;Surkov-Volker talks;Volker-Surkov talks;Volker-Surkov channel;Surkov-Volker meeting;Volker-Surkov meeting|Ukraine (Donbas)|Russia;United States
Greece-Turkey dialogue|Greece-Turkey exploratory talks;Greek-Turkish exploratory talks;Turkish-Greek exploratory talks;Greek-Turkish talks;Turkish-Greek talks;Greece-Turkey talks;Turkey-Greece talks;Greek-Turkish dialogue;Turkish-Greek dialogue|Aegean|Greece;Türkiye
AU-led Ethiopia peace process|Ethiopia peace talks;Ethiopian peace talks;Tigray peace talks;AU-led peace talks;African Union-led peace talks;Pretoria agreement;Pretoria peace agreement;Pretoria talks;Pretoria peace deal;Pretoria Cessation of Hostilities Agreement;Ethiopia peace deal;Ethiopian peace deal;Tigray peace deal;Tigray peace agreement|Ethiopia|Ethiopia;Tigray People's Liberation Front
Istanbul Mediation Conference|Istanbul Conference on Mediation|Mediation|
Antalya Diplomacy Forum|ADF|Diplomacy|
UNFCCC Conference of the Parties|COP29;COP28;COP27;COP26;COP21;UN Climate Change Conference;Conference of the Parties to the UN Framework Convention on Climate Change;UN climate summit|Climate|
Belgrade-Pristina dialogue|Belgrade-Pristina talks;Kosovo-Serbia dialogue;Serbia-Kosovo dialogue;Kosovo-Serbia talks;Serbia-Kosovo talks;EU-facilitated dialogue;Belgrade and Pristina dialogue;dialogue between Belgrade and Pristina;dialogue between Kosovo and Serbia;Brussels dialogue;Brussels-facilitated dialogue;EU-brokered dialogue between Belgrade and Pristina;2013 Brussels Agreement;Brussels Agreement of 2013;Ohrid Annex;Ohrid implementation annex;Agreement on the Path to Normalisation;Agreement on the Path to Normalization|Kosovo|Serbia;Kosovo
Türkiye-Syria normalization|Turkish-Syrian normalization;Turkey-Syria normalization;Türkiye-Syria normalisation;Turkey-Syria normalisation;normalization between Turkey and Syria;normalization between Ankara and Damascus;Ankara-Damascus normalization;quadrilateral meeting;quadrilateral format|Syria|Russia;Iran;Türkiye;Syria
Colombia government-ELN talks|Colombia-ELN talks;Colombia-ELN peace talks;ELN peace talks;peace talks with the ELN;talks with the ELN;negotiations with the ELN|Colombia|Colombia;ELN
Cyprus reunification talks|Cyprus talks;Cyprus peace talks;Cyprus reunification negotiations;Cyprus negotiations;Cyprus settlement talks;talks on reunifying Cyprus;5+UN informal meeting;informal meeting on Cyprus;enlarged informal meeting on Cyprus;informal meeting in the 5+UN format;5+UN format;Crans-Montana talks;Crans-Montana conference;Crans-Montana Conference on Cyprus;Conference on Cyprus;informal meeting on the Cyprus issue;informal meeting on the Cyprus problem;enlarged meeting on the Cyprus issue;enlarged meeting on the Cyprus problem;meeting on the Cyprus issue;meeting on the Cyprus problem;talks on the Cyprus issue;talks on the Cyprus problem|Cyprus|Greece;Türkiye;United Kingdom
GERD talks|GERD negotiations;Grand Ethiopian Renaissance Dam talks;Grand Ethiopian Renaissance Dam negotiations;Renaissance Dam talks;Renaissance Dam negotiations;Nile dam talks|Ethiopia-Egypt-Sudan|Egypt;Ethiopia;Sudan
5+2 format (Transnistria)|5+2 format;5+2 talks;5+2 negotiations;Transnistrian settlement talks;Transnistria settlement talks;Transnistria talks;Transdniestria talks;Transnistrian settlement process;1+1 format;1+1 talks;Chisinau-Tiraspol talks;Tiraspol-Chisinau talks;Chisinau-Tiraspol dialogue;Transnistrian settlement|Moldova (Transnistria)|Moldova;Russia;Ukraine;OSCE;United States;European Union
China-Japan consultations|China-Japan talks;Japan-China talks;Sino-Japanese talks;Japan-China consultations|China-Japan|China;Japan
Russia-Ukraine prisoner exchanges|Russia-Ukraine prisoner exchange;Russia-Ukraine prisoner swap;Russian-Ukrainian prisoner exchange|Russia-Ukraine|Russia;Ukraine
Luanda process|Luanda Process;Luanda peace process;Luanda roadmap;Luanda Roadmap;Angola-led mediation;Angolan mediation|DR Congo-Rwanda|Angola;DR Congo;Rwanda
Nairobi process|Nairobi Process;Nairobi peace process;EAC-led Nairobi process;EAC-led peace process;Inter-Congolese dialogue;inter-Congolese dialogue|DR Congo|
DRC-M23 peace talks|DRC-M23 talks;Congo-M23 talks;DRC-M23 negotiations;M23 peace talks;talks with the M23;talks between Kinshasa and the M23;Doha Declaration of Principles|DR Congo|DR Congo;March 23 Movement
DRC-Rwanda Washington process|Washington Accords;Washington peace agreement;Washington peace deal;Washington process|DR Congo-Rwanda|DR Congo;Rwanda
Ankara process|Ankara Process;Ankara Declaration;Ankara talks on Somalia and Ethiopia|Ethiopia-Somalia|Türkiye;Ethiopia;Somalia
Iran-Saudi Arabia talks|Iran-Saudi talks;Saudi-Iran talks;Saudi-Iranian talks;Iranian-Saudi talks;Iran-Saudi rapprochement;Saudi-Iranian rapprochement;Iranian-Saudi rapprochement;Iran-Saudi deal;Saudi-Iran deal;Beijing agreement between Saudi Arabia and Iran;China-brokered deal between Saudi Arabia and Iran;China-brokered deal between Iran and Saudi Arabia;China-brokered Saudi-Iran deal;China-brokered Iran-Saudi deal;Beijing-brokered Saudi-Iran deal|Iran-Saudi Arabia|Iran;Saudi Arabia
Saudi-Houthi talks|Saudi-Houthi negotiations;Houthi-Saudi talks;Saudi-Houthi dialogue;talks between Saudi Arabia and the Houthis|Yemen (Houthis)|Saudi Arabia;Houthis
India-China Corps Commander talks|Corps Commander level talks;Corps Commander-level talks;Corps Commander Level Meeting;Corps Commander-level meeting;Corps Commander talks;India-China Corps Commander Level Meeting;China-India Corps Commander Level Meeting;Corps Commander level meeting;Senior Highest Military Commander Level Meeting|India-China border|India;China
India-China Special Representatives talks|Special Representatives talks;Special Representatives Talks;Special Representatives meeting;meeting of the Special Representatives;India-China Special Representatives|India-China border|India;China
China-Bhutan boundary talks|China-Bhutan Boundary Talks;Bhutan-China boundary talks;China-Bhutan boundary negotiations;Bhutan-China boundary negotiations;Expert Group Meeting on China-Bhutan Boundary issues;Expert Group Meeting on Bhutan-China Boundary issues;China-Bhutan border talks;Bhutan-China border talks|China-Bhutan|China;Bhutan
ASEAN five-point consensus on Myanmar|five-point consensus;Five-Point Consensus;ASEAN five-point consensus;ASEAN's five-point consensus;five-point peace plan;5-point consensus|Myanmar|
Nicaragua government-opposition negotiations|Nicaragua talks;Nicaraguan talks;Nicaragua dialogue;Nicaraguan dialogue;Nicaraguan national dialogue;Nicaragua negotiations;Nicaraguan negotiations|Nicaragua|Nicaragua;Civic Alliance for Justice and Democracy
Colombia government-EMC talks|Colombia-EMC talks;EMC talks;EMC peace talks;talks with the EMC;peace talks with the EMC;negotiations with the EMC;dialogue with the EMC|Colombia|Colombia;EMC
Tumaini Initiative|Tumaini talks;Tumaini Peace Initiative;Tumaini peace talks;Tumaini process;Tumaini initiative;Tumaini mediation|South Sudan|
Israel-Lebanon ceasefire mechanism|Naqoura mechanism;Naqoura ceasefire mechanism;Lebanon ceasefire mechanism;ceasefire monitoring mechanism;Israel-Lebanon mechanism;Mechanism committee;Lebanon ceasefire monitoring committee|Israel-Lebanon|United States;France;Israel;Lebanon;United Nations Interim Force in Lebanon
Western Sahara political process|Western Sahara talks;Western Sahara peace process;political process in Western Sahara;Western Sahara negotiations;Western Sahara roundtable;Western Sahara round table;Manhasset talks;Manhasset negotiations;Geneva roundtable on Western Sahara;Geneva round table on Western Sahara;roundtable on Western Sahara;round table on Western Sahara|Western Sahara|
US-mediated Ukraine ceasefire talks|US-brokered Ukraine ceasefire talks;US-mediated ceasefire talks;US-brokered ceasefire talks;Black Sea ceasefire talks;Riyadh talks on Ukraine;28-point peace plan;28-point plan;US peace plan for Ukraine;U.S. peace plan for Ukraine;US-Ukraine talks in Jeddah;U.S.-Ukraine talks in Jeddah;Ukraine-US talks in Jeddah;US-Ukraine talks in Riyadh;U.S.-Ukraine talks in Riyadh;US-Russia talks in Riyadh;U.S.-Russia talks in Riyadh;Russia-US talks in Riyadh;Russian-US talks in Riyadh;US-Ukraine talks in Geneva;U.S.-Ukraine talks in Geneva;Black Sea ceasefire;energy ceasefire talks|Russia-Ukraine|Russia;Ukraine;United States
Munich Security Conference|Munich conference|Security|
Armenia-Azerbaijan border delimitation commission|Armenia-Azerbaijan border delimitation;Armenian-Azerbaijani border delimitation;Azerbaijan-Armenia border delimitation;Azerbaijani-Armenian border delimitation;Armenia-Azerbaijan border commission;Armenian-Azerbaijani border commission;Azerbaijani-Armenian border commission;Armenia-Azerbaijan border delimitation commission;Armenian-Azerbaijani border delimitation commission;Armenia-Azerbaijan delimitation commission;Armenian-Azerbaijani delimitation commission;Armenia-Azerbaijan border demarcation;Armenian-Azerbaijani border demarcation;delimitation of the Armenian-Azerbaijani border;delimitation of the Armenia-Azerbaijan border;delimitation of the Azerbaijani-Armenian border;border delimitation between Armenia and Azerbaijan;border delimitation between Azerbaijan and Armenia|Armenia-Azerbaijan|Armenia;Azerbaijan
China-US economic and trade consultations|China-US economic and trade talks;China-U.S. economic and trade talks;China-U.S. economic and trade consultations;US-China economic and trade consultations;U.S.-China economic and trade consultations;China-US high-level economic and trade consultations;China-U.S. high-level economic and trade consultations;China-US economic and trade consultation mechanism;China-U.S. economic and trade consultation mechanism;China-US trade talks;China-U.S. trade talks;US-China trade talks;U.S.-China trade talks;Sino-US trade talks;Sino-U.S. trade talks;China-US trade negotiations;China-U.S. trade negotiations;US-China trade negotiations;U.S.-China trade negotiations;China-US trade consultations;US-China trade consultations;phase one trade deal;phase-one trade deal;Phase One trade agreement;phase one trade agreement;phase-one trade agreement|China-US|China;United States
South Sudan peace process (R-ARCSS)|R-ARCSS;ARCSS;Revitalized Agreement on the Resolution of the Conflict;Revitalised Agreement on the Resolution of the Conflict;Revitalized Agreement on the Resolution of Conflict;Revitalised Agreement on the Resolution of Conflict;revitalized peace agreement;revitalised peace agreement;revitalized peace deal;revitalised peace deal;South Sudan peace process;South Sudan's peace process;South Sudan peace agreement;South Sudan's peace agreement;South Sudanese peace agreement;South Sudan peace deal;South Sudan's peace deal;Reconstituted Joint Monitoring and Evaluation Commission;RJMEC|South Sudan|
Moscow talks on Libya|Moscow talks on Libya;Libya talks in Moscow;Libyan talks in Moscow;Moscow meeting on Libya;Moscow ceasefire talks on Libya;Moscow ceasefire agreement on Libya;Moscow talks between Sarraj and Haftar;Moscow talks between Serraj and Haftar|Libya|
IGAD-led Sudan peace process|IGAD Quartet;IGAD Quartet on Sudan;IGAD Quartet Group;IGAD roadmap for Sudan;IGAD roadmap on Sudan;IGAD Sudan roadmap;IGAD mediation on Sudan;IGAD mediation in Sudan;IGAD-led mediation on Sudan;IGAD-led mediation in Sudan;IGAD initiative on Sudan;IGAD-led initiative on Sudan;IGAD Sudan peace process;IGAD-led Sudan peace talks;IGAD-led peace process for Sudan|Sudan|
Thailand-Cambodia border talks|Thailand-Cambodia border negotiations;Thai-Cambodian border talks;Thai-Cambodian border negotiations;Thai-Cambodia border talks;Cambodia-Thailand border talks;Cambodian-Thai border talks;Cambodia-Thailand border negotiations;Thailand-Cambodia General Border Committee;Thai-Cambodian General Border Committee;Cambodia-Thailand General Border Committee;Thailand-Cambodia Joint Boundary Commission;Thai-Cambodian Joint Boundary Commission;Cambodia-Thailand Joint Boundary Commission;Thailand-Cambodia Regional Border Committee;Cambodia-Thailand Regional Border Committee;Thailand-Cambodia ceasefire talks;Thai-Cambodian ceasefire talks;Cambodia-Thailand ceasefire talks;Thailand-Cambodia peace talks;Cambodia-Thailand peace talks;Kuala Lumpur Peace Accord;KL Peace Accord|Thailand-Cambodia border|Thailand;Cambodia
CARICOM-facilitated inter-Haitian dialogue|inter-Haitian dialogue;inter-Haitian talks;CARICOM-facilitated dialogue;CARICOM-facilitated talks;CARICOM-led talks on Haiti;CARICOM-brokered talks on Haiti;CARICOM talks on Haiti;CARICOM-led dialogue on Haiti;CARICOM Eminent Persons Group;Eminent Persons Group on Haiti;Haitian stakeholders' dialogue;Haitian stakeholder talks;Kingston talks on Haiti;high-level meeting on Haiti in Jamaica|Haiti|
Berlin Process (Western Balkans)|Berlin Process for the Western Balkans;Western Balkans Berlin Process;Berlin Process summit;Berlin Process Summit;Berlin Process summit on the Western Balkans;Western Balkans Summit under the Berlin Process;Berlin Process leaders' summit|Western Balkans|
Quadrilateral Security Dialogue|Quad;Quad summit;Quad Leaders' Summit;Quad leaders' summit;Quad foreign ministers' meeting;Quad Foreign Ministers' Meeting;Quad ministerial;Quadrilateral Dialogue;Quad grouping|Indo-Pacific|United States;Japan;India;Australia
Russia-US strategic stability dialogue|strategic stability dialogue;Strategic Stability Dialogue;strategic stability talks;strategic stability consultations;Russia-US strategic stability dialogue;Russia-U.S. strategic stability dialogue;US-Russia strategic stability dialogue;U.S.-Russia strategic stability dialogue;Russian-US strategic stability dialogue;Russian-American strategic stability dialogue;Russia-US strategic stability talks;U.S.-Russia strategic stability talks;Russia-US talks on security guarantees;Russian-US talks on security guarantees;US-Russia talks on security guarantees;U.S.-Russia talks on security guarantees|Arms control|Russia;United States
New START Treaty|New START;New START treaty;START III;New Strategic Arms Reduction Treaty;New START Bilateral Consultative Commission;Bilateral Consultative Commission|Arms control|Russia;United States
NPT Review Conference|NPT review conference;NPT RevCon;Review Conference of the Parties to the NPT;Review Conference of the NPT;NPT Preparatory Committee;Preparatory Committee for the NPT Review Conference;Preparatory Committee for the Review Conference;NPT PrepCom|Non-proliferation|
India-Pakistan DGMO talks|DGMO talks;DGMO-level talks;DGMO level talks;DGMO-level talk;DGMO hotline talks;talks between the DGMOs;India-Pakistan DGMO talks;Indo-Pak DGMO talks;Pakistan-India DGMO talks;Directors General of Military Operations of India and Pakistan|India-Pakistan|India;Pakistan
Indus Waters Treaty|Indus Water Treaty;Indus Waters Treaty of 1960;Permanent Indus Commission;Indus Commission;Indus waters pact;Indus Waters agreement;Indus treaty|India-Pakistan|India;Pakistan
Japan-Russia peace treaty talks|Japan-Russia peace treaty negotiations;Russia-Japan peace treaty talks;Russia-Japan peace treaty negotiations;Russian-Japanese peace treaty talks;Japanese-Russian peace treaty talks;Japan-Russia peace treaty;Russia-Japan peace treaty;Russian-Japanese peace treaty;peace treaty between Russia and Japan;peace treaty between Japan and Russia;peace treaty with Japan;Japan-Russia territorial talks;Russia-Japan territorial talks|Japan-Russia|Japan;Russia
Japan-South Korea talks|South Korea-Japan talks;Korea-Japan talks;Japan-Korea talks;Japan-ROK talks;ROK-Japan talks;Japan-South Korea summit;South Korea-Japan summit;Korea-Japan summit;Japan-Korea summit;Japan-ROK summit;Japan-South Korea shuttle diplomacy;Korea-Japan shuttle diplomacy;South Korea-Japan shuttle diplomacy;Japan-Korea shuttle diplomacy;shuttle diplomacy between Seoul and Tokyo;shuttle diplomacy between Tokyo and Seoul|Japan-South Korea|Japan;South Korea
China-Japan-South Korea trilateral summit|China-Japan-South Korea summit;China-Japan-ROK summit;China-Japan-ROK trilateral summit;Japan-China-South Korea summit;Japan-China-Korea summit;Japan-China-ROK summit;South Korea-China-Japan summit;Korea-China-Japan summit;Korea-Japan-China summit;South Korea-Japan-China summit;trilateral summit of China, Japan and South Korea;trilateral summit of South Korea, China and Japan;China-Japan-South Korea foreign ministers' meeting;China-Japan-ROK foreign ministers' meeting;Trilateral Cooperation Secretariat|Northeast Asia|China;Japan;South Korea
Israel-Lebanon maritime border talks|Lebanon-Israel maritime border talks;Israeli-Lebanese maritime border talks;Lebanese-Israeli maritime border talks;Israel-Lebanon maritime border negotiations;Lebanon-Israel maritime border negotiations;Israel-Lebanon maritime talks;Lebanon-Israel maritime talks;Israel-Lebanon maritime border deal;Lebanon-Israel maritime border deal;Israel-Lebanon maritime deal;Lebanon-Israel maritime deal;Israel-Lebanon maritime border agreement;Lebanon-Israel maritime border agreement;maritime border talks with Israel;maritime border talks with Lebanon;maritime border deal with Israel;maritime border deal with Lebanon|Israel-Lebanon|Israel;Lebanon
Mali peace process (Algiers Agreement)|Agreement for Peace and Reconciliation in Mali;Agreement on Peace and Reconciliation in Mali;Algiers Agreement for Mali;Algiers peace agreement for Mali;Algiers accord for Mali;Mali peace agreement;Mali's peace agreement;Mali peace accord;Mali's peace accord;Mali peace deal;Mali peace process;2015 Algiers peace agreement;2015 Algiers accord;2015 Algiers agreement|Mali|
Mozambique peace process|Maputo Accord for Peace and National Reconciliation;Maputo peace accord;Maputo Peace Agreement;Mozambique peace agreement;Mozambique's peace agreement;Mozambique peace deal;Mozambique peace accord;Mozambique peace talks;peace talks with Renamo;peace deal with Renamo;Renamo peace deal;government-Renamo talks;Renamo-government talks|Mozambique|
Myanmar peace process|Nationwide Ceasefire Agreement;Union Peace Conference;21st Century Panglong Conference;21st Century Panglong;21st Century Panglong Peace Conference;Panglong Peace Conference;Myanmar peace process;Myanmar's peace process;Myanmar peace conference|Myanmar|
China-brokered Myanmar ceasefire talks|Haigeng agreement;Haigeng ceasefire;Haigeng ceasefire agreement;Haigeng talks;Haigeng peace talks;China-brokered ceasefire in Myanmar;China-brokered Myanmar ceasefire;China-brokered talks in Kunming;Chinese-brokered ceasefire in Myanmar|Myanmar|
Somalia-Somaliland dialogue|Somalia-Somaliland talks;Somaliland-Somalia talks;Somaliland-Somalia dialogue;Somalia-Somaliland negotiations;talks between Somalia and Somaliland;dialogue between Somalia and Somaliland;talks between Somaliland and Somalia|Somalia-Somaliland|
Colombia-FARC peace process|Colombia government-FARC peace process;Colombia-FARC peace talks;Colombia-FARC peace agreement;FARC peace talks;FARC peace deal;FARC peace agreement;FARC peace accord;peace agreement with the FARC;peace deal with the FARC;peace accord with the FARC;2016 peace agreement with the FARC;2016 peace deal with the FARC;Final Agreement to End the Armed Conflict|Colombia|
Ethiopia-Eritrea peace process|Ethiopia-Eritrea peace agreement;Eritrea-Ethiopia peace process;Ethiopia-Eritrea peace deal;Eritrea-Ethiopia peace deal;Eritrea-Ethiopia peace agreement;Ethiopian-Eritrean peace deal;Ethiopian-Eritrean peace agreement;Eritrean-Ethiopian peace agreement;Joint Declaration of Peace and Friendship;Ethiopia-Eritrea rapprochement;Eritrea-Ethiopia rapprochement|Ethiopia-Eritrea|Ethiopia;Eritrea
Cuba-US normalization talks|Cuba-US talks;US-Cuba talks;U.S.-Cuba talks;Cuba-U.S. talks;Cuba-US normalization;US-Cuba normalization;U.S.-Cuba normalization;Cuba-U.S. normalization;US-Cuba rapprochement;U.S.-Cuba rapprochement;Cuba-US rapprochement;Cuba-U.S. rapprochement|Cuba-US relations|Cuba;United States
Prespa Agreement|Prespa agreement;Prespa accord;Prespes Agreement;Prespa deal;Prespa name deal;Greece-North Macedonia name deal;Macedonia name dispute talks;name dispute talks between Greece and North Macedonia;name dispute talks between Athens and Skopje|Greece-North Macedonia|Greece;North Macedonia
Armenia-Türkiye normalization process|Armenia-Turkey normalization;Armenia-Türkiye normalization;Turkey-Armenia normalization;Türkiye-Armenia normalization;Armenian-Turkish normalization;Turkish-Armenian normalization;Armenia-Turkey normalisation;Turkey-Armenia normalisation;Armenian-Turkish normalisation;normalization between Armenia and Turkey;normalization between Turkey and Armenia;normalization between Armenia and Türkiye;normalization between Türkiye and Armenia;normalization of relations between Armenia and Turkey;normalization of relations between Turkey and Armenia;normalization of relations between Armenia and Türkiye;normalization of relations between Türkiye and Armenia;Armenia-Turkey normalization process;Turkey-Armenia normalization process;Armenia-Turkey talks;Turkey-Armenia talks;Armenian-Turkish talks;Turkish-Armenian talks|Armenia-Türkiye|Armenia;Türkiye
3+3 format (South Caucasus)|3+3 format;3+3 regional platform;3+3 platform;3+3 consultative regional platform;3+3 regional cooperation platform;3+3 Regional Cooperation Platform;3+3 mechanism;3+3 meeting;3+3 talks;3+3 format meeting|South Caucasus|
Iraq-US strategic dialogue|US-Iraq strategic dialogue;U.S.-Iraq strategic dialogue;U.S.-Iraq Strategic Dialogue;Iraq-U.S. strategic dialogue;Iraqi-US strategic dialogue;Iraqi-American strategic dialogue;US-Iraqi strategic dialogue;Iraq-US Higher Coordinating Committee;US-Iraq Higher Coordinating Committee;U.S.-Iraq Higher Coordinating Committee|Iraq-US|Iraq;United States
NATO-Russia Council|Russia-NATO Council;NATO-Russia Council meeting;Russia-NATO Council meeting|European security|
Ukraine Defense Contact Group|Ukraine Defence Contact Group;Ramstein format;Ramstein-format;Ramstein group;Ramstein contact group;Ramstein-format meeting;Ramstein format meeting;Ukraine Defense Contact Group meeting|Ukraine (military aid)|
Crimea Platform|International Crimea Platform;Crimea Platform summit;Crimea Platform Summit;summit of the Crimea Platform|Crimea|
ASEAN-China Code of Conduct negotiations|Code of Conduct in the South China Sea;South China Sea Code of Conduct;code of conduct for the South China Sea;code of conduct on the South China Sea;Code of Conduct negotiations;code of conduct talks;COC negotiations;COC talks;Declaration on the Conduct of Parties|South China Sea|
China-Philippines Bilateral Consultation Mechanism|Bilateral Consultation Mechanism on the South China Sea;China-Philippines Bilateral Consultation Mechanism on the South China Sea;Philippines-China Bilateral Consultation Mechanism;China-Philippines BCM;Philippines-China BCM;Philippine-China BCM;China-Philippines bilateral consultation mechanism;Philippines-China bilateral consultation mechanism|South China Sea|China;Philippines
China-EU high-level strategic dialogue|China-EU strategic dialogue;EU-China strategic dialogue;China-EU High-Level Strategic Dialogue;EU-China High-Level Strategic Dialogue;EU-China high-level strategic dialogue;China-EU Strategic Dialogue;EU-China Strategic Dialogue|China-EU|China;European Union
US-South Korea Nuclear Consultative Group|Nuclear Consultative Group;US-ROK Nuclear Consultative Group;U.S.-ROK Nuclear Consultative Group;South Korea-US Nuclear Consultative Group;Korea-US Nuclear Consultative Group;NCG meeting|Korean peninsula|United States;South Korea
Israel-Syria security talks|Israel-Syria talks;Syria-Israel talks;Israeli-Syrian talks;Syrian-Israeli talks;Israel-Syria security agreement;Syria-Israel security agreement;Israeli-Syrian security agreement;Syrian-Israeli security agreement;Israel-Syria security pact;Syria-Israel security pact;Israel-Syria de-escalation talks;Syria-Israel de-escalation talks;Israeli-Syrian de-escalation talks;Israel-Syria negotiations;Syria-Israel negotiations|Israel-Syria|Israel;Syria
Incident Prevention and Response Mechanism (Georgia)|Incident Prevention and Response Mechanism;IPRM;Ergneti IPRM;Gali IPRM;IPRM meeting;Ergneti Incident Prevention and Response Mechanism;Gali Incident Prevention and Response Mechanism|Georgia|
Bouznika talks (Libya)|Bouznika talks;Bouznika dialogue;Bouznika meetings;Bouznika meeting;Bouznika agreement;Bouznika consultations;Libyan dialogue in Bouznika;Libyan talks in Bouznika|Libya|
6+6 Joint Committee (Libya)|6+6 committee;6+6 Committee;6+6 joint committee;6+6 Joint Committee;6+6 joint committee on electoral laws;6+6 electoral committee|Libya|
Quad for Sudan|Sudan Quad;Quad on Sudan;Quad countries on Sudan;Quartet on Sudan;Sudan Quartet;Quad roadmap for Sudan;Quad for peace in Sudan|Sudan|United States;Saudi Arabia;United Arab Emirates;Egypt
US-mediated Sudan ceasefire talks|ALPS group on Sudan;Aligned for Advancing Lifesaving and Peace in Sudan;ALPS group;ALPS Group;ALPS talks;Geneva talks on Sudan;Sudan talks in Geneva;Switzerland talks on Sudan;Sudan ceasefire talks in Switzerland;US-led Sudan ceasefire talks;US-brokered Sudan ceasefire talks;U.S.-led Sudan ceasefire talks|Sudan|
Heart of Asia-Istanbul Process|Heart of Asia – Istanbul Process;Heart of Asia — Istanbul Process;Heart of Asia Istanbul Process;Heart of the Asia – Istanbul Process;Heart of Asia process;Heart of Asia conference;Heart of Asia ministerial conference;Istanbul Process on Afghanistan|Afghanistan|
UN Doha process on Afghanistan|UN-led Doha process;UN-convened Doha process;Doha meeting of special envoys on Afghanistan;UN meeting on Afghanistan in Doha;UN-convened meeting on Afghanistan in Doha;UN-hosted meeting on Afghanistan in Doha;Doha meeting on Afghanistan;UN Doha meeting on Afghanistan;UN-led Doha meeting|Afghanistan|
Riyadh Agreement (Yemen)|Riyadh Agreement;Riyadh agreement between the government and the STC;Riyadh deal between the government and the STC;Riyadh power-sharing deal;Riyadh power-sharing agreement|Yemen (south)|
Juba Peace Agreement (Sudan)|Juba Peace Agreement;Juba peace agreement;Juba Agreement for Peace in Sudan;Juba peace deal;Juba Peace Deal;Juba Peace Accord;Juba peace accord|Sudan|
Central African Republic peace process (Khartoum Agreement)|Political Agreement for Peace and Reconciliation in CAR;Political Agreement for Peace and Reconciliation;APPR-RCA;Khartoum Agreement for the Central African Republic;Khartoum peace agreement for CAR;Khartoum peace deal for the Central African Republic;Central African Republic peace agreement;CAR peace agreement;CAR peace deal;Central African peace agreement;Luanda roadmap for the Central African Republic|Central African Republic|
Peace Implementation Council (Bosnia)|Peace Implementation Council;PIC Steering Board;Steering Board of the Peace Implementation Council;Dayton Peace Agreement;Dayton Agreement;Dayton accords;Dayton Accords;Dayton peace accords;Dayton Peace Accords;General Framework Agreement for Peace in Bosnia and Herzegovina|Bosnia and Herzegovina|
India-China WMCC talks|Working Mechanism for Consultation and Coordination;WMCC;WMCC meeting;WMCC talks;India-China WMCC;China-India WMCC|India-China border|India;China
Pakistan-Afghanistan talks|Afghanistan-Pakistan talks;Pakistan-Afghan talks;Pak-Afghan talks;Afghan-Pakistan talks;Pakistani-Afghan talks;Afghan-Pakistani talks;Pakistan-Afghanistan negotiations;Afghanistan-Pakistan negotiations;Pakistan-Taliban talks;talks between Pakistan and Afghanistan;talks between Afghanistan and Pakistan;negotiations between Pakistan and Afghanistan|Pakistan-Afghanistan|Pakistan;Afghanistan
Guyana-Venezuela dialogue (Argyle Declaration)|Argyle Declaration;Joint Declaration of Argyle;Argyle Joint Declaration;Argyle declaration;Argyle Agreement;Argyle accord;Guyana-Venezuela dialogue;Venezuela-Guyana dialogue;Guyana-Venezuela talks;Venezuela-Guyana talks|Guyana-Venezuela|Guyana;Venezuela
Russia-US normalization talks|Russia-US talks on embassies;US-Russia talks on embassies;U.S.-Russia talks on embassies;Russian-US talks on embassies;Russian-American consultations on embassies;US-Russia talks in Istanbul;U.S.-Russia talks in Istanbul;Russia-US talks in Istanbul;Russian-US talks in Istanbul;Russian-American talks in Istanbul;Russia-US consultations on irritants;consultations on bilateral irritants;talks on bilateral irritants|Russia-US|Russia;United States
"""

#: Processes whose members are the two parties themselves: a round or summit of one that names nobody is theirs.
TWO_PARTY_PROCESSES = ("Inter-Korean talks", "Armenia-Azerbaijan peace process", "Israeli-Palestinian peace process",
                       "North Korea-US denuclearization talks", "Russia-Ukraine talks", "China-Japan consultations",
                       "Colombia government-ELN talks", "Colombia government-EMC talks", "Iran-Saudi Arabia talks",
                       "India-China Corps Commander talks", "India-China Special Representatives talks",
                       "China-Bhutan boundary talks", "DRC-M23 peace talks", "DRC-Rwanda Washington process",
                       "Thailand-Cambodia border talks", "Armenia-Azerbaijan border delimitation commission",
                       "Japan-South Korea talks", "Israel-Syria security talks", "Armenia-Türkiye normalization process",
                       "India-China WMCC talks", "Cuba-US normalization talks", "Ethiopia-Eritrea peace process",
                       "Pakistan-Afghanistan talks", "Guyana-Venezuela dialogue (Argyle Declaration)")

#: Standing tracks of a two-party process (round 230): a meeting of theirs with no actors has the two parties, but a
#: meeting of the two parties that names no process is the main process's, not the track's (`partyprocess.pair_process`)
TRACKS = ("Armenia-Azerbaijan border delimitation commission",)

#: Closed formats whose members are their parties themselves, not guarantors, co-chairs or mediators standing apart
#: (the Astana guarantors, the Jeddah or Gaza mediators): a session of one that names nobody is theirs, as a two-party
#: process's is (round 111)
PARTY_PROCESSES = ("Normandy format", "Luanda process", "Ankara process", "GERD talks", "AU-led Ethiopia peace process",
                   "Greece-Turkey dialogue", "Saudi-Houthi talks", "Belgrade-Pristina dialogue",
                   "Nicaragua government-opposition negotiations")

#: Forums and conferences: a meeting "on the sidelines of" or "within the framework of" one is no part of it.
FORUMS = ("Antalya Diplomacy Forum", "Istanbul Mediation Conference", "UNFCCC Conference of the Parties",
          "Munich Security Conference", "NPT Review Conference", "Crimea Platform")

#: Processes of standing negotiations between delegations: their sessions are talk rounds, numbered or not (the
#: annotation guideline's list); a meeting of any other process is a meeting ("the Normandy advisers met").
STANDING_PROCESSES = ("Astana format", "Geneva process", "Syrian Constitutional Committee", "Iran nuclear talks",
                      "Trilateral Contact Group", "Jeddah talks", "Black Sea Grain Initiative", "Inter-Korean talks",
                      "Doha talks", "Venezuela government-opposition negotiations", "Six-party talks",
                      "Yemen peace process", "Gaza ceasefire talks", "Russia-Ukraine talks", "Colombia government-ELN talks",
                      "GERD talks", "5+2 format (Transnistria)", "Luanda process", "Nairobi process", "Ankara process",
                      "India-China Corps Commander talks", "China-Bhutan boundary talks", "Colombia government-EMC talks",
                      "Nicaragua government-opposition negotiations", "Tumaini Initiative", "Israel-Lebanon ceasefire mechanism",
                      "DRC-M23 peace talks", "US-mediated Ukraine ceasefire talks", "Saudi-Houthi talks",
                      "Israel-Lebanon maritime border talks", "Bouznika talks (Libya)", "Cuba-US normalization talks",
                      "Belgrade-Pristina dialogue", "Pakistan-Afghanistan talks", "Russia-US normalization talks")

#: process & cue & cue ...: when an article names no process, the first process all of whose cues (regular expressions,
#: case-sensitive) occur in it is the article's process ("Syria" talks "in Geneva" are the Geneva process).
PROCESS_CUES = r"""
Astana format & \bSyria & \b(?:Astana|Nur-Sultan)\b
Astana format & \bSyria & \b(?:guarantors?|Kazakh|Kazakhstan)\b & \b(?:Russia|Russian)\b & \b(?:Iran|Iranian)\b & \b(?:Turkey|Türkiye|Turkish)\b
Geneva process & \bSyria & \bGeneva\b & \b(?:talks|negotiations)\b
Jeddah talks & \bSudan & \bJeddah\b
Jeddah talks & \bSudan & \b(?:RSF|Rapid Support Forces)\b & \b(?:Saudi|Riyadh)
Black Sea Grain Initiative & \b[Gg]rain\b & \b(?:Istanbul|Black Sea|Ukrain)
Iran nuclear talks & \bIran & \b(?:nuclear|Vienna|IAEA|International Atomic Energy Agency|enrichment|enriched uranium)\b
Iran nuclear talks & \b(?:Iran|Iranian|Tehran)\b & \b(?:U\.S\.|US\b|United States|Washington|American|Witkoff) & \b(?:Oman|Omani|Muscat)\b & \b(?:talks|negotiations)\b
Iran-Saudi Arabia talks & \b(?:Iran|Iranian|Tehran)\b & \bSaudi & \b(?:ties|relations|embassy|embassies|rapprochement|diplomatic)\b
Israel-Syria security talks & \b(?:Israel|Israeli)\b & \b(?:Syria|Syrian)\b & \b(?:Dermer|Shaibani|Barrack)\b & \b(?:talks|met|meeting|negotiations|agreement)\b
Gaza ceasefire talks & \bGaza\b & \b(?:[Cc]ease-?fire|truce|hostages?)\b
Gaza ceasefire talks & \bHamas\b & \b(?:Israel|Israeli)\b & \b(?:indirect|mediators?|mediation|[Cc]ease-?fire|truce|hostages?)\b
Yemen peace process & \bYemen & \b(?:[Pp]eace|talks|Houthi)
Armenia-Türkiye normalization process & \bArmenia & \b(?:Turkey|Türkiye|Turkish)\b & \bnormali[sz]ation\b & \b(?:[Ss]pecial [Ee]nvoys?|Rubinyan|Kılıç|Kilic)\b
Armenia-Azerbaijan border delimitation commission & \bArmenia & \bAzerbaijan & \b[Dd]elimitation\b & \b(?:[Cc]ommissions?|Grigoryan|Mustafayev)\b
Armenia-Azerbaijan peace process & \bArmenia & \bAzerbaijan & \b(?:peace|treaty|normali[sz]ation|delimitation)\b
Inter-Korean talks & \b(?:North Korea|Pyongyang|DPRK) & \b(?:South Korea|Seoul) & \b(?:talks|summit|dialogue)\b
Inter-Korean talks & \b(?:[Tt]wo Koreas|(?:South|North) and (?:North|South) Korean?s?)\b & \b(?:talks|summit|dialogue|met|meeting|reunions?)\b
Doha talks & \b(?:Afghan|Taliban) & \bDoha\b
Pakistan-Afghanistan talks & \b(?:Pakistan|Pakistani|Islamabad)\b & \b(?:Afghanistan|Afghan|Kabul)\b & \b(?:talks|negotiations|negotiators|round|delegations)\b & \b(?:Istanbul|Doha|Türkiye|Turkey|Turkish|Qatar|Qatari|[Cc]ease-?fire|border)\b
Guyana-Venezuela dialogue (Argyle Declaration) & \b(?:Guyana|Guyanese|Georgetown)\b & \b(?:Venezuela|Venezuelan|Maduro|Caracas)\b & \b(?:Argyle|Essequibo|border controversy|territorial controversy)\b
Venezuela government-opposition negotiations & \b(?:Venezuela|Maduro) & \bopposition\b & \b(?:talks|negotiations|dialogue|met|Norway|Norwegian)\b
Türkiye-Syria normalization & \b(?:Turkey|Türkiye|Turkish|Ankara) & \b(?:Syria|Damascus) & \b(?:normali[sz]ation|quadrilateral|quadripartite|rapprochement|reconciliation)\b
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
GERD talks & \b(?:GERD|Renaissance Dam|Nile dam)\b & \b(?:Egypt|Egyptian|Ethiopia|Ethiopian|Sudan|Sudanese)\b
GERD talks & \b(?:Egypt|Egyptian|Cairo)\b & \b(?:Ethiopia|Ethiopian|Addis Ababa)\b & \b(?:[Dd]am|Blue Nile)\b
5+2 format (Transnistria) & \b(?:Transnistria|Transdniestria|Pridnestrovie)\w*
China-Japan consultations & \b(?:China|Chinese|Beijing)\b & \b(?:Japan|Japanese|Tokyo)\b & \b(?:talks|met|meeting|consultations|dialogue)\b
Tumaini Initiative & \bTumaini\b
Nairobi process & \bNairobi\b & \b(?:Congo|DRC|Congolese)\b & \b(?:EAC|East African? Community|Kenyatta|inter-Congolese|Inter-Congolese)\b
Luanda process & \b(?:Luanda|Angola|Angolan|Lourenço|Lourenco)\b & \bRwand & \b(?:Congo|DRC|Congolese|Kinshasa)\b
DRC-M23 peace talks & \bM23\b & \b(?:Congo|DRC|Congolese|Kinshasa)\b & \b(?:Doha|Qatar|Qatari)\b
DRC-Rwanda Washington process & \b(?:Congo|DRC|Congolese|Kinshasa)\b & \bRwand & \b(?:Washington|State Department|Rubio|Boulos|U\.S\.-brokered|United States-brokered)
Ankara process & \bAnkara\b & \bSomali & \bEthiopia
India-China Corps Commander talks & \b[Cc]orps [Cc]ommander & \b(?:India|Indian)\b & \b(?:China|Chinese)\b
China-Bhutan boundary talks & \bBhutan & \b(?:China|Chinese)\b & \b(?:[Bb]oundary|[Bb]order)\b
ASEAN five-point consensus on Myanmar & \bASEAN\b & \bMyanmar\b
Israel-Lebanon maritime border talks & \b(?:Lebanon|Lebanese)\b & \b(?:Israel|Israeli)\b & \b(?:maritime|sea)\b & \b(?:border|boundary)\b
Israel-Lebanon ceasefire mechanism & \b(?:Lebanon|Lebanese)\b & \b(?:Israel|Israeli)\b & \b[Mm]echanism\b
Western Sahara political process & \bWestern Sahara\b & \b(?:Polisario|Morocco|Moroccan|[Dd]e Mistura|UN envoy|personal envoy)\b
Nicaragua government-opposition negotiations & \bNicaragua & \b(?:opposition|Civic Alliance)\b & \b(?:talks|negotiations|dialogue)\b
Colombia government-EMC talks & \b(?:EMC|Central General Staff)\b & \b(?:Colombia|Colombian|Petro)\b
US-mediated Ukraine ceasefire talks & \bUkrain & \b(?:Trump|Witkoff)\b & \b(?:Putin|Kremlin)\b & \b(?:summit|[Cc]ease-?fire)\b & \b(?:end(?:ing)? the war|[Cc]ease-?fire)\b
US-mediated Ukraine ceasefire talks & \b(?:Riyadh|Jeddah|Saudi Arabia)\b & \bUkrain & \b(?:US|U\.S\.|United States|Washington|Trump)\b & \b(?:[Cc]ease-?fire|truce)\b
Russia-Ukraine prisoner exchanges & \b(?:Russia|Russian|Moscow)\b & \b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b & \b(?:prisoners?|captives?|POWs?)\b & \b(?:exchange|swap)
Russia-Ukraine talks & \b(?:Russia|Russian|Moscow)\b & \b(?:Ukraine|Ukrainian|Kyiv|Kiev)\b & \b(?:peace talks|negotiations|negotiators|delegations)\b
South Sudan peace process (R-ARCSS) & \bSouth Sudan & \b(?:R-ARCSS|ARCSS|[Rr]evitali[sz]ed (?:[Pp]eace )?[Aa]greement|[Pp]eace (?:agreement|deal|process)|RJMEC)\b
IGAD-led Sudan peace process & \bIGAD\b & (?<!South )\bSudan\b & \b(?:RSF|Rapid Support Forces|Burhan|Dagalo|Hemedti|SAF)\b & \b(?:[Qq]uartet|[Rr]oadmap|mediation|[Ii]nitiative|peace)\b
Moscow talks on Libya & \bLibya & \bMoscow\b & \b(?:Haftar|Hifter|Sarraj|Serraj)\b & \b(?:[Cc]ease-?fire|truce)\b
Berlin process & \bLibya & \b(?:5\+5|[Jj]oint [Mm]ilitary [Cc]ommi(?:ssion|ttee))
Bouznika talks (Libya) & \bLibya & \bBouznika\b
Geneva International Discussions & \b(?:Abkhaz|South Ossetia|Tskhinval) & \bGeneva\b
Thailand-Cambodia border talks & \b(?:Thailand|Thai)\b & \b(?:Cambodia|Cambodian)\b & \b(?:[Bb]order|[Cc]ease-?fire|[Bb]oundary)\b & \b(?:talks|negotiations|[Cc]ommittee|[Cc]ommission|met|meeting)\b
CARICOM-facilitated inter-Haitian dialogue & \bHaiti & \bCARICOM\b & \b(?:dialogue|talks|stakeholders|[Tt]ransitional|transition)\b
Japan-Russia peace treaty talks & \b(?:Japan|Japanese|Tokyo)\b & \b(?:Russia|Russian|Moscow)\b & \bpeace treaty\b
Mali peace process (Algiers Agreement) & \bMali(?:an)?\b & \bAlgiers\b & \b(?:accord|agreement|peace)\b
Mozambique peace process & \bMozambi & \bRenamo\b & \b(?:peace|accord|agreement|talks|disarmament)\b
India-Pakistan DGMO talks & \bDGMOs?\b & \b(?:India|Indian)\b & \b(?:Pakistan|Pakistani)\b
Indus Waters Treaty & \bIndus\b & \b(?:India|Indian)\b & \b(?:Pakistan|Pakistani)\b & \b(?:[Tt]reaty|[Ww]aters|[Cc]ommission)\b
Cuba-US normalization talks & \b(?:Cuba|Cuban|Havana)\b & \b(?:U\.S\.|US\b|United States|Washington) & \b(?:diplomatic relations|diplomatic ties|embass(?:y|ies)|normali[sz]ation|rapprochement)
Ethiopia-Eritrea peace process & \bEritrea & \bEthiopia & \b(?:peace|Algiers|rapprochement|border)\b
Prespa Agreement & \bPrespa & \b(?:Macedonia|Greece|Greek|Skopje)
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
geneva & Geneva process & Russia-US strategic stability dialogue & \b(?:[Ss]trategic stability|[Ss]ecurity guarantees|Ryabkov) & \bSyria
quadrilateral & Türkiye-Syria normalization & Quadrilateral Security Dialogue & \b(?:Australia|Japan|India)\b & \b(?:Syria|Damascus)
quad & Quadrilateral Security Dialogue & Quad for Sudan & \bSudan & \b(?:India|Japan|Australia)\b
washington & DRC-Rwanda Washington process & Belgrade-Pristina dialogue & \b(?:Kosovo|Pristina)\b & \b(?:Congo|Rwanda|DRC|Kinshasa|Kigali)\b
geneva & Geneva process & Iran nuclear talks & \b(?:Iran|Iranian|Tehran|Araghchi)\b & \bSyria
istanbul & Russia-Ukraine talks & Iran nuclear talks & \b(?:Iran|Iranian|Tehran|Araghchi)\b & \b(?:Ukrain|Kyiv|Kiev)
doha & Doha talks & UN Doha process on Afghanistan & \b(?:special (?:envoys|representatives)|UN-(?:convened|led|sponsored|hosted)|hosted by the (?:UN|United Nations)|UN officials|Otunbayeva|DiCarlo|UNAMA)\b & \b(?:intra-Afghan|Khalilzad|US-Taliban|U\.S\.-Taliban)\b
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
Secretary-General;Secretary General;Deputy Secretary-General;Deputy Secretary General;High Representative;Director General;Director-General;\
General;Commander;Speaker;Chairman;Chairwoman;Chair;co-chair;Co-Chair;Mediator;mediator;Minister;Senator;\
National Security Adviser;National Security Advisor;Head of State;leader;Leader;Sheikh;counterpart;Counterpart;coordinator;Coordinator;Special Coordinator;special coordinator;Unification Minister;unification minister;Vice Unification Minister;press secretary;Press Secretary;\
chief nuclear negotiator;nuclear negotiator;negotiator;Negotiator;envoy;special envoy;delegation head;head of delegation;foreign policy chief;\
intelligence chief;military chief;army chief;junta chief;spy chief\
"""

#: Capitals renamed for a while: (first day, last day, name); "the Kazakh capital" takes the name of the story's day.
CAPITAL_NAMES = {"Astana": [("2019-03-20", "2022-09-16", "Nur-Sultan")]}

#: Titles that only one state's government has: an official named with one and no state is that state's.
TITLE_STATES = {"unification minister": "KOR", "minister of unification": "KOR", "vice unification minister": "KOR"}

#: Ministry words: "<adjective> Foreign Ministry" or "Ministry of <X> of <state>".
MINISTRIES = """\
Foreign Ministry|Ministry of Foreign Affairs|MFA;Foreign Office;State Department;Department of State
Defence Ministry|Ministry of Defence|Defense Ministry;Ministry of Defense;Pentagon
Interior Ministry|Ministry of Interior|Ministry of Internal Affairs
"""


#: Processes whose co-chairs the guideline names as the body itself: "the co-chairs" -> OSCE Minsk Group (round 162)
CO_CHAIRED_BODIES = frozenset({"OSCE Minsk Group"})
