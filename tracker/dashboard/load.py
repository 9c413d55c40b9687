"""`tracker bench --users N`: N simulated analysts sending the page's real callback requests to a running server.

Each analyst opens the page (`_dash-dependencies` names the callbacks, as the browser learns
them), then for the duration changes filters, searches text, pages through the events table,
and one request in 20 is an edit: the review page's Save of a candidate's summary (the form
read first, as the page does). Every analyst edits its own candidates, so the last summary each
wrote must be what the store holds at the end.
"""
from __future__ import annotations

import json
import random
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from tracker.dashboard import ids
from tracker.dashboard.bench import FILTER_MIX, SEARCH_WORDS, percentile

#: Share of the requests that are edits.
EDIT_SHARE = 1 / 20
TIMEOUT = 30.0


def _parts(output: str) -> list[dict]:
    """The outputs of a callback as the renderer sends them ("..a.b...c.d.." or "a.b")."""
    names = output[2:-2].split("...") if output.startswith("..") else [output]
    return [{"id": name.rsplit(".", 1)[0], "property": name.rsplit(".", 1)[1]} for name in names]


class Callbacks:
    """The callbacks of a running dashboard, and the bodies the page posts to run them."""

    def __init__(self, base: str):
        self.base = base.rstrip("/") + "/"
        with urllib.request.urlopen(self.base + "_dash-dependencies", timeout=TIMEOUT) as answer:
            self.specs = json.loads(answer.read())

    def spec(self, output: str) -> dict:
        """The callback one of whose outputs is `output` ("id.property")."""
        for spec in self.specs:
            if any(f"{p['id']}.{p['property'].split('@')[0]}" == output for p in _parts(spec["output"])):
                return spec
        raise KeyError(f"no callback outputs {output}")

    def body(self, output: str, values: dict[str, object], changed: list[str]) -> bytes:
        """The request that runs the callback of `output` with these input and state values ("id.property": value;
        pattern-matching inputs get no components)."""
        spec = self.spec(output)

        def items(entries: list[dict]) -> list:
            out = []
            for entry in entries:
                if entry["id"].startswith("{"):
                    out.append([])
                else:
                    key = f"{entry['id']}.{entry['property']}"
                    out.append({"id": entry["id"], "property": entry["property"], "value": values.get(key)})
            return out

        return json.dumps({"output": spec["output"], "outputs": _parts(spec["output"]) if spec["output"].startswith("..")
                           else _parts(spec["output"])[0], "inputs": items(spec["inputs"]),
                           "state": items(spec["state"]), "changedPropIds": changed}).encode()

    def post(self, body: bytes, read: bool = True) -> dict:
        """POST a callback request; its JSON answer (an HTTPError on a refusal). `read=False`: the answer is only
        checked to be a callback's answer, not parsed (the analysts share the server's cores, so the load they
        add should be the requests, not the reading of 100-500 KB figures)."""
        request = urllib.request.Request(self.base + "_dash-update-component", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            raw = answer.read()
        if read:
            return json.loads(raw or b"{}")
        if raw and not raw.startswith(b'{"multi":') and not raw.startswith(b'{"response"'):
            raise ValueError(f"not a callback's answer: {raw[:80]!r}")
        return {}


def form_values(answer: dict) -> dict[str, object]:
    """What the page sends back with a Save from the answer of the form's fill callback: the fields, the actors and
    links boxes, and the form's base (the version and values it showed)."""
    filled = answer.get("response", {})
    values = {f"{control}.value": filled.get(control, {}).get("value") for control in ids.REVIEW_FIELDS.values()}
    for control, prop in ((ids.REVIEW_ACTORS, "value"), (ids.REVIEW_LINKS, "value"), (ids.REVIEW_BASE, "data")):
        values[f"{control}.{prop}"] = filled.get(control, {}).get(prop)
    return values


@dataclass
class Analyst:
    """One simulated analyst: a thread sending requests until `stop`, keeping latencies, errors and its edits."""

    calls: Callbacks
    candidates: list[str]
    seed: int
    think: float = 0.0  # seconds between two actions (a person reads the answer); 0: back to back
    latencies: list[float] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # what each latency was of
    errors: list[str] = field(default_factory=list)
    edits: dict[str, str] = field(default_factory=dict)  # event id -> the last summary acknowledged

    def _timed(self, body: bytes, kind: str = "view", read: bool = True) -> dict | None:
        started = time.perf_counter()
        try:
            answer = self.calls.post(body, read)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")
            return None
        self.latencies.append(time.perf_counter() - started)
        self.kinds.append(kind)
        return answer

    def view(self, rng: random.Random) -> None:
        query = rng.choice(FILTER_MIX)
        if rng.random() < 0.3:
            query = f"q={rng.choice(SEARCH_WORDS).replace(' ', '+')}" + (f"&{query}" if query else "")
        search = {f"{ids.URL}.search": "?" + query, f"{ids.DATA_VERSION}.data": 0}
        which = rng.random()
        if which < 0.45:
            self._timed(self.calls.body(f"{ids.TIMELINE}.figure", search, [f"{ids.URL}.search"]), "timeline", read=False)
        elif which < 0.75:
            self._timed(self.calls.body(f"{ids.COUNT}.children", search, [f"{ids.URL}.search"]), "summary", read=False)
        else:
            page = rng.randrange(0, 20)
            values = {**search, f"{ids.TABLE_PAGE}.data": page, f"{ids.TABLE_SIZE}.value": 50}
            self._timed(self.calls.body(f"{ids.TABLE}.rowData", values, [f"{ids.TABLE_PAGE}.data"]), "table", read=False)

    def edit(self, rng: random.Random, number: int) -> None:
        """Read a candidate's form, change its summary, Save (as the review page does)."""
        if not self.candidates:
            return
        event_id = rng.choice(self.candidates)
        selected = {f"{ids.REVIEW_SELECTED}.data": event_id, f"{ids.DATA_VERSION}.data": 0}
        answer = self._timed(self.calls.body(f"{ids.REVIEW_FORM}.hidden", selected, [f"{ids.REVIEW_SELECTED}.data"]), "form")
        if answer is None:
            return
        summary = f"bench edit {self.seed}-{number} {time.time():.3f}"
        values = {**selected, **form_values(answer), f"{ids.REVIEW_SAVE}.n_clicks": 1}
        values[f"{ids.REVIEW_FIELDS['summary']}.value"] = summary
        saved = self._timed(self.calls.body(f"{ids.REVIEW_MESSAGE}.children", values, [f"{ids.REVIEW_SAVE}.n_clicks"]), "edit")
        if saved is None:
            return
        message = json.dumps(saved.get("response", {}).get(ids.REVIEW_MESSAGE, {}))
        if "Saved" not in message and "saved" not in message:
            self.errors.append(f"edit of {event_id} not saved: {message[:200]}")
            return
        self.edits[event_id] = summary

    def run(self, stop: threading.Event) -> None:
        rng = random.Random(self.seed)
        number = 0
        while not stop.is_set():
            number += 1
            if rng.random() < EDIT_SHARE:
                self.edit(rng, number)
            else:
                self.view(rng)
            if self.think:
                stop.wait(rng.uniform(0.5, 1.5) * self.think)


def run_load(base: str, users: int, seconds: float, candidates: list[str], seed: int = 7,
             think: float = 0.0) -> tuple[dict, dict[str, str]]:
    """Run `users` analysts against the server at `base` for `seconds` (each waiting about `think` seconds between
    actions); the figures and every acknowledged edit."""
    calls = Callbacks(base)
    analysts = [Analyst(calls, candidates[i::users], seed * 1000 + i, think) for i in range(users)]
    stop = threading.Event()
    threads = [threading.Thread(target=a.run, args=(stop,), daemon=True) for a in analysts]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(TIMEOUT + 5)
    elapsed = time.perf_counter() - started
    latencies = [x for a in analysts for x in a.latencies]
    kinds = [k for a in analysts for k in a.kinds]
    by_kind = {kind: percentile([x for x, k in zip(latencies, kinds) if k == kind], 0.95) * 1000 for kind in set(kinds)}
    errors = [e for a in analysts for e in a.errors]
    edits = {k: v for a in analysts for k, v in a.edits.items()}
    figures = {"users": users, "think_s": think, "seconds": elapsed, "requests": len(latencies) + len(errors), "errors": len(errors),
               "rps": (len(latencies) + len(errors)) / elapsed, "edits": len(edits),
               **{f"p{int(q * 100)}_ms": percentile(latencies, q) * 1000 for q in (0.5, 0.95, 0.99)},
               "p95_ms_by_kind": by_kind, "first_errors": errors[:5]}
    return figures, edits
