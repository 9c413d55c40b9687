"""ux25's finding 9: a server on 0.0.0.0 refused the machine's own non-loopback addresses. docs/security.md says a
`0.0.0.0` server answers "this machine's name and addresses"; they came from getaddrinfo(gethostname()), which gives
loopback only where /etc/hosts maps the name to 127.0.0.1 (or 127.0.1.1, Debian's default), so a colleague opening
http://192.0.2.2:8072/ got 400. The addresses of the machine's interfaces are answered now (psutil, no network)."""
from __future__ import annotations

import socket
from types import SimpleNamespace

import psutil
from flask import Flask

from tracker.auth import serving
from tracker.auth.guard import allow_hosts, install_guard
from tracker.auth.serving import host_names


def _address(family, address):
    return SimpleNamespace(family=family, address=address, netmask=None, broadcast=None, ptp=None)


def _machine_like_this_one(monkeypatch):
    """A machine whose name resolves to loopback only and whose eth0 has 192.0.2.2 and fd00::2."""
    monkeypatch.setattr(socket, "gethostname", lambda: "desk-7")
    monkeypatch.setattr(socket, "getfqdn", lambda *a: "desk-7")
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [(socket.AF_INET, 1, 6, "", ("127.0.0.1", 0))])
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: {
        "lo": [_address(socket.AF_INET, "127.0.0.1"), _address(socket.AF_INET6, "::1")],
        "eth0": [_address(socket.AF_INET, "192.0.2.2"), _address(socket.AF_INET6, "fd00::2"),
                 _address(socket.AF_INET6, "fe80::fc:ff:fe00:1%eth0"), _address(psutil.AF_LINK, "02:fc:00:00:00:01")]})


def test_a_wildcard_server_answers_the_addresses_of_the_machines_interfaces(monkeypatch):
    _machine_like_this_one(monkeypatch)
    names = host_names("0.0.0.0")
    assert {"192.0.2.2", "fd00::2", "fe80::fc:ff:fe00:1", "desk-7", "localhost", "127.0.0.1", "::1"} <= set(names)
    assert "02:fc:00:00:00:01" not in names and not any("%" in name for name in names)
    assert set(host_names("::")) == set(names)
    assert host_names("192.0.2.7") == ["localhost", "127.0.0.1", "::1", "192.0.2.7"]  # a named address: itself only


def test_a_colleague_opening_the_machines_address_is_answered(monkeypatch):
    _machine_like_this_one(monkeypatch)
    app = Flask(__name__)
    app.route("/")(lambda: "ok")
    install_guard(app)
    allow_hosts(app, *host_names("0.0.0.0"))
    client = app.test_client()
    assert client.get("/", headers={"Host": "192.0.2.2:8072"}).status_code == 200
    assert client.get("/", headers={"Host": "[fd00::2]:8072"}).status_code == 200
    refused = client.get("/", headers={"Host": "rebound.example:8072"})
    assert refused.status_code == 400 and b"--allow-host" in refused.data


def test_without_psutils_answer_the_names_stay(monkeypatch):
    def broken():
        raise OSError("no interfaces here")
    monkeypatch.setattr(psutil, "net_if_addrs", broken)
    assert {"localhost", "127.0.0.1", "::1", socket.gethostname().lower()} <= set(serving.host_names("0.0.0.0"))


def test_the_start_line_shows_an_address_a_colleague_can_open(monkeypatch):
    # ux25b's finding 10: "Serving the dashboard at http://0.0.0.0:8072/", an address no browser opens
    _machine_like_this_one(monkeypatch)
    assert serving.shown_url("0.0.0.0", 8072) == "http://192.0.2.2:8072/"
    assert serving.shown_url("127.0.0.1", 8050) == "http://127.0.0.1:8050/"
    assert serving.shown_url("fd00::2", 8050) == "http://[fd00::2]:8050/"
    monkeypatch.setattr(psutil, "net_if_addrs", lambda: {"lo": [_address(socket.AF_INET, "127.0.0.1")]})
    assert serving.shown_url("::", 8072) == "http://127.0.0.1:8072/"
