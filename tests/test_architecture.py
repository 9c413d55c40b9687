"""Dependencies point one way: the pure core imports no Dash, CLI, database driver or store, not even indirectly;
no module imports one that imports it back (also through imports inside functions); the code reads nothing in tests/.

The core is discovered: every module of `tracker` outside the shell (the CLI, the dashboard, the stores, the
Python front door), so a new module is checked without being listed.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "tracker"
#: The shell: it may import anything; nothing in the core may import it.
SHELL = ("tracker.cli", "tracker.dashboard", "tracker.store", "tracker.api", "tracker.__main__", "tracker.auth")
FORBIDDEN = ("dash", "click", "sqlite3", "psycopg", "flask", "waitress", *SHELL)
#: Back-edges known and owned elsewhere: (module, imported module) -> why it is allowed for now.
KNOWN_BACK_EDGES: dict[tuple[str, str], str] = {}
#: Core modules that still read the tests folder -> why it is allowed for now.
KNOWN_TEST_READERS: dict[str, str] = {}


def module_name(path: Path, root: Path) -> str:
    """`tracker.store.base` for tracker/store/base.py, `tracker.store` for its __init__.py."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """Nodes under `if TYPE_CHECKING:` (never run, so no dependency)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(sub) for sub in ast.walk(node)}
    return skipped


def imports_of(path: Path, name: str, modules: set[str]) -> set[str]:
    """Every module `path` imports, at the top or inside a function; `from pkg import sub` counts as `pkg.sub` only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            subs = {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules}
            found |= subs
            if len(subs) < len(node.names):
                found.add(base)
    return found


def import_graph(root: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(module -> the package modules it imports, module -> everything it imports) for the package at `root`."""
    paths = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    everything = {name: imports_of(path, name, set(paths)) for name, path in paths.items()}
    inside = {name: {m for m in found if m in paths and m != name} for name, found in everything.items()}
    return inside, everything


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or not (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def reachable(graph: dict[str, set[str]], start: str, skip: set[tuple[str, str]] = frozenset()) -> dict[str, str]:
    """Every module `start` imports directly or through others (parents packages too, as Python runs them) -> who imports it."""
    seen = {start: start}
    todo = [start]
    while todo:
        node = todo.pop()
        parents = {".".join(node.split(".")[:i]) for i in range(2, len(node.split(".")))}
        for nxt in (graph[node] | parents) & set(graph):
            if nxt not in seen and (node, nxt) not in skip:
                seen[nxt] = node
                todo.append(nxt)
    return seen


def _is_shell(name: str) -> bool:
    return name == "tracker" or any(name == s or name.startswith(s + ".") for s in SHELL)


GRAPH, EVERYTHING = import_graph(ROOT)
CORE = sorted(name for name in GRAPH if not _is_shell(name))


def forbidden_imports(name: str, graph=GRAPH, everything=EVERYTHING) -> dict[str, str]:
    """Forbidden modules `name` imports, directly or not -> the chain of modules that brings each in."""
    seen = reachable(graph, name, set(KNOWN_BACK_EDGES))
    bad = {}
    for module in seen:
        for imported in everything[module]:
            if imported.split(".")[0] in FORBIDDEN or imported.startswith(FORBIDDEN):
                if (module, imported) in KNOWN_BACK_EDGES:
                    continue
                chain = [module]
                while chain[-1] != name:
                    chain.append(seen[chain[-1]])
                bad[imported] = " <- ".join(chain)
    return bad


def test_the_core_is_every_module_outside_the_shell():
    assert {"tracker.models", "tracker.frames", "tracker.flat", "tracker.flat_columns", "tracker.query",
            "tracker.selection", "tracker.export.csv_format", "tracker.briefing.model", "tracker.importers.gdelt",
            "tracker.extract.review"} <= set(CORE)
    assert not any(_is_shell(name) for name in CORE) and len(CORE) > 50


@pytest.mark.parametrize("name", CORE)
def test_a_core_module_imports_nothing_from_the_shell_even_indirectly(name):
    assert forbidden_imports(name) == {}


def test_no_module_imports_one_that_imports_it_back():
    assert cycles(GRAPH) == []


@pytest.mark.parametrize("name", CORE)
def test_the_core_reads_nothing_in_the_tests_folder(name):
    path = ROOT.parent / (name.replace(".", "/") + ".py")
    path = path if path.exists() else ROOT.parent / name.replace(".", "/") / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and (node.value == "tests" or node.value.startswith(("tests/", "tests\\")))]
    assert not named or name in KNOWN_TEST_READERS


def test_the_known_exceptions_still_exist():
    """An allowed back-edge that is gone must leave the list, so the list never hides a new one."""
    for module, imported in KNOWN_BACK_EDGES:
        assert imported in EVERYTHING.get(module, set()), f"{module} no longer imports {imported}: remove it"


def test_the_checks_see_imports_inside_functions_and_indirect_ones(tmp_path):
    package = tmp_path / "tracker"
    (package / "store").mkdir(parents=True)
    files = {
        "__init__.py": "", "store/__init__.py": "import sqlite3\n",
        "models.py": "def empty():\n    from tracker.frames import coerce\n",  # the lazy back-edge models <-> frames
        "frames.py": "from tracker.models import SCHEMAS\n",
        "query.py": "from tracker import helpers\n",
        "helpers.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tracker.models import X\n"
                      "from tracker.store import open_store\n",
    }
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    graph, everything = import_graph(package)
    assert cycles(graph) == [["tracker.frames", "tracker.models"]]
    assert "tracker.models" not in graph["tracker.helpers"]  # only under TYPE_CHECKING
    bad = forbidden_imports("tracker.query", graph, everything)
    assert bad == {"tracker.store": "tracker.helpers <- tracker.query", "sqlite3": "tracker.store <- tracker.helpers <- tracker.query"}


def test_modules_stay_small():
    big = [(p.relative_to(ROOT), n) for p in ROOT.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500]
    assert big == []
