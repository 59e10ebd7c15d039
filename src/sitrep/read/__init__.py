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
from sitrep.read.feed import FEED_SUFFIXES, read_feed
from sitrep.read.gate import admit
from sitrep.read.html import HTML_SUFFIXES, read_html
from sitrep.read.jsonl import read_json, read_jsonl
from sitrep.read.plain import read_plain, read_text_file
from sitrep.read.seed import SEED_HEADER, read_seed
from sitrep.read.warc import WARC_SUFFIXES, read_warc
from sitrep.records import Article

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# read when a file is named; a folder's .json files are not taken as reports (a batch's plan, a gold file, settings)
JSON_SUFFIXES = (".json",)
REPORT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES

__all__ = ["REPORT_SUFFIXES", "ReadError", "admit", "iter_reports", "read_path"]


def _kind(path: Path) -> str:
    name = path.name.lower()
    for kind, suffixes in (
        ("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("json", JSON_SUFFIXES), ("feed", FEED_SUFFIXES),
        ("html", HTML_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return "text"


def _read_format(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    kind = _kind(path)
    if kind == "warc":
        yield from read_warc(path, published)
    elif kind == "jsonl":
        yield from read_jsonl(path, published)
    elif kind == "json":
        yield from read_json(path, published)
    elif kind == "feed":
        yield from read_feed(path, published)
    else:
        try:
            if kind == "html":
                yield read_html(path, published)
                return
            text = read_text_file(path)
            if SEED_HEADER.match(text):
                yield read_seed(path, text)
            else:
                yield read_plain(path, text, published)
        except ReadError as err:
            yield err


def _read_one(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    """Every item of one file: its articles, each through the input gate (``read.gate``), and its errors."""
    for item in _read_format(path, published):
        yield admit(item) if isinstance(item, Article) else item


def read_path(path: Path, *, published: date | None = None) -> list[Article]:
    """The articles of one file. Raises ReadError when the file gives none."""
    items = list(_read_one(Path(path), published))
    good = [a for a in items if isinstance(a, Article)]
    if not good:
        errors = [e for e in items if isinstance(e, ReadError)]
        raise errors[0] if errors else ReadError(str(path), "no reports in file")
    return good


# A folder's own documentation, by the names repositories and data sets give it: not reports.
FOLDER_DOCS = ("readme", "attribution", "license", "licence", "notice", "changelog", "contributing", "authors")


def _is_folder_doc(p: Path) -> bool:
    """``corpus/README.md``, ``corpus/ATTRIBUTION.md``: read by people, not as a report."""
    return p.name.lower().startswith(FOLDER_DOCS)


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.name.lower().endswith(REPORT_SUFFIXES) and not _is_folder_doc(p)
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
