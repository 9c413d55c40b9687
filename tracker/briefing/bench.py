"""How long a brief takes: build and render one per format from a seeded synthetic chronology."""
from __future__ import annotations

import datetime as dt
import time

from tracker.filters import EventFilter, apply_filter


def time_briefs(n_events: int = 1000, formats: tuple[str, ...] | None = None, seed: int = 7,
                chart: bool = True) -> dict[str, float]:
    """Seconds to build and render a brief of `n_events` synthetic events in each format (chart image included)."""
    from tracker.briefing import RENDERERS, render_brief
    from tracker.briefing.model import build_brief
    from tracker.synthetic import synthetic_tables

    tables = synthetic_tables(n_events, seed)
    every_event = EventFilter.build(states=["any"])
    events = apply_filter(tables, every_event)
    timings: dict[str, float] = {}
    for fmt in formats or tuple(RENDERERS):
        started = time.perf_counter()
        brief = build_brief(tables, events, every_event, since=dt.date(2024, 1, 1), title=f"Benchmark: {len(events)} events",
                            generated_at=dt.datetime(2025, 1, 1), data_label=f"synthetic chronology, seed {seed}")
        render_brief(fmt, brief, chart=chart)
        timings[fmt] = round(time.perf_counter() - started, 2)
    return timings
