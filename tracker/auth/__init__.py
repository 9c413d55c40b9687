"""Users, logins and the web server's defences.

`accounts` (add, list, remove users; check a login) is what the API and the CLI call;
`web` installs the login, sessions, CSRF, role checks and security headers on the Dash server;
`roles` is the registry of the Dash components whose callbacks write; `serving` decides whether
`tracker serve` may start on an address.
"""
from __future__ import annotations
