"""The server's view of the users: a connection of its own, a short cache, the session secret and
the limit on failed logins from one client.

Every worker process opens its own connection (after a fork too) and reads the users at most
every CACHE_SECONDS, so a user added, removed or given a new password by the CLI takes effect
in every worker within that time.
"""
from __future__ import annotations

import os
import secrets
import threading
import time
from collections import deque

from tracker.auth.accounts import LoginResult, authenticate
from tracker.store.users import UserRow, end_sessions, list_users, setting

CACHE_SECONDS = 2.0
#: Failed logins from one client address within CLIENT_WINDOW seconds, after which it must wait.
MAX_CLIENT_FAILURES = 20
CLIENT_WINDOW = 15 * 60


class Gate:
    """The users of a store as the web server sees them; None as store: no users, ever."""

    def __init__(self, store):
        self._store = store
        self._own = None
        self._pid: int | None = None
        self._lock = threading.Lock()
        self._users: dict[str, UserRow] = {}
        self._read_at = float("-inf")
        self._failures: dict[str, deque] = {}

    def _db(self):
        """This process's own connection to the store (the app's connection is busy with its threads)."""
        if self._pid != os.getpid():
            try:
                self._own = self._store.reopen()
            except NotImplementedError:
                self._own = self._store
            self._pid = os.getpid()
        return self._own

    def users(self) -> dict[str, UserRow]:
        """The users by name, read again when older than CACHE_SECONDS."""
        if self._store is None:
            return {}
        if time.monotonic() - self._read_at <= CACHE_SECONDS:
            return self._users
        # While a login holds the connection (Argon2 takes a while), others go on with the last read.
        if not self._lock.acquire(blocking=self._read_at == float("-inf")):
            return self._users
        try:
            if time.monotonic() - self._read_at > CACHE_SECONDS:
                self._users = {row.name: row for row in list_users(self._db())}
                self._read_at = time.monotonic()
            return self._users
        finally:
            self._lock.release()

    def has_users(self) -> bool:
        """True when the store has users, so every request needs a login."""
        return bool(self.users())

    def secret(self) -> str:
        """The session-signing secret, made once and kept in the store for every worker."""
        with self._lock:
            return setting(self._db(), "session_secret", lambda: secrets.token_urlsafe(48))

    def login(self, name: str, password: str) -> LoginResult:
        """Check a login against the store (counting failures), and read the users again after it."""
        with self._lock:
            result = authenticate(self._db(), name, password)
            self._read_at = -CACHE_SECONDS - 1.0  # stale (read again soon) but not "never read"
        return result

    def logout(self, name: str) -> None:
        """End the sessions of `name`, here and in every other worker (the cookie itself stays valid until it expires)."""
        with self._lock:
            end_sessions(self._db(), name)
            self._read_at = -CACHE_SECONDS - 1.0

    # --- failed logins per client address (in this process) --------------------
    def client_blocked(self, client: str) -> int:
        """Seconds until `client` may try again (0: now)."""
        with self._lock:
            times = self._recent(client)
            if len(times) < MAX_CLIENT_FAILURES:
                return 0
            return int(times[0] + CLIENT_WINDOW - time.monotonic()) + 1

    def client_failed(self, client: str) -> None:
        """Count a failed login from `client`."""
        with self._lock:
            self._recent(client).append(time.monotonic())

    def _recent(self, client: str) -> deque:
        times = self._failures.setdefault(client, deque())
        while times and times[0] < time.monotonic() - CLIENT_WINDOW:
            times.popleft()
        return times


__all__ = ["CACHE_SECONDS", "CLIENT_WINDOW", "Gate", "MAX_CLIENT_FAILURES"]
