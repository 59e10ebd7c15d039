"""The seed format: a file that opens with ``date YYYY-MM-DD `` and the text after it.

Offsets into the article count from just after that header (the leading whitespace, the
word ``date``, the date and one space), so they agree with the project's gold files. The
text is kept byte for byte, the closing agency line included; that line, when it looks
like one, also gives the outlet.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sitrep.read.dates import ACCEPTED, read_day
from sitrep.read.errors import ReadError
from sitrep.records import Article

SEED_HEADER = re.compile(r"^\ufeff?\s*date (\d{4}-\d{2}-\d{2}) ")


def parse_date(path: Path | str, value: str) -> date:
    """The calendar date of a date header (``sitrep.read.dates``: ISO, RFC 2822, "24 November 2026");
    anything else (or 2025-02-30) is a ReadError."""
    day = read_day(value)
    if day is None:
        raise ReadError(str(path), f"bad date {value!r} (expected {ACCEPTED})")
    return day


def outlet_line(text: str) -> str | None:
    """The closing line when it names an agency: short, capitalised, no sentence punctuation."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    last = lines[-1]
    if len(last) < 60 and last[:1].isupper() and not last.endswith((".", "!", "?", "”", '"', ":")):
        return last
    return None


def read_seed(path: Path, text: str) -> Article:
    m = SEED_HEADER.match(text)
    if not m:
        raise ReadError(str(path), "not in the seed format (no 'date YYYY-MM-DD ' header)")
    published = parse_date(path, m.group(1))
    body = text[m.end():]
    if not body.strip():
        raise ReadError(str(path), "empty report after the date header")
    return Article(text=body, published=published, outlet=outlet_line(body), source=str(path))
