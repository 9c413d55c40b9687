"""May `tracker serve` start on this address? And which Host names will it answer to?

Without users the tracker is a single-user tool: anyone who reaches the port can change the
review queue, so it listens on loopback only, unless the person starting it says `--no-auth`.
"""
from __future__ import annotations

import socket
from typing import Callable

from tracker.auth.accounts import has_users
from tracker.auth.guard import LOOPBACK_NAMES, allow_hosts, host_name, is_loopback

NO_AUTH_WARNING = ("WARNING: --no-auth: the store has no users, so ANYONE who can reach {host}:{port} can read the "
                   "chronology and change it (review, saved views). Add users instead: tracker user add NAME --role admin")


#: waitress's settings for a TLS proxy on this machine (docs/security.md, "Behind a proxy"): its
#: X-Forwarded-Proto is believed, so the cookies get Secure; waitress dropped that header from every
#: client before, and single-process `tracker serve` never set Secure behind https. Nothing else of the
#: proxy's (X-Forwarded-For) is believed, and no other client's forwarded headers.
WAITRESS_PROXY = {"trusted_proxy": "127.0.0.1", "trusted_proxy_headers": {"x-forwarded-proto"},
                  "clear_untrusted_proxy_headers": True}


class ServeRefused(Exception):
    """`tracker serve` must not start as asked; the message says what to do instead."""


def wildcard(host: str) -> bool:
    """True for the listen-on-every-interface addresses."""
    return host_name(host) in ("0.0.0.0", "::", "")


def interface_addresses() -> list[str]:
    """The IPv4 and IPv6 addresses of this machine's network interfaces, read locally (psutil; no network): what a
    colleague types to reach a server on 0.0.0.0. An IPv6 address's zone (`fe80::1%eth0`) is left out, as a Host
    header carries none. [] when they cannot be read."""
    try:
        import psutil

        found = psutil.net_if_addrs()
    except (ImportError, OSError, RuntimeError):
        return []
    return [str(address.address).split("%", 1)[0] for addresses in found.values() for address in addresses
            if address.family in (socket.AF_INET, socket.AF_INET6) and address.address]


def shown_url(host: str, port: int) -> str:
    """The address to print for people to open: for 0.0.0.0 (which no browser opens) the machine's first
    non-loopback IPv4 address, else loopback's; for any other host the host itself."""
    if wildcard(host):
        shared = [a for a in interface_addresses() if ":" not in a and not is_loopback(a)]
        host = shared[0] if shared else "127.0.0.1"
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def host_names(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The Host names the server answers to: loopback names, the --host value (for 0.0.0.0: this
    machine's name and addresses), and the --allow-host names.

    The addresses are those of the machine's interfaces (`interface_addresses`) and those its name resolves to: the
    name alone gave loopback only where /etc/hosts maps it to 127.0.0.1 or 127.0.1.1 (Debian's default), so a
    colleague opening http://192.0.2.2:8072/ was refused (ux25's finding 9)."""
    names = list(LOOPBACK_NAMES)
    if wildcard(host):
        machine = socket.gethostname()
        names += [machine, socket.getfqdn()]
        try:
            names += [info[4][0] for info in socket.getaddrinfo(machine, None)]
        except OSError:
            pass
        names += interface_addresses()
    else:
        names.append(host)
    names += list(extra)
    return list(dict.fromkeys(host_name(n) for n in names if n))


def check_serving(store, host: str, port: int, no_auth: bool, extra_hosts: tuple[str, ...] = (),
                  echo: Callable[[str], None] = print) -> Callable:
    """Refuse (ServeRefused) a non-loopback address for a store without users unless `no_auth`;
    returns what to call with the app to let it answer to the right Host names."""
    users = has_users(store) if store is not None else False
    if not is_loopback(host) and not users:
        if not no_auth:
            raise ServeRefused(
                f"refusing to serve on {host}: the store has no users, so anyone who can reach the port could change "
                "it. Add a user first (tracker user add NAME --role admin), serve on 127.0.0.1, or, on a trusted "
                "network only, pass --no-auth.")
        echo(NO_AUTH_WARNING.format(host=host, port=port))
    elif no_auth and users:
        echo("Note: --no-auth is ignored: the store has users, so every page asks for a login.")
    names = host_names(host, extra_hosts)
    if not is_loopback(host):
        echo(f"Answering to the Host names {', '.join(names)} (add others with --allow-host NAME).")
    return lambda app: allow_hosts(app.server, *names)


__all__ = ["NO_AUTH_WARNING", "ServeRefused", "check_serving", "host_names", "interface_addresses", "wildcard"]
