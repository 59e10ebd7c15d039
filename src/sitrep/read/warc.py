"""WARC archives (warcio), plain or gzipped: every HTML page a crawl saved is one report.

Only ``response`` records with HTTP status 200 and Content-Type ``text/html`` (or
``application/xhtml+xml``) are read; every other record (requests, metadata, images,
redirects, errors) is skipped without a word. Each page goes through the HTML reader
(``sitrep.read.html``) with:

- url: the record's ``WARC-Target-URI``;
- source: ``path#offset-N``, N the record's byte offset in the file;
- published: the page's own date. A page that gives none takes the record's ``WARC-Date``
  (the day it was crawled, so the day it was published or later), and its source says so:
  ``path#offset-N (dated by WARC-Date)``; ``--published`` comes only after both.

A page that cannot be read (no main text, too large) is a ReadError naming its record. A
broken archive (truncated, not WARC, bad gzip) ends the file with one ReadError naming it,
the byte offset where it broke and the reason; the pages before the break are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitrep.read.errors import ReadError
from sitrep.read.html import decode_html, html_article
from sitrep.read.text import MAX_TEXT_BYTES, open_regular, too_large
from sitrep.records import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
DATED_BY_WARC = " (dated by WARC-Date)"


def _warc_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return ctype in HTML_TYPES


class _Truncated(Exception):
    pass


def _drain(record: Any) -> None:
    """Read the rest of the record; a record shorter than its Content-Length is a broken archive."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _Truncated(f"record cut short ({raw.limit} bytes missing)")


def _page(path: Path, offset: int, record: Any, published: date | None) -> Article | ReadError:
    where = f"{path}#offset-{offset}"
    data = record.content_stream().read(MAX_TEXT_BYTES + 1)
    _drain(record)
    if len(data) > MAX_TEXT_BYTES:
        return too_large(where, int(record.length or len(data)), MAX_TEXT_BYTES)
    try:
        return html_article(
            where, decode_html(where, data), published=published,
            url=record.rec_headers.get_header("WARC-Target-URI") or None,
            fallback=_warc_date(record.rec_headers.get_header("WARC-Date")), fallback_note=DATED_BY_WARC,
        )
    except ReadError as err:
        return err


def _reason(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    if isinstance(err, _Truncated):
        return text
    if type(err).__name__ == "ArchiveLoadFailed":
        return text or "not a WARC record"
    if isinstance(err, (EOFError, zlib.error)):
        return f"bad or truncated gzip data ({text or type(err).__name__})"
    return f"malformed or cut-short record ({type(err).__name__})"


class _Misfits:
    """Stands in for warcio's warning text: keeps the offsets of records whose length is wrong."""

    def __init__(self) -> None:
        self.offsets: list[int] = []

    def format(self, offset: int, line: bytes) -> str:
        self.offsets.append(int(offset))
        return ""  # warcio writes this to stderr: nothing


def _records(stream: Any) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream, check_digests=False)
    records.INC_RECORD = _Misfits()
    return records


def _gzip_break(stream: Any) -> tuple[int, str] | None:
    """Where a gzipped file's members break (a member cut short, bad data), checked on its own."""
    stream.seek(0)
    inflater = zlib.decompressobj(31)
    start = pos = 0
    fed = False
    while chunk := stream.read(1 << 16):
        data = chunk
        while data:
            try:
                inflater.decompress(data, 1 << 20)
                while inflater.unconsumed_tail and not inflater.eof:
                    inflater.decompress(inflater.unconsumed_tail, 1 << 20)
            except zlib.error as err:
                return start, f"bad gzip data ({err})"
            fed = True
            if not inflater.eof:
                break
            data = inflater.unused_data
            start = pos + len(chunk) - len(data)
            inflater, fed = zlib.decompressobj(31), False
            if not data.strip():
                break
        pos += len(chunk)
    return (start, "gzip data cut short") if fed and not inflater.eof else None


def _end_problem(stream: Any, records: Any, seen: int, gzipped: bool) -> tuple[int, str] | None:
    end = int(records.offset)
    stream.seek(end)
    if stream.read(1 << 16).strip():
        return end, "incomplete record at the end"
    misfits = records.INC_RECORD.offsets
    if misfits:
        return misfits[0], "a record's Content-Length does not match its content"
    if gzipped:
        found = _gzip_break(stream)
        if found:
            return found
    if not seen:
        return 0, "no WARC records"
    return None


def _opens_like_warc(stream: Any, gzipped: bool) -> bool:
    data = stream.read(1 << 12)
    if len(data) < 2 and b"\x1f\x8b".startswith(data):
        return True  # cut inside the gzip magic: broken, found by the reader
    if gzipped:
        try:
            data = zlib.decompressobj(31).decompress(data, 64)
        except zlib.error:
            return False
    start = data.lstrip()[:5]
    return b"WARC/".startswith(start)  # a file cut inside "WARC/" is a broken WARC, not another format


def read_warc(path: Path, published: date | None) -> Iterator[Article | ReadError]:
    where = str(path)
    try:
        stream = open_regular(path)
    except ReadError as err:
        yield err
        return
    with stream:
        head = stream.read(2)
        refused = _refusal(stream, head)
        if refused:
            yield ReadError(where, refused)
            return
        yield from _pages(path, stream, published, gzipped=head == b"\x1f\x8b")


def _open_failure(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    return (err.strerror or "cannot be read").lower()


def _refusal(stream: Any, head: bytes) -> str | None:
    """Why a file is not read as a WARC at all (empty, or it does not open like one); the stream is
    left at its start."""
    if not head:
        return "empty file"
    stream.seek(0)
    if not _opens_like_warc(stream, head == b"\x1f\x8b"):
        return "not a WARC file: it does not open with 'WARC/'"
    stream.seek(0)
    return None


def _pages(path: Path, stream: Any, published: date | None, *, gzipped: bool) -> Iterator[Article | ReadError]:
    """Every HTML page of the archive, then one ReadError if it breaks (where, why, pages read before)."""
    offset = seen = pages = 0
    records: Any = None
    try:
        records = _records(stream)
        for record in records:
            offset = int(records.offset)  # the record's start (get_record_offset() would consume it)
            seen += 1
            page = _record_page(path, offset, record, published)
            if page is not None:
                pages += 1
                yield page
        problem = _end_problem(stream, records, seen, gzipped)
    except Exception as err:  # warcio's errors are many and untyped; one file must not stop the batch
        problem = _break_offset(err, records, offset), _reason(err)
    if problem:
        at, reason = problem
        yield ReadError(str(path), f"broken WARC at byte {at}: {reason}; pages read before it: {pages}")


def _record_page(path: Path, offset: int, record: Any, published: date | None) -> Article | ReadError | None:
    """The page a record holds; None for a record that is not an HTML page (read past)."""
    if not record.rec_type or record.rec_headers.get_header("Content-Length") is None:
        raise _Truncated("record header cut short (no WARC-Type or Content-Length)")
    if not _is_html_page(record):
        _drain(record)
        return None
    return _page(path, offset, record, published)


def _break_offset(err: Exception, records: Any, offset: int) -> int:
    """Where the archive broke: the reader's position, unless the record in hand was cut short."""
    if records is not None and not isinstance(err, _Truncated):
        return int(getattr(records, "offset", offset))
    return offset
