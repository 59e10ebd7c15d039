"""The publication date a header, a JSON Lines row or a Parquet column gives, in the forms reports
carry it: ISO dates and timestamps, RFC 2822 (e-mail and RSS: "Tue, 24 Nov 2026 08:00:00 +0000"),
and the day written out in English ("24 November 2026", "November 24, 2026", "Tuesday, 24 Nov 2026").

Each form is one rule, tried in order; the first that reads the value gives the day as written (a
timestamp's own day, not turned into UTC: the day the outlet dated it). A value no rule reads is None.
The standard library reads them all (``email.utils``, ``datetime.strptime`` in the C locale's
English month names), so no date-guessing library is needed: a header either is a date or is refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from email.utils import parsedate_tz

# An ISO date, optionally with a time and zone: 2025-05-22, 2025-05-22T10:00:00Z, 2025-05-22 10:00+02:00
ISO_DATE = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
# a leading weekday ("Tue, ", "Tuesday ") says nothing the date does not
WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
# a trailing clock time and zone after a written-out date ("24 November 2026 08:00 GMT")
CLOCK = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{1,5}|\s*[+-]\d{4})?)$",
                   re.IGNORECASE)
WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def iso_day(value: str) -> date | None:
    """``2026-11-24``, ``2026-11-24T08:00Z``, ``2026-11-24 08:00:00+02:00`` -> 2026-11-24."""
    m = ISO_DATE.match(value)
    return date.fromisoformat(m.group(1)) if m else None


def rfc2822_day(value: str) -> date | None:
    """``Tue, 24 Nov 2026 08:00:00 +0000`` (e-mail, RSS) -> 2026-11-24, the day as the sender wrote it."""
    if not any(ch.isdigit() for ch in value) or ":" not in value:
        return None  # a written-out day without a clock time is the next rule's
    parts = parsedate_tz(value)
    return date(parts[0], parts[1], parts[2]) if parts else None


def written_day(value: str) -> date | None:
    """``24 November 2026``, ``November 24, 2026``, ``Tuesday, 24 Nov. 2026``, ``Nov 24th 2026`` ->
    2026-11-24."""
    text = CLOCK.sub("", WEEKDAY.sub("", value))
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text.replace(",", " ").replace(".", " "))
    text = re.sub(r"\bsept\b", "Sep", text, flags=re.IGNORECASE)  # strptime knows only "Sep"
    text = " ".join(text.split())
    for fmt in WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


DATE_RULES: tuple[Callable[[str], date | None], ...] = (iso_day, rfc2822_day, written_day)
ACCEPTED = "YYYY-MM-DD, an ISO timestamp, RFC 2822 (Tue, 24 Nov 2026) or 24 November 2026"


def read_day(value: str) -> date | None:
    """The calendar day ``value`` gives by the first rule that reads it; None when none does (or the day
    does not exist: 2026-02-30, 30 February 2026)."""
    text = value.strip()
    for rule in DATE_RULES:
        try:
            day = rule(text)
        except ValueError:
            return None  # a date's form, but no such day
        if day is not None:
            return day
    return None
