"""The complexity gate: ruff's mccabe rule (C901) fails a function with more than 15 paths through it
(pyproject.toml, run by ``make lint``). The functions still let past it carry ``# noqa: C901`` on
their def line; their number may only go down."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "sitrep"
MAX_COMPLEXITY = 15

# Functions in src/ let past the gate today (a noqa mark for C901), all in code other engineers are
# splitting (nlp/, geo/). Lower this as they go; never raise it: split the new function instead.
NOQA_CEILING = 0

NOQA = re.compile(r"#\s*noqa:[^#]*\bC901\b")


def _marked() -> list[str]:
    return [f"{path.relative_to(ROOT)}:{n}"
            for path in sorted(SRC.rglob("*.py"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if NOQA.search(line)]


def test_ruff_fails_a_function_above_15():
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert "C901" in lint["select"]
    assert lint["mccabe"]["max-complexity"] == MAX_COMPLEXITY


def test_the_functions_let_past_the_gate_only_get_fewer():
    marked = _marked()
    assert len(marked) <= NOQA_CEILING, (
        f"{len(marked)} functions are marked '# noqa: C901', at most {NOQA_CEILING} may be; split the new "
        "one into named steps:\n" + "\n".join(marked))


def test_every_mark_is_still_needed():
    """A function brought under the limit loses its mark (and NOQA_CEILING goes down with it)."""
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff is not installed beside this Python")
    found = subprocess.run([str(ruff), "check", "src", "--select", "C901,RUF100", "--output-format", "concise",
                            "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False).stdout
    unused = [line for line in found.splitlines() if "unused: `C901`" in line]
    assert not unused, "remove the '# noqa: C901' of functions now under the limit:\n" + "\n".join(unused)
