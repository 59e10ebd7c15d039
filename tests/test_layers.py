"""Imports go one way: every import in src/sitrep (at the top of a module or inside a function) goes
to the module's own layer or one below it, and no modules import each other round in a cycle.

    records, lexicon  <-  read, geo, merge.rules  <-  nlp  <-  merge  <-  store
        <-  export, web, batch, evaluate  <-  api, watch  <-  cli

``sitrep.merge.rules`` is the one module of merge that sits with geo: the within-report fold in nlp
uses it. A module's layer is that of the longest prefix in LAYERS that names it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

LAYERS: tuple[tuple[str, ...], ...] = (  # lowest first
    ("sitrep.records", "sitrep.lexicon"),
    ("sitrep.read", "sitrep.geo", "sitrep.merge.rules"),
    ("sitrep.nlp",),
    ("sitrep.merge",),
    ("sitrep.store",),
    ("sitrep.export", "sitrep.web", "sitrep.batch", "sitrep.evaluate"),
    ("sitrep.api", "sitrep.watch"),
    ("sitrep.cli",),
)
ROOT_PACKAGE = "sitrep"  # its __init__ holds only __version__: every layer may import it

# Imports that go the wrong way today in code other engineers are changing. Each is an expected
# failure: the tests below pass over it, and test_expected_failures_are_still_there fails once it is
# fixed, so that its entry is removed. The lead empties this list after merging.
EXPECTED_FAILURES: dict[str, str] = {}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a package means its __init__)
    line: int


def layer_of(module: str, layers: tuple[tuple[str, ...], ...] = LAYERS) -> int | None:
    """The layer of the longest prefix that names ``module``; None when no prefix does."""
    if module == ROOT_PACKAGE:
        return 0
    found: tuple[int, int] | None = None  # (prefix length, layer)
    for level, prefixes in enumerate(layers):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (found is None or len(prefix) > found[0]):
                found = (len(prefix), level)
    return found[1] if found else None


def modules(src: Path = SRC) -> dict[str, Path]:
    """Every module under src/sitrep by its dotted name (a package by its own name)."""
    out = {}
    for path in sorted((src / "sitrep").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _base(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module a ``from ... import`` names (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    package = module.split(".") if is_package else module.split(".")[:-1]
    package = package[:len(package) - node.level + 1]
    return ".".join(package + ([node.module] if node.module else []))


def imports_of(module: str, path: Path, known: set[str]) -> Iterator[Import]:
    """Every import of a sitrep module in ``path``, wherever it is in the file."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, path.name == "__init__.py", node)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            if target == ROOT_PACKAGE or target.startswith(ROOT_PACKAGE + "."):
                yield Import(module, target, node.lineno)


def import_graph(src: Path = SRC) -> list[Import]:
    found = modules(src)
    known = set(found)
    return [imp for module, path in found.items() for imp in imports_of(module, path, known)]


def upward(imports: list[Import], layers: tuple[tuple[str, ...], ...] = LAYERS) -> list[Import]:
    """The imports whose target sits in a higher layer than their source."""
    out = []
    for imp in imports:
        source, target = layer_of(imp.source, layers), layer_of(imp.target, layers)
        if source is not None and target is not None and target > source:
            out.append(imp)
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    return sorted(sorted(c) for c in _Tarjan(edges).components() if len(c) > 1)


class _Tarjan:
    def __init__(self, edges: dict[str, set[str]]) -> None:
        self.edges = edges
        self.index: dict[str, int] = {}
        self.low: dict[str, int] = {}
        self.stack: list[str] = []
        self.on_stack: set[str] = set()
        self.found: list[list[str]] = []

    def components(self) -> list[list[str]]:
        for v in sorted(self.edges):
            if v not in self.index:
                self._visit(v)
        return self.found

    def _visit(self, v: str) -> None:
        self.index[v] = self.low[v] = len(self.index)
        self.stack.append(v)
        self.on_stack.add(v)
        for w in sorted(self.edges.get(v, ())):
            if w not in self.index:
                self._visit(w)
                self.low[v] = min(self.low[v], self.low[w])
            elif w in self.on_stack:
                self.low[v] = min(self.low[v], self.index[w])
        if self.low[v] == self.index[v]:
            self.found.append(self._pop_component(v))

    def _pop_component(self, root: str) -> list[str]:
        component = []
        while True:
            w = self.stack.pop()
            self.on_stack.discard(w)
            component.append(w)
            if w == root:
                return component


def cycle_path(component: list[str], edges: dict[str, set[str]]) -> list[str]:
    """The shortest way round a component, from its first module back to it (breadth first)."""
    members, start = set(component), component[0]
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        step = []
        for v in frontier:
            for w in sorted(edges.get(v, set()) & members):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if w not in came_from:
                    came_from[w] = v
                    step.append(w)
        frontier = step
    raise ValueError(f"{start} is in no cycle")


def _edges(imports: list[Import]) -> dict[str, set[str]]:
    known = set(modules())
    edges: dict[str, set[str]] = {}
    for imp in imports:
        if imp.target in known and imp.target != imp.source:
            edges.setdefault(imp.source, set()).add(imp.target)
    return edges


def _cycle_key(component: list[str]) -> str:
    return "cycle: " + ", ".join(component)


def _upward_key(imp: Import) -> str:
    return f"{imp.source} -> {imp.target}"


@pytest.fixture(scope="module")
def graph() -> list[Import]:
    return import_graph()


# -- the rules, on src/sitrep ------------------------------------------------------------------
def test_every_module_has_a_layer():
    missing = [m for m in modules() if layer_of(m) is None]
    assert not missing, f"add these to LAYERS in {Path(__file__).name}: {', '.join(missing)}"


def test_imports_go_downward(graph):
    wrong = [imp for imp in upward(graph) if _upward_key(imp) not in EXPECTED_FAILURES]
    assert not wrong, "imports that go up a layer:\n" + "\n".join(
        f"  {modules()[imp.source].relative_to(SRC)}:{imp.line}: {imp.source} imports {imp.target} "
        f"(layer {layer_of(imp.source)} imports layer {layer_of(imp.target)})" for imp in wrong)


def test_no_import_cycles(graph):
    edges = _edges(graph)
    found = [c for c in cycles(edges) if _cycle_key(c) not in EXPECTED_FAILURES]
    assert not found, "modules that import each other round:\n" + "\n".join(
        "  " + " -> ".join(cycle_path(c, edges)) for c in found)


def test_expected_failures_are_still_there(graph):
    edges = _edges(graph)
    now = {_upward_key(imp) for imp in upward(graph)} | {_cycle_key(c) for c in cycles(edges)}
    fixed = sorted(set(EXPECTED_FAILURES) - now)
    assert not fixed, "fixed: remove from EXPECTED_FAILURES: " + "; ".join(fixed)


# -- the helpers, on made-up modules -----------------------------------------------------------
TOY_LAYERS = (("pkg.base",), ("pkg.mid", "pkg.top.low"), ("pkg.top",))


@pytest.mark.parametrize(("module", "expected"), [
    ("sitrep", 0),
    ("pkg.base", 0),
    ("pkg.base.util", 0),
    ("pkg.mid.parts", 1),
    ("pkg.top", 2),
    ("pkg.top.view", 2),
    ("pkg.top.low", 1),  # the longest prefix wins
    ("pkg.top.lower", 2),  # a prefix ends at a dot
    ("pkg.other", None),
])
def test_layer_of(module, expected):
    assert layer_of(module, TOY_LAYERS) == expected


@pytest.mark.parametrize(("source", "target", "goes_up"), [
    ("pkg.top.view", "pkg.base", False),
    ("pkg.top.view", "pkg.top.other", False),  # its own layer
    ("pkg.mid", "pkg.top.low.x", False),  # merge.rules-like: a low module inside a high package
    ("pkg.top.low", "pkg.top", True),
    ("pkg.base", "pkg.mid", True),
])
def test_upward(source, target, goes_up):
    assert upward([Import(source, target, 1)], TOY_LAYERS) == ([Import(source, target, 1)] if goes_up else [])


@pytest.mark.parametrize(("edges", "expected"), [
    ({"a": {"b"}, "b": {"c"}}, []),
    ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
    ({"a": {"a"}}, []),
])
def test_cycles(edges, expected):
    assert cycles(edges) == expected


def test_a_cycle_is_reported_as_the_way_round():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    assert cycle_path(["a", "b", "c"], edges) == ["a", "b", "c", "a"]


def test_imports_are_found_wherever_they_are(tmp_path):
    pkg = tmp_path / "sitrep" / "part"
    pkg.mkdir(parents=True)
    (tmp_path / "sitrep" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("from . import leaf\n")
    (pkg / "leaf.py").write_text("import os\nfrom sitrep import part\n\n\ndef f():\n"
                                 "    from ..part.leaf import f\n    import sitrep.other\n")
    found = {(i.source, i.target, i.line) for i in import_graph(tmp_path)}
    assert found == {("sitrep.part", "sitrep.part.leaf", 1), ("sitrep.part.leaf", "sitrep.part", 2),
                     ("sitrep.part.leaf", "sitrep.part.leaf", 6), ("sitrep.part.leaf", "sitrep.other", 7)}


def test_the_way_round_is_the_shortest():
    edges = {"a": {"b", "c"}, "b": {"c"}, "c": {"d"}, "d": {"a"}}
    assert cycle_path(["a", "b", "c", "d"], edges) == ["a", "c", "d", "a"]
