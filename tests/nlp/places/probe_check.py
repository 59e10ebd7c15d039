"""The check the place probes share: a short invented report, and the place its records must name."""

from __future__ import annotations

import unicodedata
from datetime import date

from sitrep.records import Article


def _plain(s: str | None) -> str:
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()


def check_place(extractor, title: str | None, text: str, expected: tuple | None) -> None:
    """``expected`` (country, admin1 or None, town or None) for every record, or None for no record at all."""
    body = f"{title}. {text}" if title else text  # a report's headline is its first line
    events = extractor.extract(Article(text=body, title=title, published=date(2011, 3, 9), id="probe"))
    if expected is None:
        assert events == [], [e.type for e in events]
        return
    country, region, name = expected
    assert events
    for e in events:
        loc = e.location
        assert loc is not None, e.type
        assert loc.country == country, (loc.name, loc.country)
        assert region is None or loc.admin1 == region, (loc.name, loc.admin1)
        assert name is None or _plain(name) in _plain(loc.name) or _plain(name) in _plain(loc.text), loc.name
