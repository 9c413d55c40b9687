"""Shared fixtures: the shipped chronology, real SQLite stores in tmp folders, the CLI runner."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.importer import load_shipped
from tracker.models import Tables
from tracker.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shipped() -> Tables:
    """The shipped chronology, parsed once per test session."""
    return load_shipped(DATA)


@pytest.fixture()
def store(tmp_path: Path, shipped: Tables) -> Store:
    """A real SQLite store in a tmp folder, loaded with the shipped data."""
    opened = open_store(tmp_path / "tracker.db")
    opened.save(shipped)
    yield opened
    opened.close()


@pytest.fixture()
def db_path(tmp_path: Path, store: Store) -> str:
    """The path of the `store` fixture's file, for CLI tests."""
    return store.location


@pytest.fixture()
def run_cli():
    """Run the CLI in-process; returns the click Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
        return runner.invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return run


MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


@pytest.fixture(scope="session")
def mini() -> Tables:
    """A small hand-designed chronology with known counts and edge cases (see fixtures/mini)."""
    return load_shipped(MINI)
