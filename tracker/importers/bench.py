"""The GDELT figure of `tracker bench`: `tracker import` of a generated GDELT file, timed, with its peak memory.

The import runs as its own process (the command a user types, into a fresh store made by
`tracker init`), so the seconds include starting Python and the peak memory is that
process's alone (its VmHWM, read as it exits).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from tracker.importers.gdelt_files import write_gdelt_file


def gdelt_file(rows: int, folder: Path, seed: int = 7, columns: int = 61) -> Path:
    """The generated GDELT file of `rows` rows in `folder` (written once, reused)."""
    path = Path(folder) / f"gdelt-{rows}-{columns}-seed{seed}.export.CSV"
    if not path.exists():
        write_gdelt_file(path.with_suffix(".part"), rows, columns, seed).rename(path)
    return path


#: Runs `python -m tracker ...` and, on exit, prints the process's own peak resident memory (VmHWM counts
#: from the exec, not the bench's pages a fork shares, which ru_maxrss of a child would include).
_WRAPPER = """import atexit, re, runpy, sys
def peak():
    status = open('/proc/self/status').read()
    sys.stderr.write('\\nPEAK_KB %s\\n' % re.search(r'VmHWM:\\s+(\\d+)', status).group(1))
atexit.register(peak)
sys.argv = ['tracker'] + sys.argv[1:]
runpy.run_module('tracker', run_name='__main__')
"""


def _run(args: list[str]) -> tuple[float, float, str]:
    """Seconds, peak resident MB and stderr+stdout tail of `python -m tracker *args` in a child process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                        os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, env=env)
    seconds = time.perf_counter() - started
    output = (child.stdout + child.stderr).decode("utf-8", "replace")
    if child.returncode != 0:
        raise RuntimeError(f"tracker {' '.join(args)} failed ({child.returncode}):\n{output[-2000:]}")
    peak = re.search(r"PEAK_KB (\d+)", output)
    return seconds, int(peak.group(1)) / 1024 if peak else float("nan"), child.stdout.decode("utf-8", "replace")[-500:]


def gdelt_import(rows: int, folder: Path, seed: int = 7) -> dict[str, float]:
    """Rows/s, seconds and peak MB of `tracker import` of `rows` generated GDELT 2.0 rows into a fresh store."""
    path = gdelt_file(rows, folder, seed)
    db = Path(folder) / f"gdelt-import-{rows}.db"
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    _run(["init", "--db", str(db)])
    seconds, peak_mb, output = _run(["import", "--db", str(db), str(path)])
    events = next((line.split()[1] for line in output.splitlines() if line.startswith("Imported")), "?")
    return {"gdelt_rows": rows, "gdelt_s": seconds, "gdelt_rows_s": rows / seconds, "gdelt_peak_mb": peak_mb,
            "gdelt_events": float(events) if events.isdigit() else float("nan")}


def describe(figures: dict[str, float]) -> str:
    """One line of the bench's output."""
    return (f"GDELT import: {figures['gdelt_rows']:,.0f} rows -> {figures['gdelt_events']:,.0f} events in "
            f"{figures['gdelt_s']:.1f} s ({figures['gdelt_rows_s']:,.0f} rows/s), peak memory "
            f"{figures['gdelt_peak_mb']:,.0f} MB (target at 1M rows: <= 60 s, <= 1024 MB)")
