"""How long a brief takes: seeded synthetic chronologies and a timer per format."""
from __future__ import annotations

import datetime as dt
import random
import time

import pandas as pd

from tracker.filters import EventFilter, apply_filter
from tracker.frames import coerce
from tracker.models import EVENT_TYPES, Tables

_ACTORS = (
    ("kazakhstan", "Kazakhstan", "state"), ("russia", "Russia", "state"), ("iran", "Iran", "state"),
    ("turkiye", "Türkiye", "state"), ("syria", "Syria", "state"), ("un", "United Nations", "organisation"),
    ("syria-mfa-ar", "وزارة الخارجية والمغتربين", "ministry"), ("lavrentyev", "Александр Лаврентьев", "official"),
    ("tumysh", "Kanat Tumysh", "official"), ("jordan", "Jordan", "state"), ("cote-divoire", "Côte d'Ivoire", "state"),
)
_VENUES = (("Astana", "KAZ"), ("Nur-Sultan", "KAZ"), ("Geneva", "CHE"), ("Sochi", "RUS"), ("Tehran", "IRN"), ("Ankara", "TUR"))
_PROCESSES = ("Astana format", "Geneva process")
_WORDS = ("talks", "ceasefire", "guarantors", "delegation", "humanitarian", "detainees", "constitutional", "committee",
          "de-escalation", "settlement", "envoy", "consultations", "agenda", "Idlib", "return", "refugees")
_ODD_TITLES = ('=HYPERLINK("http://example.org","x")', "<script>alert('x')</script> & \"quotes\", commas",
               "+1 round | pipes | and *stars* _under_ #hash", "Заявление МИД России по Сирии", "بيان وزارة الخارجية السورية")
_QUOTES = ("We propose that the 20th round be declared the last one in the Astana process.",
           "Мы считаем, что астанинский формат сохраняет свою актуальность и будет продолжен.",
           "إن سوريا ترحب بنتائج الجولة وتؤكد على سيادتها ووحدة أراضيها.",
           "The initial goals, such as de-escalation areas, ceasefire between the conflicting sides and prevention "
           "of a massive humanitarian crisis, have been achieved. " * 3)


def _sentence(rng: random.Random) -> str:
    words = rng.sample(_WORDS, rng.randint(4, 9))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def synthetic_tables(n_events: int = 1000, seed: int = 0) -> Tables:
    """A seeded chronology of `n_events` confirmed events with actors, sources and quotes in several scripts."""
    rng = random.Random(seed)
    events, links, sources, quotes = [], [], [], []
    first = dt.date(2017, 1, 1)
    for n in range(n_events):
        event_id = f"syn-{n:05d}"
        event_type = rng.choice(list(EVENT_TYPES))
        start = first + dt.timedelta(days=rng.randrange(8 * 365))
        end = start + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))) if event_type in ("talk_round", "meeting", "summit") else None
        venue, country = rng.choice(_VENUES)
        title = rng.choice(_ODD_TITLES) if n % 97 == 0 else f"{event_type.replace('_', ' ').capitalize()} on {' '.join(rng.sample(_WORDS, 3))}"
        stamp = dt.datetime.combine(start, dt.time(12)) + dt.timedelta(days=rng.randrange(30))
        events.append({
            "event_id": event_id, "title": title, "event_type": event_type, "status": "held",
            "start_date": start, "end_date": end, "date_precision": "day", "process": rng.choice(_PROCESSES),
            "round_number": n % 40 + 1 if event_type == "talk_round" else None, "venue": venue, "venue_country": country,
            "summary": " ".join(_sentence(rng) for _ in range(rng.randint(1, 4))), "review_state": "confirmed",
            "created_at": stamp, "updated_at": stamp + dt.timedelta(days=rng.choice((0, 0, 40))),
        })
        for actor_id, _, _ in rng.sample(_ACTORS, rng.randint(1, 4)):
            links.append({"event_id": event_id, "actor_id": actor_id, "role": rng.choice(("host", "guarantor", "participant", "speaker"))})
        for s in range(1, rng.randint(1, 3) + 1):
            shared = rng.random() < 0.2
            sources.append({"source_id": f"{event_id}:s{s}", "event_id": event_id, "publisher": rng.choice(("TASS", "Interfax", "Anadolu", "SANA", "Kazinform")),
                            "title": f"Report {n}-{s}", "published_at": start,
                            "url": f"https://news.example.org/{'shared' if shared else event_id}/{s}"})
        if rng.random() < 0.5:
            quotes.append({"quote_id": f"{event_id}:q1", "event_id": event_id, "source_id": f"{event_id}:s1",
                           "speaker": rng.choice([a[1] for a in _ACTORS]), "text": rng.choice(_QUOTES)})
    actors = [{"actor_id": a, "name": name, "kind": kind, "review_state": "confirmed"} for a, name, kind in _ACTORS]
    processes = [{"process_id": p.lower().replace(" ", "-"), "name": p} for p in _PROCESSES]
    return Tables(events=coerce("events", pd.DataFrame(events)), event_actors=coerce("event_actors", pd.DataFrame(links)),
                  sources=coerce("sources", pd.DataFrame(sources)), quotes=coerce("quotes", pd.DataFrame(quotes)),
                  actors=coerce("actors", pd.DataFrame(actors)), processes=coerce("processes", pd.DataFrame(processes)))


def time_briefs(n_events: int = 1000, formats: tuple[str, ...] | None = None, seed: int = 0) -> dict[str, float]:
    """Seconds to build and render a brief of `n_events` synthetic events in each format (chart image included)."""
    from tracker.briefing import RENDERERS, render_brief
    from tracker.briefing.model import build_brief

    tables = synthetic_tables(n_events, seed)
    event_filter = EventFilter()
    events = apply_filter(tables, event_filter)
    timings: dict[str, float] = {}
    for fmt in formats or tuple(RENDERERS):
        started = time.perf_counter()
        brief = build_brief(tables, events, event_filter, since=dt.date(2024, 1, 1), title=f"Benchmark: {n_events} events",
                            generated_at=dt.datetime(2025, 1, 1), data_label=f"synthetic seed {seed}")
        render_brief(fmt, brief)
        timings[fmt] = round(time.perf_counter() - started, 2)
    return timings
