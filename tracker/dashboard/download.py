"""The CSV download: the events matching the URL's filter, streamed in chunks, byte for byte `tracker export`."""
from __future__ import annotations

from typing import Iterator

import numpy as np
from flask import Response, request, stream_with_context

from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData
from tracker.dashboard.state import parse_state
from tracker.dashboard.views import known_filter
from tracker.export import export_bytes
from tracker.filters import EventFilter

CHUNK = 20_000


def csv_chunks(data: DashboardData, f: EventFilter, chunk: int = CHUNK) -> Iterator[bytes]:
    """The CSV export of the events matching `f`, a chunk of events at a time (one header).

    Each chunk goes through `export_bytes("csv", ...)`, the command line's exporter, so
    the concatenation equals `tracker export --format csv` with the same filter.
    """
    positions = np.flatnonzero(data.mask(f))
    for start in range(0, max(len(positions), 1), chunk):
        subset = data.subset(data.ids.take(positions[start:start + chunk]))
        body = export_bytes("csv", subset, subset.events)
        yield body if start == 0 else body.split(b"\r\n", 1)[1]


def register_download(app, live: LiveData) -> None:
    """Serve `download/events.csv?<filter query>` next to the app (from the data current at the request)."""
    route = f"{app.config.routes_pathname_prefix}download/events.csv"

    def download() -> Response:
        data = live.data
        state, _ = parse_state(request.query_string.decode("utf-8", "replace"))
        f, _ = known_filter(data, state.filter)
        return Response(stream_with_context(csv_chunks(data, f)), mimetype="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"',
                                 "X-Content-Type-Options": "nosniff"})

    app.server.add_url_rule(route, "download_events_csv", download)
