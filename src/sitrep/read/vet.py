"""Checks every article passes after its reader, whatever the format.

- The publication date lies between ``EARLIEST`` (1900-01-01) and one day after today
  (``FUTURE_SLACK`` covers time zones ahead of the machine's clock).
- The text is in English (``sitrep.read.language``); other languages are set aside with
  ``not English (detected: uk)`` until they are supported.

A failed check is a ReadError naming the article's source (``path``, ``path:LINE#id``,
``path#entry-N``, ...).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sitrep.read.errors import ReadError
from sitrep.read.language import non_english
from sitrep.records import Article

EARLIEST = date(1900, 1, 1)
FUTURE_SLACK = timedelta(days=1)


def today() -> date:
    return datetime.now(UTC).date()


def date_problem(day: date, *, now: date | None = None) -> str | None:
    """Why ``day`` cannot be a publication date, or None."""
    now = now or today()
    if day < EARLIEST:
        return f"date {day.isoformat()} is before {EARLIEST.year}"
    if day > now + FUTURE_SLACK:
        return f"date {day.isoformat()} is in the future (today is {now.isoformat()})"
    return None


def vet(article: Article, *, now: date | None = None) -> Article | ReadError:
    """The article, or the ReadError that sets it aside."""
    where = article.source or article.url or article.id
    problem = date_problem(article.published, now=now)
    if problem:
        return ReadError(where, problem)
    lang = non_english(article.text)
    if lang:
        return ReadError(where, f"not English (detected: {lang})")
    return article
