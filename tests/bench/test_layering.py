"""The package layout is the pipeline: each stage imports only the stages below it, and no
module imports itself back through others (a cycle). Lazy imports inside functions count:
they are dependencies too."""

from __future__ import annotations

import ast
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# Installed module prefix -> folder in the repository (pyproject's package-dir mapping).
FOLDERS = {"bench": "bench", "bench.generators": "generators", "bench.reports": "reports"}

# Lowest first. A module may import its own layer or any lower one.
LAYERS = (
    ("bench", "bench.core"),  # bench/__init__ holds only the version
    ("bench.config",),
    ("bench.models",),
    ("bench.tasks", "bench.generators"),
    ("bench.fixtures",),
    ("bench.answering",),
    ("bench.scoring",),
    ("bench.runs",),
    ("bench.reports",),
    ("bench.cli", "bench.api"),
    ("bench.pytest_plugin", "bench.__main__"),
)


def layer_of(module: str) -> int:
    """The layer of a module: the longest prefix named in LAYERS."""
    best, depth = None, -1
    for index, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > depth:
                best, depth = index, len(name)
    assert best is not None, f"{module}: in no layer; add its package to LAYERS"
    return best


def modules() -> dict[str, Path]:
    found = {}
    for prefix, folder in FOLDERS.items():
        for path in sorted((PROJECT / folder).rglob("*.py")):
            parts = path.relative_to(PROJECT / folder).with_suffix("").parts
            parts = parts[:-1] if parts[-1] == "__init__" else parts
            found[".".join((prefix,) + parts)] = path
    return found


def imports(path: Path, known: set[str]) -> set[str]:
    """Modules of ours that `path` imports anywhere (top level or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from pkg import module` imports pkg.module when that is a module of ours.
            names = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known
                     else node.module for alias in node.names]
        found.update(name for name in names if name.split(".")[0] == "bench")
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: {i for i in imports(path, known) if i != name} for name, path in mods.items()}


def test_every_module_has_a_layer():
    for name in modules():
        layer_of(name)


def test_no_stage_imports_a_higher_stage():
    upward = [f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
              for module, targets in graph().items() for target in sorted(targets)
              if layer_of(target) > layer_of(module)]
    assert not upward, "\n".join(upward)


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle():
    cycle = find_cycle(graph())
    assert cycle is None, " -> ".join(cycle)


def test_the_checks_catch_what_they_should():
    """The detector itself: a planted cycle and a planted upward import are found."""
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    assert layer_of("bench.core.types") < layer_of("bench.scoring.metrics")
    assert layer_of("bench.config.suite") < layer_of("bench.answering.backends")
