"""Saved web pages (trafilatura, offline: files only, nothing is fetched).

- text: the page's main text as trafilatura finds it (no navigation, comments or tables),
  one paragraph per block, blank-line separated; a first heading that repeats the title is
  left out of the text (it is the title).
- published: the page's own date from trafilatura's metadata (htmldate: ``<meta
  property="article:published_time">``, JSON-LD, ``<time>``, the URL, ... but not dates
  guessed from the running text); else the fallback the caller gives (a WARC record's
  date), else ``--published``; else the page is refused.
- title, outlet (site name) and url (the canonical or ``og:url``) from the metadata; a
  WARC record's target URI wins over the page's own.

The bytes are decoded as UTF-8 when they are UTF-8, else by the page's declared charset,
else as every other text file (``sitrep.read.text``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.read.errors import ReadError
from sitrep.read.htmltext import element_text
from sitrep.read.text import MAX_TEXT_BYTES, decode_text, read_bytes, repair_mojibake
from sitrep.records import Article

HTML_SUFFIXES = (".html", ".htm")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Dates outside [EARLIEST, today + a day] are refused later with their reason (sitrep.read.gate),
# so htmldate is told to keep them rather than drop them silently (a page dated 2999 dropped here
# would be dated by its WARC-Date instead). htmldate finds nothing with a window opening before 1000.
DATE_PARAMS: dict[str, Any] = {
    "original_date": True,
    "extensive_search": False,
    "min_date": "1000-01-01",
    "max_date": "9999-12-31",
}


_NOSCRIPT_OPEN = re.compile(r"<noscript\b[^>]*>", re.IGNORECASE)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s*>", re.IGNORECASE)


def without_noscript(page: str) -> str:
    """The page without its ``<noscript>`` blocks, as a browser that runs scripts shows it:
    "<noscript>Enable JavaScript. Rebels shelled ...</noscript>" is no report text. An opening tag
    never closed is dropped alone. One pass over the page."""
    out, pos = [], 0
    while (m := _NOSCRIPT_OPEN.search(page, pos)) is not None:
        out.append(page[pos:m.start()])
        close = _NOSCRIPT_CLOSE.search(page, m.end())
        if close is None:
            pos = m.end()
            break
        pos = close.end()
    out.append(page[pos:])
    return "".join(out)


def declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(where: str, data: bytes) -> str:
    return decode_text(where, data, declared=declared_charset(data), repair=False)


def _body_text(body: Any, title: str | None) -> str:
    if body is None:
        return ""
    if title and len(body) and body[0].tag == "head":
        first = " ".join("".join(body[0].itertext()).split())
        if first == " ".join(title.split()):
            body.remove(body[0])
    return element_text(body)


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_article(
    where: str,
    page: str,
    *,
    published: date | None,
    url: str | None = None,
    fallback: date | None = None,
    fallback_note: str = "",
) -> Article:
    """The Article of one HTML page; ``fallback`` (a WARC-Date) dates a page that gives no date."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            without_noscript(page), url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=dict(DATE_PARAMS),
        )
    except Exception as err:  # trafilatura on hostile markup; one page must not stop the batch
        raise ReadError(where, f"cannot extract the page ({type(err).__name__})") from None
    if doc is None:
        raise ReadError(where, "no main text found in the page")
    meta: Any = doc
    title = (meta.title or "").strip() or None
    text = _body_text(getattr(meta, "body", None), title) or (meta.text or "").strip()
    if not text.strip():
        raise ReadError(where, "no main text found in the page")
    text = repair_mojibake(where, text)
    source = where
    day = _page_date(meta.date)
    if day is None and fallback is not None:
        day, source = fallback, where + fallback_note
    day = day or published
    if day is None:
        raise ReadError(where, "no publication date in the page: give --published YYYY-MM-DD")
    return Article(
        text=text, published=day, title=title, outlet=(meta.sitename or "").strip() or None,
        url=url or (meta.url or None), source=source,
    )


def read_html(path: Path, published: date | None) -> Article:
    where = str(path)
    data = read_bytes(path, MAX_TEXT_BYTES)
    return html_article(where, decode_html(where, data), published=published)
