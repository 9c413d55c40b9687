"""Accounts: the rules for user names and passwords, hashing with Argon2, and login checks.

The store keeps the rows (`tracker.store.users`); this module decides what is allowed.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from tracker.store.users import (ROLES, UserRow, clear_failures, count_users, delete_user, find_user, get_user, insert_user,
                                 list_users, now_utc, record_failure, update_password, update_role)

#: A user name: letters, digits and . _ @ - (an e-mail address works), 1 to 64 characters.
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
#: Failed logins in a row after which a user is locked out, and for how long.
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id with the library's (RFC 9106) defaults
#: Verified against when the user does not exist, so an unknown name takes as long as a wrong password:
#: a hash of the hasher's own cost (type, memory, time, lanes, lengths) that no password matches.
#: Written out, not hashed at import: hashing took 0.4 s of every `tracker` command's start-up.
_DUMMY_HASH = (f"$argon2{_hasher.type.name.lower()}$v=19$m={_hasher.memory_cost},t={_hasher.time_cost},"
               f"p={_hasher.parallelism}${'A' * math.ceil(_hasher.salt_len * 4 / 3)}"
               f"${'A' * math.ceil(_hasher.hash_len * 4 / 3)}")


class AccountError(ValueError):
    """A refused account operation, with a message for the person who asked."""


@dataclass(frozen=True)
class User:
    """A user as the API shows one: name, role, since when, and whether locked out now."""

    name: str
    role: str
    created_at: str
    locked_until: str | None = None

    def can(self, role: str) -> bool:
        """True when this user's role is `role` or stronger."""
        return ROLES.index(self.role) >= ROLES.index(role)


def _public(row: UserRow) -> User:
    locked = row.locked_at(now_utc())
    return User(row.name, row.role, row.created_at, locked.isoformat() if locked else None)


def check_name(name: str) -> str:
    """`name` if it is a valid user name, else an AccountError saying what is allowed."""
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise AccountError(f"bad user name {name!r}: use 1-64 letters, digits or . _ @ - (starting with a letter or digit)")
    return name


def check_role(role: str) -> str:
    """`role` if it is one of ROLES, else an AccountError listing them."""
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    return role


def check_password(password: str, name: str = "") -> str:
    """`password` if it is acceptable (8 to 1024 characters, not blank, not the user name), else an AccountError."""
    if not password or not password.strip():
        raise AccountError("the password is empty")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password is too short: use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"the password is too long: at most {MAX_PASSWORD} characters")
    if name and password.casefold() == name.casefold():
        raise AccountError("the password must not be the user name")
    return password


def users(store) -> list[User]:
    """Every user of the store, by name."""
    return [_public(row) for row in list_users(store)]


def has_users(store) -> bool:
    """True when the store has users, so the web server asks for a login."""
    return count_users(store) > 0


def _existing(store, name: str) -> UserRow:
    row = get_user(store, name)
    if row is None:
        known = ", ".join(u.name for u in list_users(store)) or "none yet"
        raise AccountError(f"no user named {name!r} (users: {known})")
    return row


def add_user(store, name: str, role: str, password: str) -> User:
    """Add a user with a hashed password; an AccountError for a taken name, a bad role or a weak password."""
    check_name(name)
    check_role(role)
    check_password(password, name)
    existing = list_users(store)
    if not existing and role != "admin":
        raise AccountError("the first user must be an admin (--role admin): someone has to manage the others")
    taken = [u.name for u in existing if u.name.casefold() == name.casefold()]
    if taken:
        raise AccountError(f"a user named {taken[0]!r} exists already (names ignore case); "
                           f"use `tracker user passwd {taken[0]}` to change its password")
    return _public(insert_user(store, name, role, _hasher.hash(password)))


def remove_user(store, name: str) -> None:
    """Remove a user; refused for the last admin (nobody could manage the users, and a store
    that loses its last user would silently stop asking for logins)."""
    row = _existing(store, name)
    admins = [r for r in list_users(store) if r.role == "admin"]
    if row.role == "admin" and len(admins) == 1:
        raise AccountError(f"{name!r} is the last admin and cannot be removed: "
                           "add another admin first (`tracker user add NAME --role admin`)")
    delete_user(store, name)


def set_password(store, name: str, password: str) -> None:
    """Change a user's password; this also lifts a lockout and signs the user out everywhere."""
    _existing(store, name)
    check_password(password, name)
    update_password(store, name, _hasher.hash(password))


def set_role(store, name: str, role: str) -> User:
    """Change a user's role; refused when it would leave the store without an admin."""
    row = _existing(store, name)
    check_role(role)
    admins = [r for r in list_users(store) if r.role == "admin"]
    if row.role == "admin" and role != "admin" and len(admins) == 1:
        raise AccountError(f"{name!r} is the last admin: make another user admin first")
    update_role(store, name, role)
    return _public(get_user(store, name))


@dataclass(frozen=True)
class LoginResult:
    """What a login attempt gave: the user (None when refused) and, when refused, why."""

    user: UserRow | None
    message: str = ""


#: The one answer to every refused login: an unknown name, a wrong password and a locked name read the same (and
#: cost the same password check), so that a guesser learns nothing about which names exist; the policy is in it
#: so that a locked user knows what happened.
REFUSED = (f"Wrong user name or password. After {MAX_FAILURES} failed logins in a row a name is locked for "
           f"{int(LOCKOUT.total_seconds() // 60)} minutes; an admin's `tracker user passwd NAME` lifts it.")


def authenticate(store, name: str, password: str) -> LoginResult:
    """Check a login; counts failures and locks a user out after MAX_FAILURES in a row.

    Every refusal gives the same message after the same work (see REFUSED). A name is found whatever its case.
    """
    wrong = LoginResult(None, REFUSED)
    row = find_user(store, name) if isinstance(name, str) and NAME.fullmatch(name or "") else None
    if row is None or row.locked_at(now_utc()) is not None:
        _verify(_DUMMY_HASH, password)
        return wrong
    if not _verify(row.password_hash, password):
        record_failure(store, row.name, MAX_FAILURES, LOCKOUT)
        return wrong
    if row.failed_logins:
        clear_failures(store, row.name)
    return LoginResult(row)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


__all__ = ["AccountError", "LOCKOUT", "LoginResult", "MAX_FAILURES", "ROLES", "User", "add_user", "authenticate",
           "check_password", "check_role", "has_users", "remove_user", "set_password", "set_role", "users"]
