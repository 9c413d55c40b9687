"""The `user` commands: add, list, remove users and change passwords (see tracker.auth)."""
from __future__ import annotations

import sys

import click

from tracker.auth.accounts import AccountError
from tracker.cli.options import db_option, open_tracker
from tracker.store.users import ROLES

ROLE_CHOICE = click.Choice(ROLES)
PASSWORD_STDIN = click.option("--password-stdin", is_flag=True,
                              help="Read the password from the first line of standard input (for scripts).")


@click.group("user")
def user_group() -> None:
    """Users and roles. Once a store has a user, every page of `tracker serve` asks for a login.

    Viewers read; editors also edit and review; admins also manage users. The first user must
    be an admin, and the last admin cannot be removed.

    Example:

    \b
        tracker user add alice --role admin
        echo "$PASSWORD" | tracker user add bob --role viewer --password-stdin
        tracker user list
    """


def _password(from_stdin: bool) -> str:
    """The new password: the first line of stdin, or asked twice without echo."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt="Repeat the password")


def _refused(exc: AccountError) -> click.ClickException:
    return click.ClickException(str(exc))


@user_group.command("add")
@db_option
@click.argument("name")
@click.option("--role", required=True, type=ROLE_CHOICE, help="viewer (reads), editor (edits, reviews) or admin.")
@PASSWORD_STDIN
def add_command(db: str | None, name: str, role: str, password_stdin: bool) -> None:
    """Add the user NAME with a role; the password is asked twice (hidden) unless --password-stdin.

    Passwords need at least 8 characters; they are stored hashed (Argon2id).

    Example:

    \b
        tracker user add alice --role admin
        printf '%s\\n' "$PASSWORD" | tracker user add bob --role editor --password-stdin
    """
    t = open_tracker(db)
    try:
        user = t.add_user(name, role, _password(password_stdin))
    except AccountError as exc:
        raise _refused(exc) from None
    click.echo(f"Added user {user.name!r} ({user.role}).")


@user_group.command("list")
@db_option
def list_command(db: str | None) -> None:
    """Print the users, one a line: name, role, created, and a lockout if one is running.

    Example:

    \b
        tracker user list --db var/tracker.db
    """
    users = open_tracker(db).users()
    for user in users:
        locked = f"\tlocked until {user.locked_until}" if user.locked_until else ""
        click.echo(f"{user.name}\t{user.role}\t{user.created_at}{locked}")
    if not users:
        click.echo("No users: `tracker serve` is the single-user local tool on 127.0.0.1. "
                   "Add one with: tracker user add NAME --role admin", err=True)


@user_group.command("remove")
@db_option
@click.argument("name")
def remove_command(db: str | None, name: str) -> None:
    """Remove the user NAME (never the last admin).

    Example:

    \b
        tracker user remove bob
    """
    try:
        open_tracker(db).remove_user(name)
    except AccountError as exc:
        raise _refused(exc) from None
    click.echo(f"Removed user {name!r}.")


@user_group.command("passwd")
@db_option
@click.argument("name")
@PASSWORD_STDIN
def passwd_command(db: str | None, name: str, password_stdin: bool) -> None:
    """Set a new password for NAME; this also lifts a lockout and signs NAME out everywhere.

    Example:

    \b
        tracker user passwd bob
    """
    t = open_tracker(db)
    try:
        t.set_password(name, _password(password_stdin))
    except AccountError as exc:
        raise _refused(exc) from None
    click.echo(f"Changed the password of {name!r}; its sessions have ended.")


@user_group.command("role")
@db_option
@click.argument("name")
@click.argument("role", type=ROLE_CHOICE)
def role_command(db: str | None, name: str, role: str) -> None:
    """Give NAME another role (viewer, editor, admin); the store always keeps one admin.

    Example:

    \b
        tracker user role bob editor
    """
    try:
        user = open_tracker(db).set_role(name, role)
    except AccountError as exc:
        raise _refused(exc) from None
    click.echo(f"{user.name!r} is now {user.role}.")


COMMANDS = [user_group]
