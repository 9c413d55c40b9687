"""Dependencies point one way: the pure core imports no Dash, CLI or database driver."""
import ast
from pathlib import Path

import pytest

CORE = ["models", "frames", "dates", "filters", "selection", "flat", "resolve", "problems", "readers", "importer", "export",
        "briefing", "saved_views"]
FORBIDDEN = ("dash", "click", "sqlite3", "psycopg", "flask", "tracker.cli", "tracker.dashboard", "tracker.store")
ROOT = Path(__file__).resolve().parents[1] / "tracker"


def core_files():
    for name in CORE:
        path = ROOT / f"{name}.py"
        yield from ([path] if path.exists() else sorted((ROOT / name).glob("*.py")))


@pytest.mark.parametrize("path", list(core_files()), ids=lambda p: p.name)
def test_core_module_imports_nothing_from_the_shell(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    bad = {name for name in imported if name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)}
    assert not bad, f"{path.name} imports {bad}"


def test_modules_stay_small():
    big = [(p.relative_to(ROOT), n) for p in ROOT.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert big == []
