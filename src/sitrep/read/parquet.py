"""Parquet files of articles, an input of ``sitrep batch``: one row a report.

Columns: ``text`` and ``published`` (a date, or text that opens with ``YYYY-MM-DD``), and
optionally ``id``, ``title``, ``outlet``, ``url``. A row's source is ``path#ID`` (``path#`` when
it has no id). Every row goes through the input gate (``read.gate``) like a report read from
any other file; a row that fails it, or has no text or date, is a ReadError naming it, and
the rows after it are read. A file Parquet cannot read is one ReadError. The file is read a
batch of rows at a time, and only if it is a regular file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.read.errors import ReadError
from sitrep.read.gate import admit
from sitrep.read.seed import parse_date
from sitrep.read.text import open_regular
from sitrep.records import Article

ROWS_AT_A_TIME = 256


def _published(where: str, value: Any, published: date | None) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None or str(value).strip() == "":
        if published is None:
            raise ReadError(where, "no publication date: give --published YYYY-MM-DD or a 'published' column")
        return published
    return parse_date(where, str(value))


def _article(path: Path, row: dict[str, Any], published: date | None) -> Article:
    where = f"{path}#{row.get('id') or ''}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "no 'text'")

    def opt(key: str) -> str | None:
        value = row.get(key)
        return str(value) if value is not None else None

    return Article(text=text, published=_published(where, row.get("published"), published), title=opt("title"),
                   outlet=opt("outlet"), url=opt("url"), source=where)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    with open_regular(path) as stream:
        for batch in pq.ParquetFile(stream).iter_batches(batch_size=ROWS_AT_A_TIME):
            yield from batch.to_pylist()


def read_parquet(path: Path, published: date | None = None) -> Iterator[Article | ReadError]:
    """Every row of one file as an Article through the gate, or the ReadError refusing it."""
    rows = _rows(path)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except ReadError as err:
            yield err
            return
        except Exception as exc:  # pyarrow's errors on a broken file are many; the rest of the batch goes on
            yield ReadError(str(path), f"not a Parquet file of articles: {exc}")
            return
        try:
            yield admit(_article(path, row, published))
        except ReadError as err:
            yield err
