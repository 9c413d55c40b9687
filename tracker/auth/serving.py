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


def host_names(host: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The Host names the server answers to: loopback names, the --host value (for 0.0.0.0: this
    machine's name and addresses), and the --allow-host names."""
    names = list(LOOPBACK_NAMES)
    if wildcard(host):
        machine = socket.gethostname()
        names += [machine, socket.getfqdn()]
        try:
            names += [info[4][0] for info in socket.getaddrinfo(machine, None)]
        except OSError:
            pass
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


__all__ = ["NO_AUTH_WARNING", "ServeRefused", "check_serving", "host_names", "wildcard"]
