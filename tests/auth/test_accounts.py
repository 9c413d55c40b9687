"""Users in the store (both engines), the account rules, and the `tracker user` commands."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.api import Tracker
from tracker.auth.accounts import (MAX_FAILURES, REFUSED, AccountError, add_user, authenticate, has_users, remove_user,
                                   set_password, set_role, users)
from tracker.store import open_store
from tracker.store.users import get_user, setting

PASSWORD = "correct horse"


def test_users_round_trip_with_hashed_passwords(empty_store):
    assert not has_users(empty_store)
    add_user(empty_store, "alice", "admin", PASSWORD)
    add_user(empty_store, "bob", "viewer", "another pass")
    assert [(u.name, u.role) for u in users(empty_store)] == [("alice", "admin"), ("bob", "viewer")]
    stored = get_user(empty_store, "alice").password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert authenticate(empty_store, "alice", PASSWORD).user.name == "alice"
    assert authenticate(empty_store, "alice", "wrong password").user is None
    assert authenticate(empty_store, "nobody", PASSWORD).message == REFUSED


@pytest.mark.parametrize("name, role, password, message", [
    ("alice", "boss", PASSWORD, "unknown role 'boss'"),
    ("al ice", "admin", PASSWORD, "bad user name"),
    ("", "admin", PASSWORD, "bad user name"),
    ("alice", "admin", "", "the password is empty"),
    ("alice", "admin", "        ", "the password is empty"),
    ("alice", "admin", "short", "too short"),
    ("alice123", "admin", "ALICE123", "must not be the user name"),
    ("alice", "viewer", PASSWORD, "the first user must be an admin"),
])
def test_bad_accounts_are_refused_with_the_reason(empty_store, name, role, password, message):
    with pytest.raises(AccountError, match=message):
        add_user(empty_store, name, role, password)
    assert not has_users(empty_store)


def test_names_are_unique_whatever_their_case_and_the_last_admin_stays(empty_store):
    add_user(empty_store, "alice", "admin", PASSWORD)
    with pytest.raises(AccountError, match="exists already"):
        add_user(empty_store, "ALICE", "viewer", PASSWORD)
    add_user(empty_store, "bob", "editor", PASSWORD)
    with pytest.raises(AccountError, match="last admin"):
        remove_user(empty_store, "alice")
    with pytest.raises(AccountError, match="last admin"):
        set_role(empty_store, "alice", "viewer")
    with pytest.raises(AccountError, match="no user named 'carol'"):
        remove_user(empty_store, "carol")
    set_role(empty_store, "bob", "admin")
    remove_user(empty_store, "alice")
    assert [u.name for u in users(empty_store)] == ["bob"]


def test_failed_logins_lock_the_user_out_and_a_new_password_lifts_it(empty_store):
    add_user(empty_store, "alice", "admin", PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        assert authenticate(empty_store, "alice", "wrong").message == REFUSED
    locked = authenticate(empty_store, "alice", "wrong")
    assert locked.user is None and locked.message == REFUSED
    # Locked: even the right password is refused until the lockout ends, in the same words as a wrong one
    assert authenticate(empty_store, "alice", PASSWORD) == locked
    assert users(empty_store)[0].locked_until is not None
    epoch = get_user(empty_store, "alice").session_epoch
    set_password(empty_store, "alice", "a new password")
    assert authenticate(empty_store, "alice", "a new password").user is not None
    assert get_user(empty_store, "alice").session_epoch == epoch + 1  # the old sessions end


def test_a_success_resets_the_count_of_failures(empty_store):
    add_user(empty_store, "alice", "admin", PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        authenticate(empty_store, "alice", "wrong")
    assert authenticate(empty_store, "alice", PASSWORD).user is not None
    assert authenticate(empty_store, "alice", "wrong").message == REFUSED
    assert get_user(empty_store, "alice").failed_logins == 1


def test_the_session_secret_is_made_once_and_shared(empty_store):
    first = setting(empty_store, "session_secret", lambda: "one")
    assert setting(empty_store.reopen(), "session_secret", lambda: "two") == first == "one"


def test_the_api_is_the_front_door(tmp_path):
    with Tracker.open(tmp_path / "t.db") as t:
        t.add_user("alice", "admin", PASSWORD)
        t.add_user("eddie", "editor", PASSWORD)
        t.set_role("eddie", "viewer")
        t.set_password("eddie", "fresh password")
        assert [(u.name, u.role) for u in t.users()] == [("alice", "admin"), ("eddie", "viewer")]
        t.remove_user("eddie")
        assert [u.name for u in t.users()] == ["alice"]


def test_cli_user_commands(run_cli, tmp_path):
    db = str(tmp_path / "cli.db")
    result = run_cli("user", "add", "alice", "--role", "admin", "--password-stdin", "--db", db, input=PASSWORD + "\n")
    assert result.exit_code == 0 and "Added user 'alice' (admin)" in result.output
    # Without --password-stdin the password is asked twice (hidden); a mismatch asks again.
    result = run_cli("user", "add", "bob", "--role", "viewer", "--db", db,
                     input="first pass1\nother pass1\nsecond pass\nsecond pass\n")
    assert result.exit_code == 0 and "Added user 'bob' (viewer)" in result.output
    assert "first pass1" not in result.output
    assert authenticate(open_store(db), "bob", "second pass").user is not None
    listed = run_cli("user", "list", "--db", db)
    assert [line.split("\t")[:2] for line in listed.output.splitlines()] == [["alice", "admin"], ["bob", "viewer"]]
    for args, message in [(("add", "carol", "--role", "boss"), "'boss' is not one of"),
                          (("add", "carol", "--role", "editor", "--password-stdin"), "the password is empty"),
                          (("remove", "carol"), "no user named 'carol'"),
                          (("remove", "alice"), "last admin"),
                          (("passwd", "bob", "--password-stdin"), "too short")]:
        result = run_cli("user", *args, "--db", db, input="\n" if "passwd" not in args else "abc\n")
        assert result.exit_code != 0 and message in result.output, (args, result.output)
    result = run_cli("user", "passwd", "bob", "--password-stdin", "--db", db, input="brand new pass\n")
    assert result.exit_code == 0 and authenticate(open_store(db), "bob", "brand new pass").user is not None
    assert run_cli("user", "remove", "bob", "--db", db).exit_code == 0


def test_every_user_command_has_an_example(run_cli):
    for command in ("add", "list", "remove", "passwd", "role"):
        result = run_cli("user", command, "--help")
        assert result.exit_code == 0 and "Example:" in result.output


def test_lockout_ends_by_itself(empty_store):
    add_user(empty_store, "alice", "admin", PASSWORD)
    row = get_user(empty_store, "alice")
    past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    assert row.locked_at(past) is None
    from dataclasses import replace

    assert replace(row, locked_until=(past + dt.timedelta(hours=1)).isoformat()).locked_at(past) is not None


def test_a_refusal_never_tells_whether_the_name_exists(empty_store):
    """A guesser who fails five times on a real name used to be told 'Too many failed logins for emma' (and at
    once, without the password check): an unknown name got 'Wrong user name or password'. Both read the same now."""
    add_user(empty_store, "emma", "admin", PASSWORD)
    real = [authenticate(empty_store, "emma", "wrong").message for _ in range(MAX_FAILURES + 2)]
    unknown = [authenticate(empty_store, "nobody", "wrong").message for _ in range(MAX_FAILURES + 2)]
    assert set(real) == set(unknown) == {REFUSED}
    assert "locked for 15 minutes" in REFUSED


def test_a_name_is_found_whatever_its_case(empty_store):
    add_user(empty_store, "ed", "admin", PASSWORD)
    found = authenticate(empty_store, "ED", PASSWORD)
    assert found.user is not None and found.user.name == "ed"  # the session holds the stored spelling
