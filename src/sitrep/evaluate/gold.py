"""Gold files (``spec/GOLD.md``): a report's file, its publication date, and its gold events."""

from __future__ import annotations

import json
import os
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
    docid: str | None = None  # the article inside a corpus file (``TR-News.xml#1040001``)


def gold_files(paths: Sequence[Path]) -> list[Path]:
    """The gold files under ``paths``: a directory means every ``*.gold.json`` in it, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
    return out


def article_references(paths: Sequence[Path]) -> set[str]:
    """The ``article.file`` of each gold file under ``paths`` ("eval/geo/lgl.xml#38543534"), and nothing else of
    them: what a yardstick over the corpora leaves out so that held-out gold stays unread."""
    refs: set[str] = set()
    for path in gold_files([p for p in map(Path, paths) if p.exists()]):
        art = json.loads(path.read_text(encoding="utf-8")).get("article") or {}
        if art.get("file"):
            refs.add(str(art["file"]))
    return refs


def _find_report(gold: Path, rel: Path) -> Path | None:
    """``article.file`` is relative to the shared folder: a parent of the gold file (gold kept in
    ../shared), or ``shared`` beside one (gold kept in a project next to ../shared), or $SITREP_SHARED."""
    bases = [Path(os.environ["SITREP_SHARED"])] if os.environ.get("SITREP_SHARED") else []
    for parent in gold.resolve().parents:
        bases += [parent, parent / "shared"]
    return next((b / rel for b in bases if (b / rel).exists()), None)


def load_gold(path: Path) -> GoldReport:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    art = data["article"]
    file, _, docid = art["file"].partition("#")
    rel = Path(file)
    report = _find_report(Path(path), rel)
    if report is None:
        raise FileNotFoundError(f"{path}: the report {rel} is not found above the gold file, nor in a "
                                "'shared' folder beside one of its parents ($SITREP_SHARED)")
    return GoldReport(Path(path), report, date.fromisoformat(art["published"]), art.get("outlet"), data["events"],
                      docid or None)
