"""Where things live: apps depend one way, modules import each other without cycles and at
the top, and no module grows past what a reader can hold (STYLE.md, "Layout")."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The apps at the edge: they build on the core apps, and nothing imports them (but the URLconf).
LEAF_APPS = ["feedback", "projects", "coverage", "opendata", "helplines"]
PACKAGES = ["portal", "accounts", "municipalities", "offers", *LEAF_APPS]
MAX_LINES = 500


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def imports(path: Path, *, at_top_only: bool) -> list[tuple[str, int]]:
    """The project modules a file imports (name, line); only its top level, or everywhere."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if at_top_only else list(ast.walk(tree))
    names = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [(node.module, node.lineno)]
            names += [(f"{node.module}.{alias.name}", node.lineno) for alias in node.names]
    return [(name, line) for name, line in names if name.split(".")[0] in PACKAGES]


def in_app_ready(path: Path, line: int) -> bool:
    """Django's place for imports that need the app registry: AppConfig.ready()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.FunctionDef)
        and node.name == "ready"
        and node.lineno <= line <= node.end_lineno
        for node in ast.walk(tree)
    )


def test_the_register_of_places_knows_nothing_of_offers():
    offending = [
        f"{name} imports {target} (line {line})"
        for name, path in modules().items()
        if name.startswith("municipalities")
        for target, line in imports(path, at_top_only=False)
        if target.startswith(("offers", "accounts"))
    ]
    assert offending == []


@pytest.mark.parametrize("app", LEAF_APPS)
def test_nothing_imports_an_app_at_the_edge(app):
    offending = [
        f"{name} imports {target} (line {line})"
        for name, path in modules().items()
        if not name.startswith(app) and name != "portal.urls"
        for target, line in imports(path, at_top_only=False)
        if target.startswith(app)
    ]
    assert offending == []


def test_the_shared_infrastructure_imports_no_app():
    apps = ("accounts", "municipalities", "offers", *LEAF_APPS)
    offending = [
        f"{name} imports {target} (line {line})"
        for name, path in modules().items()
        # The URLconf and the data commands put the apps together; that is their job.
        if name.startswith("portal") and name not in {"portal.urls"}
        for target, line in imports(path, at_top_only=False)
        if target.startswith(apps)
    ]
    assert offending == []


def test_imports_are_at_the_top_of_modules():
    offending = []
    for name, path in modules().items():
        top = set(imports(path, at_top_only=True))
        for target, line in imports(path, at_top_only=False):
            if (target, line) not in top and not in_app_ready(path, line):
                offending.append(f"{name}:{line} imports {target} inside a function")
    assert offending == []


def test_modules_import_each_other_without_cycles():
    known = modules()
    graph = {
        name: {
            target
            for target, _line in imports(path, at_top_only=True)
            if target in known and target != name
        }
        for name, path in known.items()
    }
    cycles, visiting, done = [], [], set()

    def visit(name):
        if name in visiting:
            cycles.append(" → ".join([*visiting[visiting.index(name) :], name]))
            return
        if name in done:
            return
        visiting.append(name)
        for target in sorted(graph[name]):
            visit(target)
        visiting.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)
    # A package's __init__ importing its own submodules is how a package is made.
    cycles = [c for c in cycles if not all(p.startswith(c.split(" → ")[0]) for p in c.split(" → "))]
    assert cycles == []


@pytest.mark.parametrize("name", sorted(modules()))
def test_no_module_is_longer_than_a_reader_can_hold(name):
    lines = modules()[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it by concept"
