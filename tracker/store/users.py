"""The users of a store and the session secret: the SQL, as functions over an open `SQLStore`.

Kept out of `base.py` so that the Store interface stays about the chronology; both engines run
the same statements (`store.placeholder` fills in the parameter style). Hashing and the rules
for names and passwords live in `tracker.auth`; this module only reads and writes rows.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

#: The roles, weakest first: viewers read; editors also edit and review; admins also manage users.
ROLES = ("viewer", "editor", "admin")
COLUMNS = "name, role, password_hash, created_at, failed_logins, locked_until, session_epoch"


@dataclass(frozen=True)
class UserRow:
    """One row of the users table."""

    name: str
    role: str
    password_hash: str
    created_at: str
    failed_logins: int = 0
    locked_until: str | None = None
    session_epoch: int = 0

    def locked_at(self, now: dt.datetime) -> dt.datetime | None:
        """The end of this user's lockout when it is still running at `now`, else None."""
        if not self.locked_until:
            return None
        until = dt.datetime.fromisoformat(self.locked_until)
        return until if until > now else None


def now_utc() -> dt.datetime:
    """The current time, UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _write(store: Any, sql: str, params: tuple) -> int:
    """Run one write in its own transaction; the number of rows it touched."""
    cursor = store.conn.cursor()
    try:
        cursor.execute(sql, params)
        count = cursor.rowcount
        store.conn.commit()
    except Exception:
        store.conn.rollback()
        raise
    return count


def _rows(store: Any, sql: str, params: tuple = ()) -> list[tuple]:
    cursor = store.conn.cursor()
    cursor.execute(sql, params)
    rows = cursor.fetchall()
    store.conn.commit()  # end the read transaction (PostgreSQL), so the next read sees other processes' writes
    return rows


def list_users(store: Any) -> list[UserRow]:
    """Every user, by name."""
    rows = _rows(store, f"SELECT {COLUMNS} FROM users ORDER BY name")
    return [UserRow(*row) for row in rows]


def get_user(store: Any, name: str) -> UserRow | None:
    """The user called exactly `name`, or None."""
    rows = _rows(store, f"SELECT {COLUMNS} FROM users WHERE name = {store.placeholder}", (name,))
    return UserRow(*rows[0]) if rows else None


def find_user(store: Any, name: str) -> UserRow | None:
    """The user called `name` whatever its case ("ED" is "ed": names are unique ignoring case), or None."""
    row = get_user(store, name)
    if row is None:  # a store has a handful of users: read them rather than rely on SQL's ASCII-only lower()
        row = next((u for u in list_users(store) if u.name.casefold() == name.casefold()), None)
    return row


def count_users(store: Any) -> int:
    """How many users the store has (0: the tracker is the single-user local tool)."""
    return int(_rows(store, "SELECT COUNT(*) FROM users")[0][0])


def insert_user(store: Any, name: str, role: str, password_hash: str) -> UserRow:
    """Add a user; the caller has checked the name, role and password."""
    p = store.placeholder
    created = now_utc().isoformat()
    _write(store, f"INSERT INTO users (name, role, password_hash, created_at) VALUES ({p}, {p}, {p}, {p})",
           (name, role, password_hash, created))
    return UserRow(name, role, password_hash, created)


def delete_user(store: Any, name: str) -> bool:
    """Remove the user `name`; False when there is none."""
    return _write(store, f"DELETE FROM users WHERE name = {store.placeholder}", (name,)) > 0


def update_password(store: Any, name: str, password_hash: str) -> bool:
    """Set a new password hash, clear the lockout and end the user's sessions; False when there is no such user."""
    p = store.placeholder
    return _write(store, f"UPDATE users SET password_hash = {p}, failed_logins = 0, locked_until = NULL, "
                         f"session_epoch = session_epoch + 1 WHERE name = {p}", (password_hash, name)) > 0


def update_role(store: Any, name: str, role: str) -> bool:
    """Change a user's role; False when there is no such user."""
    p = store.placeholder
    return _write(store, f"UPDATE users SET role = {p} WHERE name = {p}", (role, name)) > 0


def end_sessions(store: Any, name: str) -> None:
    """End every session of `name` (a signed cookie cannot be taken back, so its epoch moves on)."""
    _write(store, f"UPDATE users SET session_epoch = session_epoch + 1 WHERE name = {store.placeholder}", (name,))


def record_failure(store: Any, name: str, limit: int, lockout: dt.timedelta) -> UserRow | None:
    """Count a failed login for `name`; at `limit` failures in a row the user is locked out for `lockout`."""
    p = store.placeholder
    until = (now_utc() + lockout).isoformat()
    cursor = store.conn.cursor()
    try:
        # One statement, so two workers counting at once cannot lose a failure.
        cursor.execute(f"UPDATE users SET failed_logins = failed_logins + 1 WHERE name = {p}", (name,))
        cursor.execute(f"UPDATE users SET failed_logins = 0, locked_until = {p} WHERE name = {p} AND failed_logins >= {p}",
                       (until, name, limit))
        store.conn.commit()
    except Exception:
        store.conn.rollback()
        raise
    return get_user(store, name)


def clear_failures(store: Any, name: str) -> None:
    """Forget the failed logins of `name` (after a successful one)."""
    _write(store, f"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = {store.placeholder}", (name,))


def setting(store: Any, name: str, make: Any) -> str:
    """The setting `name`, created with `make()` the first time; every process gets the same value."""
    p = store.placeholder
    rows = _rows(store, f"SELECT value FROM auth_settings WHERE name = {p}", (name,))
    if rows:
        return str(rows[0][0])
    # Two processes starting together: the first insert wins and both read it back.
    _write(store, f"INSERT INTO auth_settings (name, value) VALUES ({p}, {p}) ON CONFLICT (name) DO NOTHING",
           (name, make()))
    return str(_rows(store, f"SELECT value FROM auth_settings WHERE name = {p}", (name,))[0][0])


__all__ = ["ROLES", "UserRow", "clear_failures", "count_users", "delete_user", "end_sessions", "get_user", "insert_user", "list_users",
           "now_utc", "record_failure", "setting", "update_password", "update_role"]
