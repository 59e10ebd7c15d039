"""Date headers in the forms reports carry them: ISO, RFC 2822 and the day written out in English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.read import ReadError, read_path
from sitrep.read.dates import read_day

DAY = date(2026, 11, 24)

READ: list[tuple[str, date | None]] = [
    ("2026-11-24", DAY),
    ("2026-11-24T08:00Z", DAY),
    ("2026-11-24 23:30:00+05:30", DAY),
    ("Tue, 24 Nov 2026", DAY),
    ("Tue, 24 Nov 2026 08:00:00 +0000", DAY),
    ("Tue, 24 Nov 2026 23:59:00 -0800", DAY),  # the day as the sender wrote it, not turned into UTC
    ("24 November 2026", DAY),
    ("24 Nov 2026", DAY),
    ("November 24, 2026", DAY),
    ("Nov. 24, 2026", DAY),
    ("Tuesday, 24 November 2026", DAY),
    ("Nov 24th 2026", DAY),
    ("24 November 2026 08:00 GMT", DAY),
    ("Sept 3, 2026", date(2026, 9, 3)),
    ("2026-02-30", None),
    ("30 February 2026", None),
    ("someday", None),
    ("next Tuesday", None),
    ("", None),
]


@pytest.mark.parametrize(("value", "day"), READ, ids=[v or "empty" for v, _ in READ])
def test_read_day(value: str, day: date | None) -> None:
    assert read_day(value) == day


@pytest.mark.parametrize("header", ["Tue, 24 Nov 2026", "24 November 2026", "2026-11-24T08:00Z",
                                    "November 24, 2026"])
def test_plain_text_header_forms(tmp_path: Path, header: str) -> None:
    """Fails on a sitrep that read only ISO dates: "Tue, 24 Nov 2026" was refused as a bad date."""
    path = tmp_path / "r.txt"
    path.write_text(f"date: {header}\ntitle: Dam repairs\n\nCrews in Bramblecote repaired the dam on Monday.\n",
                    encoding="utf-8")
    [article] = read_path(path)
    assert article.published == DAY


def test_unreadable_header_names_the_forms(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("date: the other day\n\nCrews in Bramblecote repaired the dam.\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.reason.startswith("bad date 'the other day' (expected YYYY-MM-DD")
    assert "RFC 2822" in err.value.reason


def test_jsonl_published_rfc2822(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x1", "published": "Tue, 24 Nov 2026 06:00:00 GMT", "text": "Crews repaired the dam."}\n',
                    encoding="utf-8")
    [article] = read_path(path)
    assert article.published == DAY
