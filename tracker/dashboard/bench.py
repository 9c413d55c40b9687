"""Measurements behind `tracker bench`: synthetic stores served by the real server, timed through the real callbacks."""
from __future__ import annotations

import datetime as dt
import json
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tracker.dashboard import ids

#: The filter mix: what analysts do, text search included (as URL query strings).
FILTER_MIX = (
    "", "type=talk_round", "actor=Kazakhstan", "actor=Russia&type=statement", "venue=Astana", "process=Astana+format",
    "from=2015&to=2016", "q=ceasefire", "q=Kazakhstan+refugees", "actor=T%C3%BCrkiye&q=detainees", "status=postponed",
    "process=Astana+format&round=3", "group=actor", "group=venue&from=2020-01&to=2020-03",
    "x0=2020-01-01&x1=2020-02-15", "actor=United+Nations&group=actor&from=2019", "state=any&type=proposal",
)
SEARCH_WORDS = ("Astana", "detainees", "Kazakhstan refugees", "ceasefire Russia", "Côte", "monitoring mechanism", "statement")


def timeline_request(query: str) -> bytes:
    """The body the page posts to run the timeline callback for a URL query (as the browser sends it)."""
    return json.dumps({
        "output": f"..{ids.TIMELINE}.figure...{ids.FIT}.disabled...{ids.TIMELINE}.style...{ids.TIMELINE}.config..",
        "outputs": [{"id": ids.TIMELINE, "property": "figure"}, {"id": ids.FIT, "property": "disabled"},
                    {"id": ids.TIMELINE, "property": "style"}, {"id": ids.TIMELINE, "property": "config"}],
        "inputs": [{"id": ids.URL, "property": "search", "value": "?" + query},
                   {"id": ids.DATA_VERSION, "property": "data", "value": 0},
                   {"id": ids.URL, "property": "pathname", "value": "/"}],
        "changedPropIds": [f"{ids.URL}.search"],
        "state": [{"id": ids.TIMELINE, "property": "config", "value": None}]}).encode()


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile (0-1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(share * len(ordered) + 0.5)) - 1))] if ordered else float("nan")


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def synthetic_store(size: int, seed: int, folder: Path) -> tuple[Path, float | None]:
    """The path of a seeded synthetic store of `size` events, made (and timed) if missing."""
    from tracker.store import open_store
    from tracker.synthetic import synthetic_tables

    path = folder / f"synthetic-{size}-seed{seed}.db"
    if path.exists():
        return path, None
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    store = open_store(partial)
    store.save(synthetic_tables(size, seed))
    store.close()
    partial.rename(path)
    return path, time.perf_counter() - started


@dataclass
class Server:
    """`tracker serve` in a subprocess on a free port."""

    db: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    load_seconds: float = float("nan")

    def __enter__(self) -> "Server":
        self.process = subprocess.Popen([sys.executable, "-m", "tracker", "serve", "--db", str(self.db), "--port",
                                         str(self.port), "--threads", "8"], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 900
        for line in self.process.stdout:
            if match := re.search(r"in ([\d.]+) s\.", line):
                self.load_seconds = float(match.group(1))
            if "Serving" in line or time.time() > deadline:
                break
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url, timeout=5).read()
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def peak_mb(self) -> float:
        """Peak resident memory of the server so far (VmHWM)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024

    def anonymous_mb(self) -> float:
        """The server's own resident memory now (RssAnon): its heap, without the snapshot file's mapped pages,
        which VmHWM counts once a download has read them (page cache, shared and given back under pressure)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(re.search(r"RssAnon:\s+(\d+)", status).group(1)) / 1024

    def timeline_answer(self, query: str) -> tuple[float, bytes]:
        """Seconds and raw answer of the timeline callback for a URL query, posted as the page posts it."""
        request = urllib.request.Request(self.url + "_dash-update-component", data=timeline_request(query),
                                         headers={"Content-Type": "application/json"})
        started = time.perf_counter()
        answer = urllib.request.urlopen(request, timeout=120).read()
        return time.perf_counter() - started, answer

    def figure(self, query: str) -> dict:
        """The timeline figure the server draws for a URL query."""
        return json.loads(self.timeline_answer(query)[1])["response"][ids.TIMELINE]["figure"]

    def timeline(self, query: str) -> tuple[float, int, int]:
        """Seconds, response bytes and figure JSON bytes of the timeline callback for a URL query."""
        elapsed, answer = self.timeline_answer(query)
        figure = json.loads(answer)["response"][ids.TIMELINE]["figure"]
        return elapsed, len(answer), len(json.dumps(figure, separators=(",", ":")))

    def download(self) -> tuple[float, int]:
        """Seconds and rows of the full CSV download."""
        started = time.perf_counter()
        with urllib.request.urlopen(self.url + "download/events.csv", timeout=600) as response:
            rows = sum(chunk.count(b"\r\n") for chunk in iter(lambda: response.read(1 << 20), b""))
        return time.perf_counter() - started, rows - 1


def filter_latency(server: Server, rounds: int = 2) -> dict[str, float]:
    """Median and p95 latency and figure bytes of the timeline callback over the filter mix."""
    times, sizes, everything, slowest = [], [], [], []
    for round_number in range(rounds):
        for query in FILTER_MIX:
            elapsed, _, figure_bytes = server.timeline(query)
            times.append(elapsed * 1000)
            slowest.append((elapsed * 1000, round_number + 1, query or "(no filter)"))
            sizes.append(figure_bytes)
            if not query:
                everything.append((elapsed * 1000, figure_bytes))
    return {"p50_ms": statistics.median(times), "p95_ms": percentile(times, 0.95), "max_ms": max(times),
            "fig_kb_p50": statistics.median(sizes) / 1024, "fig_kb_max": max(sizes) / 1024,
            "all_ms": statistics.median(t for t, _ in everything), "all_kb": everything[0][1] / 1024,
            "slowest": sorted(slowest, reverse=True)[:3]}


def search_latency(db: Path) -> dict[str, float]:
    """Load time of the dashboard's copy and cold text-search times, in this process."""
    from tracker.dashboard.data import DashboardData
    from tracker.store import open_store

    store = open_store(db)
    started = time.perf_counter()
    data = DashboardData.load(store)
    load = time.perf_counter() - started
    times = []
    for word in SEARCH_WORDS:
        started = time.perf_counter()
        data.search(word)
        times.append((time.perf_counter() - started) * 1000)
    store.close()
    return {"load_s": load, "search_p50_ms": statistics.median(times), "search_max_ms": max(times)}


def export_and_naive(db: Path) -> dict[str, float]:
    """`tracker export --format csv` of every event (rows/s) and the naive one-figure baseline."""
    from tracker.export import export_bytes
    from tracker.figures import naive_timeline_figure
    from tracker.filters import EventFilter, apply_filter
    from tracker.store import open_store

    store = open_store(db)
    started = time.perf_counter()
    tables = store.load()
    load = time.perf_counter() - started
    events = apply_filter(tables, EventFilter(states=("candidate", "confirmed", "rejected")))
    started = time.perf_counter()
    data = export_bytes("csv", tables, events)
    export = time.perf_counter() - started
    del data
    confirmed = apply_filter(tables, EventFilter())
    started = time.perf_counter()
    figure = naive_timeline_figure(confirmed)
    build = time.perf_counter() - started
    started = time.perf_counter()
    payload = figure.to_json()
    serialise = time.perf_counter() - started
    store.close()
    return {"full_load_s": load, "export_s": export, "export_rows_s": len(events) / export,
            "naive_build_s": build, "naive_serialise_s": serialise, "naive_mb": len(payload) / 2**20}


def _marks(figure: dict) -> int | None:
    """The individual marks of a timeline figure; None when it is a lanes x time heatmap."""
    if any(trace.get("type") == "heatmap" for trace in figure["data"]):
        return None
    return sum(len(trace.get("customdata") or []) for trace in figure["data"])


def busiest_marks_window(server: "Server") -> str:
    """The URL query of the widest window ending on the last event whose timeline still draws individual
    marks (up to MARK_BUDGET): the redraw's worst case. Empty when the whole extent draws marks."""
    figure = server.figure
    whole = figure("")
    if _marks(whole) is not None:
        return ""
    first, last = (dt.date(1970, 1, 1) + dt.timedelta(milliseconds=float(x)) if isinstance(x, (int, float))
                   else dt.date.fromisoformat(str(x)[:10]) for x in whole["layout"]["xaxis"]["range"])
    narrow, wide = 1, (last - first).days  # days: `narrow` draws marks, `wide` draws a heatmap
    while wide - narrow > max(7, wide // 50):
        middle = (narrow + wide) // 2
        query = f"x0={(last - dt.timedelta(days=middle)).isoformat()}&x1={last.isoformat()}"
        if _marks(figure(query)) is None:
            wide = middle
        else:
            narrow = middle
    return f"x0={(last - dt.timedelta(days=narrow)).isoformat()}&x1={last.isoformat()}"


def browser_redraw(url: str, repeats: int = 6) -> dict[str, float]:
    """Milliseconds from a filter change in headless Chromium until the timeline has redrawn, and the most
    marks a measured redraw drew (start the page on `busiest_marks_window` for the worst case)."""
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"]
    # each change draws a different timeline: a type on, another on, by venue, the types off again, back by process
    changes = ["#filter-type input[value=talk_round]", "#filter-type input[value=statement]", "#group-by input[value=venue]",
               "#filter-type input[value=talk_round]", "#filter-type input[value=statement]", "#group-by input[value=process]"]
    times, marks = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.wait_for_selector("#timeline .main-svg", timeout=300_000)
        page.wait_for_function("document.getElementById('count').textContent.includes('events')", timeout=300_000)
        page.wait_for_timeout(1000)
        page.evaluate("""() => { const gd = document.querySelector('#timeline .js-plotly-plot');
            window.__sig = () => document.querySelectorAll('#timeline .point').length + '|' +
                document.querySelectorAll('#timeline .hm').length + '|' + document.getElementById('count').textContent +
                [...document.querySelectorAll('#timeline .ytick text, #timeline .annotation')].map(e => e.textContent).join(',');
            gd.on('plotly_afterplot', () => { window.__drawn = performance.now(); }); }""")
        for selector in (changes * repeats)[:repeats]:
            page.evaluate("() => { window.__before = window.__sig(); window.__t0 = performance.now(); window.__drawn = 0; }")
            page.click(selector)
            page.wait_for_function("() => window.__drawn > window.__t0 && window.__sig() !== window.__before",
                                   timeout=120_000)
            times.append(page.evaluate("() => window.__drawn - window.__t0"))
            marks.append(page.evaluate("document.querySelectorAll('#timeline .point').length"))
            page.wait_for_timeout(300)
        browser.close()
    return {"redraw_p50_ms": statistics.median(times), "redraw_max_ms": max(times), "redraw_marks": max(marks),
            "redraw_all_ms": [round(t) for t in times]}


def measure(db: Path, skip_browser: bool = False) -> dict[str, float]:
    """Every figure of the bench table for one store."""
    results = search_latency(db)
    with Server(db) as server:
        results["serve_load_s"] = server.load_seconds
        results["rss_after_load_mb"] = server.peak_mb()
        results.update(filter_latency(server))
        results["peak_mb"] = server.peak_mb()
        if not skip_browser:
            window = busiest_marks_window(server)
            results.update(browser_redraw(server.url + (f"?{window}" if window else "")))
            results["redraw_window"] = window
        download_s, rows = server.download()
        results.update(download_s=download_s, download_rows_s=rows / download_s, peak_with_download_mb=server.peak_mb(),
                       anonymous_after_download_mb=server.anonymous_mb())
    results.update(export_and_naive(db))
    results["naive_ratio"] = (results["naive_build_s"] + results["naive_serialise_s"]) * 1000 / results["all_ms"]
    results["naive_bytes_ratio"] = results["naive_mb"] * 1024 / results["all_kb"]
    return results
