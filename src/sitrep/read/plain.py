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
from sitrep.records import Article

HEADER_KEYS = ("date", "published", "title", "outlet", "url", "source")
HEADER_LINE = re.compile(r"^(" + "|".join(HEADER_KEYS) + r")\s*:\s*(.*)$", re.IGNORECASE)


def read_text_file(path: Path) -> str:
    """A file's text as UTF-8 (a BOM is allowed); empty, binary and non-UTF-8 files are refused."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "no such file or directory") from None
    except IsADirectoryError:
        raise ReadError(str(path), "is a directory") from None
    except OSError as err:
        raise ReadError(str(path), (err.strerror or "cannot be read").lower()) from None
    if b"\x00" in data:
        raise ReadError(str(path), "binary file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(str(path), "not UTF-8 text") from None
    if not text.strip():
        raise ReadError(str(path), "empty file")
    return text


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
