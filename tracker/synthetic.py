"""Seeded synthetic chronologies for benchmarks: hundreds of actors, many venues and processes.

`synthetic_tables(n)` gives the same Tables for the same `n` and `seed`: states with
their foreign ministries and officials, organisations with envoys, renamed venues,
numbered multi-day rounds, month- and year-precision events, long titles, sources
with quotes, and links between proposals and the statements that answer them.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.frames import coerce
from tracker.models import Tables

STATES = (
    ("Kazakhstan", "KAZ", "Astana"), ("Russia", "RUS", "Moscow"), ("Iran", "IRN", "Tehran"), ("Türkiye", "TUR", "Ankara"),
    ("Syria", "SYR", "Damascus"), ("Qatar", "QAT", "Doha"), ("Jordan", "JOR", "Amman"), ("Iraq", "IRQ", "Baghdad"),
    ("Lebanon", "LBN", "Beirut"), ("Egypt", "EGY", "Cairo"), ("Saudi Arabia", "SAU", "Riyadh"), ("Switzerland", "CHE", "Bern"),
    ("Austria", "AUT", "Vienna"), ("Germany", "DEU", "Berlin"), ("France", "FRA", "Paris"), ("Italy", "ITA", "Rome"),
    ("Spain", "ESP", "Madrid"), ("Norway", "NOR", "Oslo"), ("Sweden", "SWE", "Stockholm"), ("Finland", "FIN", "Helsinki"),
    ("Poland", "POL", "Warsaw"), ("Ukraine", "UKR", "Kyiv"), ("Belarus", "BLR", "Minsk"), ("Georgia", "GEO", "Tbilisi"),
    ("Armenia", "ARM", "Yerevan"), ("Azerbaijan", "AZE", "Baku"), ("Uzbekistan", "UZB", "Tashkent"),
    ("Kyrgyzstan", "KGZ", "Bishkek"), ("Tajikistan", "TJK", "Dushanbe"), ("Turkmenistan", "TKM", "Ashgabat"),
    ("China", "CHN", "Beijing"), ("India", "IND", "New Delhi"), ("Pakistan", "PAK", "Islamabad"),
    ("Afghanistan", "AFG", "Kabul"), ("Japan", "JPN", "Tokyo"), ("Republic of Korea", "KOR", "Seoul"),
    ("Indonesia", "IDN", "Jakarta"), ("Malaysia", "MYS", "Kuala Lumpur"), ("Viet Nam", "VNM", "Hanoi"),
    ("United States", "USA", "Washington"), ("Canada", "CAN", "Ottawa"), ("Mexico", "MEX", "Mexico City"),
    ("Brazil", "BRA", "Brasília"), ("Colombia", "COL", "Bogotá"), ("Venezuela", "VEN", "Caracas"), ("Cuba", "CUB", "Havana"),
    ("Ethiopia", "ETH", "Addis Ababa"), ("Kenya", "KEN", "Nairobi"), ("Sudan", "SDN", "Khartoum"),
    ("South Sudan", "SSD", "Juba"), ("Nigeria", "NGA", "Abuja"), ("Côte d'Ivoire", "CIV", "Yamoussoukro"),
    ("Senegal", "SEN", "Dakar"), ("Mali", "MLI", "Bamako"), ("Libya", "LBY", "Tripoli"), ("Algeria", "DZA", "Algiers"),
    ("Morocco", "MAR", "Rabat"), ("Tunisia", "TUN", "Tunis"), ("Yemen", "YEM", "Sanaa"), ("Oman", "OMN", "Muscat"),
    ("United Arab Emirates", "ARE", "Abu Dhabi"), ("Israel", "ISR", "Jerusalem"), ("Serbia", "SRB", "Belgrade"),
    ("Moldova", "MDA", "Chișinău"), ("Cyprus", "CYP", "Nicosia"),
)
ORGANISATIONS = (
    ("United Nations", "un"), ("OSCE", "osce"), ("European Union", "eu"), ("African Union", "au"), ("ASEAN", "asean"),
    ("League of Arab States", "las"), ("IGAD", "igad"), ("ECOWAS", "ecowas"), ("Shanghai Cooperation Organisation", "sco"),
    ("Collective Security Treaty Organization", "csto"), ("Organisation of Islamic Cooperation", "oic"),
    ("International Committee of the Red Cross", "icrc"), ("NATO", "nato"), ("Council of Europe", "coe"),
)
EXTRA_VENUES = (("Geneva", "CHE"), ("Sochi", "RUS"), ("Montreux", "CHE"), ("Antalya", "TUR"), ("Istanbul", "TUR"),
                ("Dubai", "ARE"), ("New York", "USA"), ("Brussels", "BEL"), ("Strasbourg", "FRA"), ("Lausanne", "CHE"),
                ("Sharm el-Sheikh", "EGY"), ("Jeddah", "SAU"), ("Almaty", "KAZ"), ("Samarkand", "UZB"), ("Davos", "CHE"))
#: Venues with two names over time: (venue id, old name, new name, day of the renaming).
RENAMED = (("astana", "Astana", "Nur-Sultan", "2019-03-20"), ("kyiv", "Kiev", "Kyiv", "2019-06-01"),
           ("chennai", "Madras", "Chennai", "1996-07-17"), ("yangon", "Rangoon", "Yangon", "2006-03-27"))
FIRST = ("Alexander", "Aibek", "Amina", "Carlos", "Daniel", "Elena", "Fatima", "Hakan", "Ivan", "Jean", "Kanat",
         "Leila", "Maria", "Nikolai", "Olga", "Pedro", "Rashid", "Sergey", "Tomasz", "Yusuf", "Zhanna", "Chloé", "Søren")
LAST = ("Abdullayev", "Berg", "Castillo", "Demir", "Eriksen", "Fernández", "García", "Haddad", "Ivanov", "Jansen",
        "Kowalski", "Lavrov", "Müller", "Nazarov", "Okafor", "Petrov", "Rahimi", "Santos", "Tumysh", "Umarov", "Zhou")
TOPICS = ("a ceasefire along the line of contact", "humanitarian access to besieged areas", "the exchange of detainees",
          "the return of refugees", "constitutional reform", "de-escalation zones", "a road map for elections",
          "the withdrawal of foreign forces", "demining and reconstruction", "sanctions relief", "border delimitation",
          "water sharing on the transboundary rivers", "the protection of civilians", "confidence-building measures",
          "a monitoring mechanism", "transit and energy corridors", "the status of the disputed region")
VERBS = {"talk_round": "hold a new round of talks on", "meeting": "meet to discuss", "summit": "hold a summit on",
         "visit": "exchange official visits to discuss", "call": "speak by telephone about", "proposal": "propose talks on",
         "statement": "issue a joint statement on", "agreement": "sign a memorandum on", "announcement": "announce the next meeting on",
         "decision": "adopt a decision on", "other": "report on"}
TYPE_SHARES = {"statement": 0.26, "meeting": 0.17, "call": 0.13, "talk_round": 0.1, "visit": 0.08, "announcement": 0.07,
               "proposal": 0.05, "agreement": 0.05, "decision": 0.04, "summit": 0.03, "other": 0.02}
PUBLISHERS = (("Reuters", "reuters.com"), ("TASS", "tass.com"), ("Kazinform", "inform.kz"), ("Anadolu Agency", "aa.com.tr"),
              ("IRNA", "irna.ir"), ("Al Jazeera", "aljazeera.com"), ("AFP", "afp.com"), ("Xinhua", "xinhuanet.com"),
              ("UN News", "news.un.org"), ("Interfax", "interfax.com"), ("The National", "thenationalnews.com"))


def _reference(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Actors (states, ministries, officials, organisations, envoys), processes and venues."""
    actors: list[dict] = []
    for name, iso, _ in STATES:
        code = iso.lower()
        actors.append({"actor_id": code, "name": name, "kind": "state", "country": iso, "aliases": f"Republic of {name}"})
        actors.append({"actor_id": f"{code}-mfa", "name": f"Ministry of Foreign Affairs of {name}", "kind": "ministry",
                       "country": iso, "aliases": f"{name} Foreign Ministry; MFA of {name}", "parent_id": code})
        for k in range(3):
            person = f"{FIRST[rng.integers(len(FIRST))]} {LAST[rng.integers(len(LAST))]}"
            actors.append({"actor_id": f"{code}-official-{k + 1}", "name": f"{person} ({iso})", "kind": "official",
                           "country": iso, "parent_id": f"{code}-mfa" if k else code})
    for name, code in ORGANISATIONS:
        actors.append({"actor_id": code, "name": name, "kind": "organisation"})
        actors.append({"actor_id": f"{code}-envoy", "name": f"Special Envoy of the {name}", "kind": "official", "parent_id": code})
    processes = []
    for k in range(48):
        a, b = STATES[(k * 7) % len(STATES)], STATES[(k * 11 + 3) % len(STATES)]
        kind = ("format", "process", "talks", "peace process")[k % 4]
        name = f"{a[2]} {kind}" if k < len(STATES) // 2 else f"{a[0]}–{b[0]} talks"
        if any(p["name"] == name for p in processes):
            name = f"{name} ({k})"
        processes.append({"process_id": f"p{k:02d}", "name": name, "aliases": f"{name} on {TOPICS[k % len(TOPICS)]}",
                          "subject": TOPICS[k % len(TOPICS)], "parties": f"{a[1].lower()}; {b[1].lower()}"})
    venues = [{"venue_id": f"v-{iso.lower()}", "name": city, "country": iso} for _, iso, city in STATES if city != "Astana"]
    venues += [{"venue_id": f"v-{city.lower().replace(' ', '-')}", "name": city, "country": iso} for city, iso in EXTRA_VENUES]
    for venue_id, old, new, day in RENAMED:
        country = {"astana": "KAZ", "kyiv": "UKR", "chennai": "IND", "yangon": "MMR"}[venue_id]
        venues.append({"venue_id": venue_id, "name": old, "country": country, "valid_to": pd.Timestamp(day) - pd.Timedelta(days=1)})
        venues.append({"venue_id": venue_id, "name": new, "country": country, "valid_from": pd.Timestamp(day)})
    venues = [v for v in venues if not (v["venue_id"] == "v-ukr")]
    return pd.DataFrame(actors), pd.DataFrame(processes), pd.DataFrame(venues)


def _choice(rng: np.random.Generator, values: list, size: int, zipf: float = 0.0) -> np.ndarray:
    """Indices into `values`, uniform or Zipf-weighted (a few popular, a long tail)."""
    weights = 1.0 / np.arange(1, len(values) + 1) ** zipf
    return rng.choice(len(values), size=size, p=weights / weights.sum())


def synthetic_tables(n_events: int, seed: int = 7) -> Tables:
    """A realistic, seeded chronology of `n_events` events with everything hanging off them."""
    rng = np.random.default_rng(seed)
    actors, processes, venues = _reference(rng)
    n = int(n_events)
    types = np.array(list(TYPE_SHARES))
    type_of = types[rng.choice(len(types), size=n, p=np.array(list(TYPE_SHARES.values())) / sum(TYPE_SHARES.values()))]
    days = pd.Timestamp("2000-01-01").value // 86_400_000_000_000 + np.sort(
        (np.sqrt(rng.random(n)) * 9_800).astype(np.int64))  # more events in later years
    start = days.astype("datetime64[D]")
    precision = np.where(rng.random(n) < 0.06, "month", "day")
    precision[rng.random(n) < 0.015] = "year"
    month_start = start.astype("datetime64[M]").astype("datetime64[D]")
    year_start = start.astype("datetime64[Y]").astype("datetime64[D]")
    start = np.where(precision == "month", month_start, np.where(precision == "year", year_start, start))
    length = np.zeros(n, dtype=np.int64)
    length[type_of == "talk_round"] = rng.integers(1, 5, (type_of == "talk_round").sum())
    length[type_of == "summit"] = rng.integers(0, 3, (type_of == "summit").sum())
    length[type_of == "meeting"] = rng.integers(0, 2, (type_of == "meeting").sum())
    length[precision != "day"] = 0
    end = np.where(length > 0, start + length, np.datetime64("NaT"))
    in_process = rng.random(n) < 0.72
    process_index = _choice(rng, list(processes["name"]), n, zipf=0.9)
    process = np.where(in_process, processes["name"].to_numpy()[process_index], None)
    venue_names = venues["name"].to_numpy()
    venue = venue_names[_choice(rng, list(venue_names), n, zipf=0.7)]
    renamed = {old: (new, np.datetime64(day)) for _, old, new, day in RENAMED}
    for old, (new, day) in renamed.items():
        hit = (venue == old) | (venue == new)
        venue[hit] = np.where(start[hit] >= day, new, old)
    venue[rng.random(n) < 0.08] = None
    country_of = dict(zip(venues["name"], venues["country"]))
    states = np.array([s[0] for s in STATES])
    lead = _choice(rng, list(states), n, zipf=0.6)
    other = (lead + rng.integers(1, len(states), n)) % len(states)
    topic = rng.integers(0, len(TOPICS), n)
    ids = np.char.add("syn-", np.char.zfill(np.arange(1, n + 1).astype(str), 7))
    title = [f"{states[a]} and {states[b]} {VERBS[t]} {TOPICS[k]}" + (f" in {v}" if v else "")
             + (f" within the {p}" if p else "") for a, b, t, k, v, p in zip(lead, other, type_of, topic, venue, process)]
    status = np.where(rng.random(n) < 0.93, "held", "scheduled")
    status[rng.random(n) < 0.02] = "postponed"
    status[rng.random(n) < 0.01] = "cancelled"
    status[type_of == "announcement"] = "announced"
    summary = np.where(rng.random(n) < 0.6, [f"Officials of {states[a]} and {states[b]} discussed {TOPICS[k]} and agreed to "
                                             f"keep in contact; details were published by the foreign ministries."
                                             for a, b, k in zip(lead, other, topic)], None)
    review = np.where(rng.random(n) < 0.95, "confirmed", "candidate")
    review[rng.random(n) < 0.01] = "rejected"
    stamp = pd.Timestamp("2025-01-01")
    events = pd.DataFrame({
        "event_id": ids, "title": title, "event_type": type_of, "status": status, "start_date": start, "end_date": end,
        "date_precision": precision, "process": process, "round_number": pd.array([None] * n, dtype="Int64"),
        "venue": venue, "venue_country": [country_of.get(v) for v in venue], "summary": summary,
        "tags": np.where(rng.random(n) < 0.3, "ceasefire; humanitarian", None), "review_state": review,
        "created_at": stamp, "updated_at": stamp,
    })
    rounds = (events["event_type"] == "talk_round") & events["process"].notna()
    events.loc[rounds, "round_number"] = events[rounds].groupby("process", observed=True).cumcount().to_numpy() + 1
    return Tables(
        events=coerce("events", events), actors=coerce("actors", actors), processes=coerce("processes", processes),
        venues=coerce("venues", venues), **_children(rng, ids, lead, other, type_of, topic, start, states),
    )


def _children(rng: np.random.Generator, ids: np.ndarray, lead: np.ndarray, other: np.ndarray, type_of: np.ndarray,
              topic: np.ndarray, start: np.ndarray, states: np.ndarray) -> dict[str, pd.DataFrame]:
    """event_actors, sources, quotes and event_links for the synthetic events."""
    n = len(ids)
    codes = np.array([s[1].lower() for s in STATES])
    orgs = np.array([o[1] for o in ORGANISATIONS])
    suffix = np.array(["", "-mfa", "-official-1", "-official-2", "-official-3"])
    lead_actor = np.char.add(codes[lead], suffix[rng.integers(0, 5, n)])
    other_actor = codes[other]
    roles = np.array(["participant", "host", "initiator", "speaker", "guarantor"])
    pieces = [pd.DataFrame({"event_id": ids, "actor_id": lead_actor, "role": roles[rng.integers(0, 5, n)]}),
              pd.DataFrame({"event_id": ids, "actor_id": other_actor, "role": "participant"})]
    mediated = rng.random(n) < 0.35
    pieces.append(pd.DataFrame({"event_id": ids[mediated], "role": "mediator",
                                "actor_id": np.char.add(orgs[rng.integers(0, len(orgs), mediated.sum())],
                                                        np.where(rng.random(mediated.sum()) < 0.5, "", "-envoy"))}))
    event_actors = pd.concat(pieces, ignore_index=True).drop_duplicates(["event_id", "actor_id", "role"])
    n_sources = rng.integers(1, 3, n)
    source_event = np.repeat(np.arange(n), n_sources)
    number = pd.Series(source_event).groupby(source_event).cumcount().to_numpy() + 1
    publisher = rng.integers(0, len(PUBLISHERS), len(source_event))
    day_text = pd.DatetimeIndex(start[source_event]).strftime("%Y/%m/%d")
    sources = pd.DataFrame({
        "source_id": [f"{ids[e]}:s{k}" for e, k in zip(source_event, number)],
        "event_id": ids[source_event], "publisher": [PUBLISHERS[p][0] for p in publisher],
        "title": [f"{states[lead[e]]} and {states[other[e]]}: talks on {TOPICS[topic[e]]}" for e in source_event],
        "url": [f"https://{PUBLISHERS[p][1]}/{d}/{ids[e]}-{k}" for p, d, e, k in zip(publisher, day_text, source_event, number)],
        "published_at": start[source_event],
    })
    quoted = np.flatnonzero(rng.random(n) < 0.25)
    quotes = pd.DataFrame({
        "quote_id": [f"{ids[e]}:q1" for e in quoted], "event_id": ids[quoted], "source_id": [f"{ids[e]}:s1" for e in quoted],
        "speaker": [f"Ministry of Foreign Affairs of {states[lead[e]]}" for e in quoted],
        "text": [f"We stand ready to continue the dialogue on {TOPICS[topic[e]]} with our partners from {states[other[e]]}."
                 for e in quoted],
    })
    proposals = np.flatnonzero(type_of == "proposal")
    answers = np.flatnonzero(type_of == "statement")
    answers = answers[rng.random(len(answers)) < 0.2]
    earlier = np.searchsorted(proposals, answers) - 1
    keep = earlier >= 0
    event_links = pd.DataFrame({"from_event_id": ids[answers[keep]], "to_event_id": ids[proposals[earlier[keep]]],
                                "link_type": "responds_to"})
    return {"event_actors": coerce("event_actors", event_actors), "sources": coerce("sources", sources),
            "quotes": coerce("quotes", quotes), "event_links": coerce("event_links", event_links)}
