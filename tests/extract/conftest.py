"""Fixtures for the extraction tests: the seed article and a store without the shipped chronology."""
from __future__ import annotations

from pathlib import Path

import pytest

from tracker.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seeds" / "000_cfe07add8a2e0fb0.txt"
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture()
def seed_path() -> Path:
    """The seed article (the shared copy, else the corpus copy)."""
    return SEED if SEED.exists() else CORPUS / "000_seed_interfax.txt"


@pytest.fixture()
def empty_store(tmp_path: Path) -> Store:
    """A real SQLite store with no events."""
    opened = open_store(tmp_path / "empty.db")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def lexicon():
    """The built-in gazetteer alone (no store), shared by the tests of sentences of our own."""
    from tracker.extract.lexicon import Lexicon

    return Lexicon()
