"""Real servers for the login tests: `create_app` on waitress in a thread over a tmp SQLite store."""
from __future__ import annotations

import math
import threading
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tracker.auth import accounts
from tracker.auth.accounts import add_user
from tracker.store import open_store

PASSWORD = "correct horse"
#: name -> role of the users of `users_db`
USERS = {"alice": "admin", "eddie": "editor", "vera": "viewer"}


@pytest.fixture(scope="module", autouse=True)
def cheap_argon2():
    """Argon2id at its lightest cost for the account and login tests of this folder, module by module.

    These tests check who may log in and do what, not the hash's cost, and make some 150 hashes and checks:
    at the library's defaults (64 MiB, 3 passes, 4 lanes) each took 0.2 s here, more on a loaded 2-core runner.
    The real cost stays checked by tests/test_cli_startup.py (the dummy hash has the hasher's own parameters)
    and used by test_serve_command's `tracker serve` processes and the browser login tests.
    """
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    dummy = (f"$argon2id$v=19$m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}"
             f"${'A' * math.ceil(hasher.salt_len * 4 / 3)}${'A' * math.ceil(hasher.hash_len * 4 / 3)}")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", hasher)
        patch.setattr(accounts, "_DUMMY_HASH", dummy)
        yield


def serve(db: str):
    """The dashboard of `db` on waitress in a thread; yields its base URL."""
    from waitress.server import create_server

    from tracker.auth.serving import WAITRESS_PROXY
    from tracker.dashboard.app import create_app

    app = create_app(open_store(db))
    httpd = create_server(app.server, host="127.0.0.1", port=0, threads=4, ident="tracker-test", **WAITRESS_PROXY)
    thread = threading.Thread(target=httpd.run, daemon=True)
    thread.start()
    # Left running (a daemon thread): closing waitress's socket under its select loop raises in that thread.
    yield f"http://127.0.0.1:{httpd.effective_port}"


def make_db(path: Path, shipped, users: dict[str, str]) -> str:
    """A SQLite store with the shipped chronology and these users (all with PASSWORD)."""
    store = open_store(path)
    store.save(shipped)
    for name, role in users.items():
        add_user(store, name, role, PASSWORD)
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def users_db(tmp_path_factory, shipped) -> str:
    return make_db(tmp_path_factory.mktemp("auth") / "users.db", shipped, USERS)


@pytest.fixture(scope="module")
def server(users_db):
    """A server whose store has users: every page needs a login."""
    yield from serve(users_db)


@pytest.fixture(scope="module")
def open_server(tmp_path_factory, shipped):
    """A server whose store has no users: the single-user local tool."""
    yield from serve(make_db(tmp_path_factory.mktemp("auth") / "open.db", shipped, {}))
