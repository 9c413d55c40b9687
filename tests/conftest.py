"""Shared fixtures: the shipped chronology, real SQLite stores in tmp folders, the CLI runner."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.importer import load_shipped
from tracker.models import Tables
from tracker.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shipped() -> Tables:
    """The shipped chronology, parsed once per test session."""
    return load_shipped(DATA)


@pytest.fixture(scope="session")
def shipped_db(tmp_path_factory, shipped: Tables) -> Path:
    """A SQLite file loaded with the shipped data, made once per worker: copy it (`copy_shipped_db`), never open it."""
    path = tmp_path_factory.mktemp("shipped-db") / "tracker.db"
    opened = open_store(path)
    opened.save(shipped)
    opened.close()
    return path


@pytest.fixture(scope="session")
def copy_shipped_db(shipped_db: Path):
    """`copy(target)`: a new SQLite store file at `target` holding the shipped data; returns its path as a str.

    Copying the file costs a millisecond where saving the shipped tables again cost 110-200 ms (and more under load).
    """
    def copy(target: Path) -> str:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped_db, target)
        return str(target)

    return copy


@pytest.fixture()
def store(tmp_path: Path, copy_shipped_db) -> Store:
    """A real SQLite store in a tmp folder, loaded with the shipped data (a copy of one made per session)."""
    opened = open_store(copy_shipped_db(tmp_path / "tracker.db"))
    yield opened
    opened.close()


@pytest.fixture()
def db_path(tmp_path: Path, store: Store) -> str:
    """The path of the `store` fixture's file, for CLI tests."""
    return store.location


@pytest.fixture()
def run_cli():
    """Run the CLI in-process; returns the click Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
        return runner.invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return run


MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


#: Under xdist, the order in which tests are handed out: the long ones first, the many short ones last, so that the
#: workers run out of work together instead of one finishing a long test (127 s of fast typing in CI) alone at the
#: end. By folder, then these browser files first (the longest in a whole run, in worker-seconds), else as collected.
RUN_FIRST = ("tests/browser/", "tests/dashboard/", "tests/briefing/", "tests/auth/")
RUN_LAST = ("tests/extract/",)
LONGEST_BROWSER_FILES = ("test_fast_typing.py", "test_review_queue.py", "test_editor.py",
                         "test_review_and_brief_flows.py", "test_review_walk.py", "test_login.py")


def _run_order(item) -> tuple[int, int]:
    """(folder rank, file rank) of a test: a stable sort on it keeps each file's tests together and in their order."""
    path = item.nodeid.split("::", 1)[0]
    name = path.rsplit("/", 1)[-1]
    for rank, folder in enumerate(RUN_FIRST):
        if path.startswith(folder):
            first = LONGEST_BROWSER_FILES.index(name) if rank == 0 and name in LONGEST_BROWSER_FILES else len(LONGEST_BROWSER_FILES)
            return rank, first
    return (len(RUN_FIRST) + 1 if path.startswith(RUN_LAST) else len(RUN_FIRST)), 0


def pytest_collection_modifyitems(config, items) -> None:
    """Under xdist, hand out the long tests first (`_run_order`); send the tests of one `xdist_group` to one worker
    under `--dist loadgroup`.

    pytest-xdist 3.8 marks a group by rewriting `item._nodeid`, which pytest 9 no longer reads (a node's id is
    `item._id`), so its groups were silently ignored: each worker rendered the Chromium-drawn briefs again.
    (Every worker sorts its collection the same way, so xdist sees the same list from each.)
    """
    if hasattr(config, "workerinput"):  # an xdist worker: the controller hands out tests in this order
        items.sort(key=_run_order)
    if not getattr(config.option, "loadgroup", False):
        return
    try:
        from _pytest.nodeid import coerce_node_id
    except ImportError:  # an older pytest, whose ids xdist rewrites itself
        return
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")})
        if names and "@" not in item.nodeid.rsplit("]", 1)[-1]:
            item._id = coerce_node_id(f"{item.nodeid}@{'_'.join(names)}")


@pytest.fixture(scope="session")
def mini() -> Tables:
    """A small hand-designed chronology with known counts and edge cases (see fixtures/mini)."""
    return load_shipped(MINI)


PG_URL = os.environ.get("TRACKER_TEST_PG_URL")
#: Both stores. One xdist group for PostgreSQL: its tests share one database, so they must not run in parallel.
BACKENDS = ["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, pytest.mark.xdist_group("postgres")])]


def open_backend(kind: str, tmp_path: Path) -> Store:
    """An empty store: a new SQLite file in `tmp_path`, or the PostgreSQL test database, reset.

    Without TRACKER_TEST_PG_URL a PostgreSQL test is skipped, except in CI, where it fails.
    """
    if kind == "sqlite":
        return open_store(tmp_path / "s.db")
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("TRACKER_TEST_PG_URL is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip("TRACKER_TEST_PG_URL not set")
    return reset_test_database(PG_URL)


def reset_test_database(url: str) -> Store:
    """The PostgreSQL test database, emptied, in this test worker's own schema: the two xdist workers
    each reset and fill theirs, so they never drop tables under each other.

    A schema exactly as a fresh reset left it (the same tables, columns, indexes and migrations) is emptied by
    TRUNCATE, which takes a tenth of a reset's 16 DROP TABLEs and migration; anything else a test changed (a
    column, an index, an older migration) gets the whole reset."""
    opened = open_store(worker_pg_url(url))
    if _PG_FRESH.get(url) is None or _pg_schema(opened) != _PG_FRESH[url]:
        opened.reset()
        _PG_FRESH[url] = _pg_schema(opened)
    else:
        cursor = opened.conn.cursor()
        tables = ", ".join(f'"{name}"' for name in _PG_FRESH[url][0] if name != "migrations")
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        opened.conn.commit()
    return opened


#: Per test database URL, the schema a fresh reset made (`_pg_schema`), for `reset_test_database`'s TRUNCATE.
_PG_FRESH: dict[str, tuple] = {}


def _pg_schema(store: Store) -> tuple:
    """The worker schema's tables, columns, indexes and applied migrations, to tell it from a fresh reset's."""
    cursor = store.conn.cursor()
    cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")
    tables = tuple(row[0] for row in cursor.fetchall())
    cursor.execute("SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns "
                   "WHERE table_schema = current_schema() ORDER BY 1, 2")
    columns = tuple(cursor.fetchall())
    cursor.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1")
    indexes = tuple(cursor.fetchall())
    migrations = ()
    if "migrations" in tables:
        cursor.execute("SELECT * FROM migrations ORDER BY 1")
        migrations = tuple(cursor.fetchall())
    store.conn.commit()
    return tables, columns, indexes, migrations


@pytest.fixture(params=BACKENDS)
def empty_store(request, tmp_path):
    """An empty store on each backend (SQLite, PostgreSQL)."""
    opened = open_backend(request.param, tmp_path)
    yield opened
    opened.close()


def store_fingerprint(store: Store) -> str:
    """A hash of everything in the store, so 'unchanged' means unchanged."""
    tables = store.load()
    digest = hashlib.sha256()
    for name, frame in tables.items():
        digest.update(name.encode())
        digest.update(frame.sort_values(list(frame.columns)).to_csv(index=False).encode())
    return digest.hexdigest()


@pytest.fixture()
def fingerprint():
    """`store_fingerprint`, for tests that check a refused input left the store as it was."""
    return store_fingerprint


@pytest.fixture(scope="session")
def reset_pg():
    """`reset_test_database`, for tests that empty the PostgreSQL test database themselves."""
    return reset_test_database


@pytest.fixture(scope="session")
def pg_url():
    """`worker_pg_url`: the test database's URL in this worker's schema."""
    return worker_pg_url


@pytest.fixture(scope="session")
def backend():
    """`open_backend`, for fixtures of a wider scope than `empty_store`'s."""
    return open_backend



def worker_pg_url(url: str) -> str:
    """`url` with this xdist worker's schema first on the search path (the schema is made when missing)."""
    import psycopg

    schema = "tracker_test_" + os.environ.get("PYTEST_XDIST_WORKER", "main")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    # lock_timeout: a statement waiting on a lock that a leaked connection holds (a reset's DROP TABLE behind a read
    # left 'idle in transaction') fails after two minutes, naming itself, instead of hanging the run.
    # synchronous_commit off: a COMMIT returns without waiting for its WAL to reach the disk (an fdatasync of 4-12 ms
    # on the shared machine, thousands of commits in a run); what each session reads and the locks are unchanged, and
    # only a crash of the server could lose the last commits of a throwaway test schema.
    return (f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}%20-clock_timeout%3D120s"
            "%20-csynchronous_commit%3Doff")
