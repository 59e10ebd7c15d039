"""Readers: one module per input format, each turning a file into ``Article`` records.

    articles = read_path(Path("report.txt"))
    for item in iter_reports([Path("reports/")]):   # Article or ReadError, in order
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from sitrep.read.errors import ReadError
from sitrep.read.jsonl import read_jsonl
from sitrep.read.plain import read_plain, read_text_file
from sitrep.read.seed import SEED_HEADER, read_seed
from sitrep.records import Article

REPORT_SUFFIXES = (".txt", ".jsonl", ".ndjson", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

__all__ = ["REPORT_SUFFIXES", "ReadError", "iter_reports", "read_path"]


def _read_one(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl(path, published)
        return
    try:
        text = read_text_file(path)
        if SEED_HEADER.match(text):
            yield read_seed(path, text)
        else:
            yield read_plain(path, text, published)
    except ReadError as err:
        yield err


def read_path(path: Path, *, published: date | None = None) -> list[Article]:
    """The articles of one file. Raises ReadError when the file gives none."""
    items = list(_read_one(Path(path), published))
    good = [a for a in items if isinstance(a, Article)]
    if not good:
        errors = [e for e in items if isinstance(e, ReadError)]
        raise errors[0] if errors else ReadError(str(path), "no reports in file")
    return good


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES and not p.name.lower().startswith("readme")
        )
    return [path]


def iter_reports(paths: Sequence[Path], *, published: date | None = None) -> Iterator[Article | ReadError]:
    """Every report under ``paths`` (directories recursively, in name order); bad inputs come as ReadError."""
    for root in paths:
        root = Path(root)
        if not root.exists():
            yield ReadError(str(root), "no such file or directory")
            continue
        for path in _expand(root):
            yield from _read_one(path, published)
