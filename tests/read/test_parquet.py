"""Parquet files of articles (batch inputs): every row through the gate, a bad row never stops the rest."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep.read import ReadError
from sitrep.read.parquet import read_parquet
from sitrep.records import Article

REPORT = "Drones struck the depot of Examplegrad overnight, officials said on Thursday."

# name, a row, what it gives: the published date, or the reason it is refused
ROWS: list[tuple[str, dict[str, object], date | str]] = [
    ("iso-text", {"id": "r", "published": "2025-05-22", "text": REPORT}, date(2025, 5, 22)),
    ("timestamp-text", {"id": "r", "published": "2025-05-22T08:00:00Z", "text": REPORT}, date(2025, 5, 22)),
    ("no-text", {"id": "r", "published": "2025-05-22", "text": None}, "no 'text'"),
    ("blank-text", {"id": "r", "published": "2025-05-22", "text": "  "}, "no 'text'"),
    ("no-date", {"id": "r", "published": None, "text": REPORT},
     "no publication date: give --published YYYY-MM-DD or a 'published' column"),
    ("bad-date", {"id": "r", "published": "2025-02-30", "text": REPORT}, "bad date '2025-02-30' (expected YYYY-MM-DD, an ISO timestamp, RFC 2822 (Tue, 24 Nov 2026) or 24 November 2026)"),
    ("year-1800", {"id": "r", "published": "1800-01-01", "text": REPORT}, "date 1800-01-01 is before 1900"),
    ("nul", {"id": "r", "published": "2025-05-22", "text": REPORT + "\x00"}, "NUL character (U+0000) at character 77"),
    ("too-long", {"id": "r", "published": "2025-05-22", "text": "a" * 1_000_001},
     "too long: 1,000,001 characters, the limit is 1,000,000; split the report"),
]


@pytest.mark.parametrize(("row", "gives"), [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_a_row_and_the_row_after_it(tmp_path: Path, row: dict[str, object], gives: date | str) -> None:
    path = tmp_path / "in.parquet"
    after = {"id": "next", "published": "2025-05-23", "text": REPORT + " Again."}
    pq.write_table(pa.Table.from_pylist([row, after]), path)
    got, last = read_parquet(path)
    assert isinstance(last, Article) and last.source == f"{path}#next"
    if isinstance(gives, date):
        assert isinstance(got, Article) and got.published == gives and got.source == f"{path}#r"
    else:
        assert got == ReadError(f"{path}#r", gives)


def test_date_columns_and_the_fallback(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([
        {"published": date(2025, 5, 22), "text": REPORT},
        {"published": datetime(2025, 5, 21, 23, 0), "text": REPORT + " Two."},
        {"published": None, "text": REPORT + " Three."},
    ]), path)
    assert [a.published for a in read_parquet(path, date(2025, 5, 20)) if isinstance(a, Article)] == [
        date(2025, 5, 22), date(2025, 5, 21), date(2025, 5, 20)]


@pytest.mark.parametrize("content", [b"not parquet", b"PAR1" + b"\x00" * 20 + b"PAR1"])
def test_a_file_parquet_cannot_read_is_one_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "in.parquet"
    path.write_bytes(content)
    [err] = read_parquet(path)
    assert isinstance(err, ReadError) and err.path == str(path)
    assert err.reason.startswith("not a Parquet file of articles: ")
