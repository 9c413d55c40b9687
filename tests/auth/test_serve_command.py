"""`tracker serve` on a non-loopback address: refused without users, a warning with --no-auth (real subprocesses)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests

from tests.auth.conftest import make_db
from tracker.auth.serving import host_names
from tracker.dashboard.bench import free_port

ROOT = Path(__file__).resolve().parents[2]


def tracker(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tracker", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(base: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read()
        try:
            requests.get(base + "/login", timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise TimeoutError(f"no server at {base}")


def test_a_store_without_users_is_not_served_beyond_loopback(tmp_path, shipped):
    db = make_db(tmp_path / "open.db", shipped, {})
    process = tracker("serve", "--db", db, "--host", "0.0.0.0", "--port", str(free_port()))
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "refusing to serve on 0.0.0.0: the store has no users" in err and "tracker user add" in err
    assert "Serving" not in out


def test_no_auth_serves_with_a_warning(tmp_path, shipped):
    db = make_db(tmp_path / "open.db", shipped, {})
    port = free_port()
    process = tracker("serve", "--db", db, "--host", "0.0.0.0", "--port", str(port), "--no-auth",
                      "--allow-host", "tracker.example.org")
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base, process)
        assert requests.get(base + "/", allow_redirects=False).status_code == 200
        named = requests.get(base + "/", headers={"Host": f"tracker.example.org:{port}"}, allow_redirects=False)
        assert named.status_code == 200
        assert requests.get(base + "/", headers={"Host": "rebound.example"}).status_code == 400
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert "WARNING: --no-auth" in err and "ANYONE who can reach 0.0.0.0" in err


def test_a_store_with_users_is_served_on_any_address_behind_the_login(tmp_path, shipped):
    db = make_db(tmp_path / "users.db", shipped, {"alice": "admin"})
    port = free_port()
    process = tracker("serve", "--db", db, "--host", "0.0.0.0", "--port", str(port))
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base, process)
        answer = requests.get(base + "/", allow_redirects=False)
        assert answer.status_code == 302 and answer.headers["Location"] == "/login?next=/"
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_host_names_for_a_wildcard_address_include_this_machine():
    import socket

    names = host_names("0.0.0.0", ("Extra.Example",))
    assert {"localhost", "127.0.0.1", "::1", "extra.example", socket.gethostname().lower()} <= set(names)
    assert "0.0.0.0" not in names
    assert host_names("192.0.2.7") == ["localhost", "127.0.0.1", "::1", "192.0.2.7"]
