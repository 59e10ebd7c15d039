"""Plain text, with an optional header block of ``key: value`` lines ended by a blank line.

    date: 2025-05-22
    title: ...
    outlet: ...
    url: ...

    The report's text ...
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from sitrep.read.errors import ReadError
from sitrep.read.seed import outlet_line, parse_date
from sitrep.read.text import MAX_TEXT_BYTES, read_text
from sitrep.records import Article

HEADER_KEYS = ("date", "published", "title", "outlet", "url", "source")
HEADER_LINE = re.compile(r"^(" + "|".join(HEADER_KEYS) + r")\s*:\s*(.*)$", re.IGNORECASE)


def read_text_file(path: Path, limit: int = MAX_TEXT_BYTES) -> str:
    """A file's text (``sitrep.read.text``): empty, binary, too large and unrepairable files are refused;
    UTF-8, UTF-16 with a BOM, Windows-1252/Latin-1 and Windows-1251 are decoded."""
    return read_text(path, limit)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields and the text after the blank line that ends them ({} and the text if none)."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if fields:
                return fields, "\n".join(lines[i + 1:])
            return {}, text
        m = HEADER_LINE.match(line.strip())
        if not m:
            return {}, text
        fields[m.group(1).lower()] = m.group(2).strip()
    return {}, text


def read_plain(path: Path, text: str, published: date | None) -> Article:
    fields, body = split_header(text)
    when = fields.get("date") or fields.get("published")
    day = parse_date(path, when) if when else published
    if day is None:
        raise ReadError(str(path), "no publication date: give --published YYYY-MM-DD or a 'date:' header")
    if not body.strip():
        raise ReadError(str(path), "empty report after the header")
    return Article(
        text=body, published=day, title=fields.get("title"), outlet=fields.get("outlet") or outlet_line(body),
        url=fields.get("url"), source=str(path),
    )
