"""Gold files (``spec/GOLD.md``): a report's file, its publication date, and its gold events."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


@dataclass
class GoldReport:
    path: Path
    report_path: Path
    published: date
    outlet: str | None
    events: list[dict[str, Any]]


def gold_files(paths: Sequence[Path]) -> list[Path]:
    """The gold files under ``paths``: a directory means every ``*.gold.json`` in it, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
    return out


def load_gold(path: Path) -> GoldReport:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    art = data["article"]
    rel = Path(art["file"])
    report = None
    for base in Path(path).resolve().parents:  # article.file is relative to the shared folder
        if (base / rel).exists():
            report = base / rel
            break
    if report is None:
        raise FileNotFoundError(f"{path}: the report {rel} is not found above the gold file")
    return GoldReport(Path(path), report, date.fromisoformat(art["published"]), art.get("outlet"), data["events"])
