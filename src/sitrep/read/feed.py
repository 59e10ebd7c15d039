"""RSS and Atom feeds (feedparser): one Article per entry.

- published: the entry's own date (``published``, else ``updated``), the calendar day as the
  feed writes it (its own time zone); an entry without one is refused, naming the feed and
  the entry, unless ``--published`` gives a date. A date feedparser cannot read is refused.
- title: the entry's title; url: its link; outlet: the feed's title.
- text: the entry's content (else its summary), HTML turned into plain text with one blank
  line between paragraphs (``sitrep.read.htmltext``).
- source: ``path#entry-N``, N counting the feed's entries from 1.

A file that is not XML, or XML that is not a feed (a sitemap, an HTML page), is refused:
``not an RSS or Atom feed: ...``. A feed that breaks off (not well-formed after some
entries) gives the entries before the break and a ReadError saying where it broke.
The bytes go to feedparser as a stream, never as a string it might take for a URL.
"""

from __future__ import annotations

import io
import re
import xml.sax
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sitrep.read.errors import ReadError
from sitrep.read.htmltext import html_to_text
from sitrep.read.text import (
    MAX_FILE_BYTES,
    MAX_TEXT_BYTES,
    decode_text,
    read_bytes,
    repair_mojibake,
    too_large,
)
from sitrep.records import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w:.-]*)")
_XML_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _root_name(data: bytes) -> str | None:
    head = re.sub(rb"<!--.*?-->", b"", data[:4096], flags=re.DOTALL)
    m = _ROOT.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _not_a_feed(parsed: Any, data: bytes) -> str:
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXException):
        root = _root_name(data)
        if root and root.lower() == "html":
            return "not an RSS or Atom feed: an HTML page"
        return f"not an RSS or Atom feed: not well-formed XML ({exc.getMessage()})"
    root = _root_name(data)
    if root is None:
        return "not an RSS or Atom feed: no XML element"
    if root.lower() == "html":
        return "not an RSS or Atom feed: an HTML page"
    return f"not an RSS or Atom feed: the root element is <{root}>"


def _written_date(raw: str) -> date | None:
    """The calendar day as written: RFC 822 (RSS) or ISO 8601 (Atom)."""
    m = _XML_DATE.match(raw)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _entry_date(where: str, entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        day = _written_date(str(raw))
        if day is not None:
            return day
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return datetime(*parsed[:6]).date()
            except (TypeError, ValueError):
                pass
        raise ReadError(where, f"bad date {str(raw)!r}")
    return None


def _entry_text(entry: Any) -> str:
    parts = entry.get("content") or []
    candidates = [(p.get("value") or "", p.get("type") or "") for p in parts]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    for value, kind in candidates:
        if not value.strip():
            continue
        text = value.strip() if kind == "text/plain" else html_to_text(value)
        if text.strip():
            return text
    return ""


def _entry(path: Path, n: int, entry: Any, outlet: str | None, published: date | None) -> Article:
    where = f"{path}#entry-{n}"
    title = (entry.get("title") or "").strip() or None
    label = f"entry {n}" + (f" ({title!r})" if title else "")
    day = _entry_date(where, entry) or published
    if day is None:
        raise ReadError(where, f"{label} of the feed has no date: give --published YYYY-MM-DD")
    text = _entry_text(entry)
    if not text.strip():
        raise ReadError(where, f"{label} of the feed has no text")
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise too_large(where, size, MAX_TEXT_BYTES)
    text = repair_mojibake(where, text)
    link = entry.get("link") or entry.get("id")
    return Article(text=text, published=day, title=title, outlet=outlet, url=link or None, source=where)


def is_feed(data: bytes) -> bool:
    """Whether bytes open like a feed (for sniffing ``.xml`` files and others)."""
    root = _root_name(data)
    return root is not None and root.split(":")[-1].lower() in {"rss", "feed", "rdf"}


def read_feed(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    where = str(path)
    try:
        data = read_bytes(path, MAX_FILE_BYTES)
        decode_text(where, data, repair=False)  # refuses binary and empty files
    except ReadError as err:
        yield err
        return
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as err:  # feedparser should not raise; a file must not stop the batch
        yield ReadError(where, f"not an RSS or Atom feed: {type(err).__name__}")
        return
    if not parsed.get("version"):
        yield ReadError(where, _not_a_feed(parsed, data))
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    entries = parsed.get("entries") or []
    for n, entry in enumerate(entries, start=1):
        try:
            yield _entry(path, n, entry, outlet, published)
        except ReadError as err:
            yield err
    exc = parsed.get("bozo_exception")
    if isinstance(exc, xml.sax.SAXException):
        yield ReadError(where, f"broken feed ({exc.getMessage()}): {len(entries)} entries read before the break")
    elif not entries:
        yield ReadError(where, "feed has no entries")
