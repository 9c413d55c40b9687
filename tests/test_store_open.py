"""Opening a store: damaged, locked, foreign, incomplete and read-only stores give a reason, never a traceback,
and reading (`list`, `validate`) never writes. Issue 13, items 7 (store opening) and 10 (`validate` writes nothing)."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.store import StoreError, open_store

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "data" / "events.csv"


def file_hash(path: Path) -> str:
    """The bytes of a file, hashed: 'unchanged' means byte-identical."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkpointed(path: Path) -> Path:
    """`path` with its WAL folded into the main file, so the file alone holds the store."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture()
def store_file(tmp_path, store) -> Path:
    """A copy of the shipped store, closed and checkpointed, in its own folder."""
    checkpointed(Path(store.location))
    folder = tmp_path / "copy"
    folder.mkdir()
    copy = folder / "tracker.db"
    shutil.copyfile(store.location, copy)
    return copy


def test_a_damaged_file_is_reported_not_a_traceback(run_cli, store_file):
    conn = sqlite3.connect(store_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sources'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with store_file.open("r+b") as stream:  # the header is fine, a table's pages are garbage
        stream.seek(page * (root - 1))
        stream.write(b"\xff" * page)
    result = run_cli("list", "--db", store_file)
    assert result.exit_code == 1
    assert "database disk image is malformed" in result.stderr


def test_a_file_that_is_not_a_database(run_cli, tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    before = file_hash(path)
    for command in (["list"], ["validate", EVENTS], ["import", EVENTS]):
        result = run_cli(command[0], "--db", path, *command[1:])
        assert result.exit_code == 1
        assert f"cannot open store {path}: file is not a database" in result.stderr
    assert file_hash(path) == before


def test_a_missing_table_is_named(run_cli, store_file):
    conn = sqlite3.connect(store_file)
    conn.execute("DROP TABLE quotes")
    conn.commit()
    conn.close()
    for command in (["list"], ["validate", EVENTS], ["import", EVENTS]):
        result = run_cli(command[0], "--db", store_file, *command[1:])
        assert result.exit_code == 1
        assert f"cannot open store {store_file}: table quotes missing" in result.stderr


def test_another_programs_sqlite_file_is_left_alone(run_cli, tmp_path):
    path = tmp_path / "app.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = file_hash(path)
    for command in (["validate", EVENTS], ["import", EVENTS], ["list"], ["init"]):
        result = run_cli(command[0], "--db", path, *command[1:])
        assert result.exit_code == 1, command
        assert "not a tracker store: it holds another program's tables (customers)" in result.stderr
    assert file_hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.sqlite"]


def test_validate_with_a_missing_store_creates_nothing(run_cli, tmp_path):
    location = tmp_path / "no" / "such" / "tracker.db"
    result = run_cli("validate", "--db", location, EVENTS)
    assert result.exit_code == 0, result.stderr
    assert f"no store at {location}; the files are checked on their own" in result.stderr
    assert "OK: 96 events" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_validate_never_writes_a_store(run_cli, store_file, tmp_path, fingerprint):
    before = file_hash(store_file)
    changed = tmp_path / "changed.csv"
    changed.write_text(EVENTS.read_text(encoding="utf-8").replace("Astana", "Astana!"), encoding="utf-8")
    result = run_cli("validate", "--db", store_file, changed)
    assert result.exit_code == 0, result.stderr
    assert file_hash(store_file) == before
    wal = store_file.with_name("tracker.db-wal")  # a WAL reader's index files may appear; nothing is written to them
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_locked_store_waits_then_says_so(run_cli, store_file, monkeypatch):
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.2")
    holder = sqlite3.connect(store_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM saved_views")
    try:
        result = run_cli("list", "--db", store_file)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert f"cannot open store {store_file}: database is locked (another program holds a lock on it; waited 0.2 s" \
        in result.stderr


def test_a_store_locked_during_an_import_is_a_message(run_cli, store_file, monkeypatch, fingerprint, tmp_path):
    monkeypatch.setenv("TRACKER_BUSY_TIMEOUT", "0.2")
    # an import that changes the store (re-importing what it holds writes nothing, so would not wait)
    changed = tmp_path / "changed.csv"
    text = EVENTS.read_text(encoding="utf-8")
    changed.write_text(text.replace("Geneva I: ministerial conference", "Geneva I: the ministerial conference", 1),
                       encoding="utf-8")
    holder = sqlite3.connect(store_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer: readers go on, the import's write waits
    try:
        result = run_cli("import", "--db", store_file, changed)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "the store failed: database is locked" in result.stderr


def test_read_only_open_writes_nothing(store_file):
    before = file_hash(store_file)
    opened = open_store(store_file, read_only=True)
    assert opened.read_only
    assert opened.counts()["events"] == 96
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened.conn.execute("DELETE FROM events")
    opened.close()
    assert file_hash(store_file) == before


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match="no such file"):
        open_store(tmp_path / "a" / "b.db", read_only=True)
    assert list(tmp_path.iterdir()) == []


def _unprivileged() -> list[str] | None:
    """A command prefix that runs without root's power to write any file (None: cannot here)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_store_can_be_listed(store_file, where):
    """Real permissions, in a child process: as root, run without CAP_DAC_OVERRIDE (setpriv), so that
    chmod binds as it does for an analyst; the file (444) or also its folder (555) is read-only."""
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot drop the power to write read-only files")
    store_file.chmod(0o444)
    if where == "folder":
        store_file.parent.chmod(0o555)
    before = file_hash(store_file)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("TRACKER_DB", None)
    try:
        listed = subprocess.run([*prefix, sys.executable, "-m", "tracker", "list", "--db", str(store_file),
                                 "--process", "Astana format"], capture_output=True, text=True, env=env, timeout=120)
        imported = subprocess.run([*prefix, sys.executable, "-m", "tracker", "import", "--db", str(store_file),
                                   str(EVENTS)], capture_output=True, text=True, env=env, timeout=120)
    finally:
        store_file.parent.chmod(0o755)
        store_file.chmod(0o644)
    assert listed.returncode == 0, listed.stderr
    assert "astana-21" in listed.stdout
    assert imported.returncode == 1
    assert f"cannot write to store {store_file}: the file or its folder is read-only" in imported.stderr
    assert "Traceback" not in listed.stderr + imported.stderr
    assert file_hash(store_file) == before


def _location(store) -> str:
    """What `--db` takes to open `store` again (a PostgreSQL URL with its password)."""
    return getattr(store, "_url", store.location)


def test_validate_reads_the_store_read_only(empty_store, shipped, fingerprint, run_cli):
    store = empty_store
    store.save(shipped)
    location = _location(store)
    before = fingerprint(store)
    reader = open_store(location, read_only=True)
    try:
        assert reader.read_only
        with pytest.raises(Exception, match="read-only|readonly"):
            cursor = reader.conn.cursor()
            cursor.execute("DELETE FROM saved_views")
        reader.conn.rollback()
    finally:
        reader.close()
    result = run_cli("validate", "--db", location, EVENTS)
    assert result.exit_code == 0, result.stderr
    assert fingerprint(store) == before


def _drop_every_table(store) -> None:
    """Empty the database as `PostgresStore.reset` does, without opening it as a store (it cannot be)."""
    cursor = store.conn.cursor()
    cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    for (table,) in cursor.fetchall():
        cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
    store.conn.commit()


def test_a_missing_table_is_named_on_each_backend(empty_store, run_cli, request):
    location = _location(empty_store)
    cursor = empty_store.conn.cursor()
    cursor.execute("DROP TABLE quotes")
    empty_store.conn.commit()
    if hasattr(empty_store, "_url"):  # the next test can open the PostgreSQL database again
        request.addfinalizer(lambda: _drop_every_table(empty_store))
    result = run_cli("list", "--db", location)
    assert result.exit_code == 1
    assert "table quotes missing" in result.stderr
    result = run_cli("validate", "--db", location, EVENTS)
    assert result.exit_code == 1
    assert "table quotes missing" in result.stderr


def test_opening_a_store_again_in_a_process_keeps_the_locks_of_its_open_connection(store_file):
    """A running server opens its store again (a worker's own connection, a reader); opening must not touch the
    file outside SQLite: closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
    included. Then the next program that closed the store believed itself the last one, checkpointed and deleted
    the WAL under the server, whose later writes went to a deleted file and were lost (found in an analyst session:
    `tracker list` while `tracker serve` ran)."""
    server = open_store(str(store_file))
    try:
        server.conn.execute("UPDATE events SET summary = 'first' WHERE event_id = 'astana-01'")
        server.conn.commit()
        wal = Path(f"{store_file}-wal")
        assert wal.exists()
        open_store(str(store_file)).close()  # the same process opens the store again
        subprocess.run([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({str(store_file)!r}); "
                        "c.execute('SELECT COUNT(*) FROM events').fetchone(); c.close()"], check=True)
        assert wal.exists(), "another program deleted the WAL of a store this process still has open"
        server.conn.execute("UPDATE events SET summary = 'second' WHERE event_id = 'astana-01'")
        server.conn.commit()
        seen = subprocess.run([sys.executable, "-c", f"import sqlite3; c = sqlite3.connect({str(store_file)!r}); "
                               "print(c.execute(\"SELECT summary FROM events WHERE event_id = 'astana-01'\").fetchone()[0])"],
                              check=True, capture_output=True, text=True).stdout.strip()
        assert seen == "second", "a write of the open connection is not in the store other programs read"
    finally:
        server.close()


@pytest.mark.parametrize("command", [["list"], ["stats"], ["export", "--format", "csv"], ["brief", "--no-chart"],
                                     ["history", "astana-20"], ["changes", "--since", "2020-01-01"],
                                     ["edit", "astana-20", "--set", "title=x"], ["review", "list"]])
def test_a_command_on_a_mistyped_store_creates_nothing(run_cli, tmp_path, command):
    """`tracker stats --db typo.db` made an empty store (and its folders) and said 0 events (QA of the command line)."""
    missing = tmp_path / "no" / "typo.db"
    result = run_cli(*command, "--db", missing)
    assert result.exit_code == 1
    assert f"no store at {missing} (nothing was created)" in result.output and "tracker init" in result.output
    assert not (tmp_path / "no").exists()
