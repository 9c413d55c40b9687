"""What kind of process each gazetteer process is, by the way its meetings are held: two parties alone, a closed
format of its parties, members seated at the table, a forum, a conference series, standing negotiations between
delegations. The rule modules read these lists as `gazetteer.X` (re-exported there); kept apart so that the gazetteer's
tables of names and cues stay one module of a readable size.
"""
from __future__ import annotations

#: Processes whose members are the two parties themselves: a round or summit of one that names nobody is theirs.
TWO_PARTY_PROCESSES = ("Inter-Korean talks", "Armenia-Azerbaijan peace process", "Israeli-Palestinian peace process",
                       "North Korea-US denuclearization talks", "Russia-Ukraine talks", "China-Japan consultations",
                       "Colombia government-ELN talks", "Colombia government-EMC talks", "Iran-Saudi Arabia talks",
                       "India-China Corps Commander talks", "India-China Special Representatives talks",
                       "China-Bhutan boundary talks", "DRC-M23 peace talks", "DRC-Rwanda Washington process",
                       "Thailand-Cambodia border talks", "Armenia-Azerbaijan border delimitation commission",
                       "Japan-South Korea talks", "Israel-Syria security talks", "Armenia-Türkiye normalization process",
                       "India-China WMCC talks", "Cuba-US normalization talks", "Ethiopia-Eritrea peace process",
                       "Pakistan-Afghanistan talks", "Guyana-Venezuela dialogue (Argyle Declaration)",
                       "Kyrgyzstan-Tajikistan border talks", "Georgia-Russia Abashidze-Karasin format",
                       "Lebanon-Syria border talks", "Brexit negotiations", "Sudan-South Sudan talks",
                       "Rwanda-Uganda normalization talks", "Cross-Strait talks", "Japan-North Korea talks",
                       "Rohingya repatriation talks", "US-Venezuela talks")

#: Standing tracks of a two-party process (round 230): a meeting of theirs with no actors has the two parties, but a
#: meeting of the two parties that names no process is the main process's, not the track's (`partyprocess.pair_process`)
TRACKS = ("Armenia-Azerbaijan border delimitation commission",)

#: Closed formats whose members are their parties themselves, not guarantors, co-chairs or mediators standing apart
#: (the Astana guarantors, the Jeddah or Gaza mediators): a session of one that names nobody is theirs, as a two-party
#: process's is (round 111)
PARTY_PROCESSES = ("Normandy format", "Luanda process", "Ankara process", "GERD talks", "AU-led Ethiopia peace process",
                   "Greece-Turkey dialogue", "Saudi-Houthi talks", "Belgrade-Pristina dialogue",
                   "Nicaragua government-opposition negotiations", "Weimar Triangle",
                   "US-Japan-South Korea trilateral", "AUKUS", "Four-party talks (Korea)",
                   "Quadrilateral Coordination Group (Afghanistan)", "Extended Troika (Afghanistan)",
                   # round 840: trilateral formats of their three states
                   "China-Afghanistan-Pakistan Foreign Ministers' Dialogue", "Azerbaijan-Iran-Russia trilateral format")

#: Formats and channels whose members are the parties at the table, by what each is (round 850): a session, summit or
#: meeting of one that names nobody has them, when the article names them all, as a party process's has. Unlike
#: PARTY_PROCESSES they are not taken as the process of any event of their states (two states keep other channels:
#: China and the US hold three), and no round of theirs is completed from part of them. Left out: formats whose
#: members are guarantors, co-chairs or mediators (Astana, Minsk Group, Cyprus, Jeddah, Gaza, Venezuela), the
#: meetings of an organisation, which is their actor (SCO, CSTO, BRICS), processes of one member, and bodies whose
#: members the table lists in part (the Contact Group's Donbas envoys, the grain deal's coordination centre).
SEATED_PROCESSES = ("Afghanistan-Pakistan Action Plan for Peace and Solidarity (APAPPS)",
                    "Azerbaijan-Georgia-Türkiye trilateral format", "China-Japan-South Korea trilateral summit",
                    "China-EU high-level strategic dialogue", "China-Philippines Bilateral Consultation Mechanism",
                    "China-Russia strategic security consultations", "China-US consultations",
                    "China-US economic and trade consultations", "China-US strategic dialogue",
                    # the four channels of the 2017 Comprehensive Dialogue, kin of the strategic dialogue
                    "China-US law enforcement and cybersecurity dialogue", "China-US diplomatic and security dialogue",
                    "China-US comprehensive economic dialogue", "China-US social and cultural issues dialogue",
                    "Consultative Meetings of Central Asian Heads of State", "Caspian Five meetings",
                    "India-Bangladesh water-sharing talks", "India-Pakistan DGMO talks", "Indus Waters Treaty",
                    "India-Pakistan composite dialogue", "Kartarpur corridor talks", "Iran-Afghanistan Helmand water talks",
                    "Iraq-US strategic dialogue", "Kuwait-US strategic dialogue", "Japan-Russia peace treaty talks",
                    "Kyrgyzstan-Uzbekistan border talks", "Russia-US strategic stability dialogue",
                    "Russia-US normalization talks", "US-Mexico High-Level Security Dialogue",
                    "US-South Korea Nuclear Consultative Group", "USMCA review (NAFTA renegotiation)",
                    "Quadrilateral Security Dialogue", "Quad for Sudan", "Lancang-Mekong Cooperation", "Six-party talks",
                    "5+2 format (Transnistria)",
                    "Türkiye-Syria normalization", "Israel-Lebanon ceasefire mechanism", "Israel-Syria peace talks",
                    "Israel-Lebanon maritime border talks", "Chad-Sudan reconciliation talks", "Kosovo status talks",
                    "Syrian government-SDF talks", "East Timor tripartite talks", "US-mediated Ukraine ceasefire talks")

#: Forums and conferences: a meeting "on the sidelines of" or "within the framework of" one is no part of it.
FORUMS = ("Antalya Diplomacy Forum", "Istanbul Mediation Conference", "UNFCCC Conference of the Parties",
          "Munich Security Conference", "NPT Review Conference", "Crimea Platform",
          "BRICS meetings")  # round 840: a meeting "on the sidelines of the BRICS summit" is no BRICS meeting

#: Meeting series of multilateral bodies and groupings (round 872): their ministers', advisers' and officials' gatherings are
#: numbered editions of a conference, meetings with their number, never sessions of negotiations between delegations (the
#: guideline's "numbered edition of a conference or forum"); their heads' gatherings are summits
CONFERENCE_SERIES = ("SCO meetings", "CSTO meetings", "EAEU meetings", "CIS meetings", "African Union meetings",
                     "Arctic Council meetings", "Caspian Five meetings", "3+3 format (South Caucasus)",
                     "Quadrilateral Security Dialogue", "NATO-Russia Council",
                     "Foreign ministers' meetings of Afghanistan's neighboring countries", "Ukraine peace summit",
                     # round 1136: the meeting series of forums, coalitions and contact groups of many states (the
                     # guideline's "a conference or a forum's series", the UN Doha meetings of special envoys), settled
                     # as meetings at the twenty-third stop, not negotiations between two sides' delegations
                     "UN Doha process on Afghanistan", "Berlin Process (Western Balkans)", "Ukraine Defense Contact Group",
                     "Heart of Asia-Istanbul Process", "Kabul Process", "C5+1", "Bucharest Nine",
                     "Coalition of the willing (Ukraine)", "Friends of Syria Group", "Arab Contact Group on Syria",
                     "Peace Implementation Council (Bosnia)",  # not the ISSG, named as present at the Geneva rounds (169)
                     "China-Central Asia mechanism", "Russia-Central Asia format")

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
                      "Belgrade-Pristina dialogue", "Pakistan-Afghanistan talks", "Russia-US normalization talks",
                      # rounds 721-729: negotiations of delegations from 1995 on
                      "Israel-Syria peace talks", "Kosovo status talks", "Sudan-SPLM/A peace talks (Naivasha)",
                      "Doha Darfur peace process", "Arusha peace process (Burundi)", "GPH-MILF peace process",
                      "Aceh peace talks (Helsinki)", "Sri Lanka peace process (Norway-facilitated)", "Kartarpur corridor talks",
                      "India-Pakistan composite dialogue", "Chad-Sudan reconciliation talks",
                      "Kyrgyzstan-Tajikistan border talks", "Georgia-Russia Abashidze-Karasin format", "Lebanon-Syria border talks",
                      "Brexit negotiations", "Syrian government-SDF talks", "Sudan-South Sudan talks",
                      "Uganda-LRA peace talks (Juba)", "Chad peace talks (Doha)", "Ethiopia-OLA peace talks",
                      "Zimbabwe power-sharing talks (GPA)", "Darfur Peace Agreement (Abuja)", "Liberia peace talks (Accra)",
                      "Cross-Strait talks", "Southern Thailand peace dialogue (BRN)", "Four-party talks (Korea)",
                      "Colombia government-Segunda Marquetalia talks", "Japan-North Korea talks",
                      "Plastics treaty negotiations", "Pandemic treaty negotiations", "Baghdad-Erbil talks",
                      "Sant'Egidio South Sudan talks (Rome)",
                      # round 1060: standing consultation mechanisms of delegations, whose meetings are its sessions
                      # ("the 24th meeting of the WMCC", "the Moscow format consultations", "the BCM meeting")
                      "India-China WMCC talks", "China-Philippines Bilateral Consultation Mechanism",
                      "Moscow format (Afghanistan)",
                      # round 1135: the standing formats the guideline names at the twenty-third stop (decision 2: the
                      # GID, border commissions and committees, joint commissions of an accord's parties, the China-US
                      # trade consultations and dialogue), and other standing negotiations of two sides' delegations.
                      # and the Normandy format's advisers' and ministers' talks (the synthetic 005 relabelled to agree)
                      "Geneva International Discussions", "DRC-Rwanda Washington process",
                      "Armenia-Azerbaijan border delimitation commission", "Thailand-Cambodia border talks",
                      "Kyrgyzstan-Uzbekistan border talks", "Incident Prevention and Response Mechanism (Georgia)",
                      "Guyana-Venezuela dialogue (Argyle Declaration)", "Bougainville peace process",
                      "Iran-Afghanistan Helmand water talks", "China-US economic and trade consultations",
                      "China-US law enforcement and cybersecurity dialogue", "Arab League tripartite meetings (Libya)",
                      "El Salvador government-FMLN talks", "Somalia-Somaliland dialogue", "Iran-Saudi Arabia talks",
                      "Murree talks (Afghanistan)", "Normandy format")
