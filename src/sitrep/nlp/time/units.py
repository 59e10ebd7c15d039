"""Calendar windows and the spelled-out numbers time expressions use; shared by the timex modules.

A ``TimeWindow`` is what an event may occupy (``start``..``end``, with a ``precision``) and,
in ``value``, the calendar unit the expression names written as TimeML writes it: a day
``2025-05-22``, an ISO week ``2025-W21``, a month ``2025-05`` or a year ``2025``. The two
differ when the words narrow the unit ("earlier this week" said on a Thursday is Monday to
Thursday inside ``2025-W21``; "late last year" is September to December inside ``2024``)
and agree otherwise. ``value`` is None for nights and free spans.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.lexicon import load_lexicon
from sitrep.lexicon.words import TimeWords


def words() -> TimeWords:
    """The words of time expressions (``data/words/time.toml``)."""
    return load_lexicon().time_words


WEEKDAYS = words().weekdays
MONTHS = words().months


@dataclass(frozen=True)
class TimeWindow:
    start: date | None
    end: date | None
    precision: str  # "day" | "night" | "week" | "month" | "year" | "unknown"
    value: str | None = None  # the calendar unit named, TimeML style: 2025-05-22, 2025-W21, 2025-05, 2025

    def overlaps(self, other: TimeWindow) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return True
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def named(self) -> tuple[date, date] | None:
        """The whole calendar unit named (``value`` as a window), else the window itself."""
        unit = unit_window(self.value) if self.value else None
        if unit:
            return unit
        return (self.start, self.end) if self.start and self.end else None


def unit_window(value: str) -> tuple[date, date] | None:
    """The first and last day of a TimeML day, ISO week, month or year value."""
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return d, d
        if len(value) == 8 and value[4:6] == "-W":
            monday = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + timedelta(days=6)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def day(d: date) -> TimeWindow:
    return TimeWindow(d, d, "day", d.isoformat())


def night(d: date) -> TimeWindow:
    """The night from ``d`` into the day after."""
    return TimeWindow(d, d + timedelta(days=1), "night")


def span(a: date, b: date) -> TimeWindow:
    days = (b - a).days
    precision = "day" if days == 0 else "week" if days <= 7 else "month" if days <= 62 else "year"
    return TimeWindow(a, b, precision, a.isoformat() if days == 0 else None)


def week(monday: date, lo: int = 0, hi: int = 6) -> TimeWindow:
    """The ISO week starting ``monday``, or its days ``lo``..``hi`` (0 = Monday)."""
    return TimeWindow(monday + timedelta(days=lo), monday + timedelta(days=hi), "week", week_value(monday))


def month(year: int, mon: int, part: str = "") -> TimeWindow:
    last = calendar.monthrange(year, mon)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (21, last)}.get(part, (1, last))
    return TimeWindow(date(year, mon, lo), date(year, mon, hi), "month", f"{year:04d}-{mon:02d}")


def year(y: int, part: str = "") -> TimeWindow:
    lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (10, 12)}.get(part, (1, 12))
    return TimeWindow(date(y, lo, 1), date(y, hi, calendar.monthrange(y, hi)[1]), "year", f"{y:04d}")


def clip(window: TimeWindow, published: date) -> TimeWindow:
    """The part of a window up to the publication date (a past act cannot be later), same unit."""
    if window.start and window.end and window.start <= published < window.end:
        return TimeWindow(window.start, published, window.precision, window.value)
    return window


def number(word: str) -> int | None:
    """A count in figures or words: "3", "three", "twenty-one", "a", "several"."""
    w = word.strip().lower()
    if w.isdigit():
        return int(w)
    cards = words().cardinals
    if w in cards:
        return cards[w]
    quant = words().quantifiers
    if w in quant:
        return quant[w]
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and cards.get(parts[0], 0) >= 20 and 0 < cards.get(parts[1], 0) < 10:
        return cards[parts[0]] + cards[parts[1]]
    return None


def ordinal(word: str) -> int | None:
    """A day of the month in words: "eighth", "twenty-first", "thirtieth"."""
    w = word.strip().lower().replace("-", " ")
    ords = words().ordinals
    cards = words().cardinals
    if w in ords:
        return ords[w]
    parts = w.split()
    if len(parts) == 2 and cards.get(parts[0], 0) in (20, 30) and parts[1] in ords and ords[parts[1]] < 10:
        return cards[parts[0]] + ords[parts[1]]
    return None


def spoken_year(words_: str) -> int | None:
    """A year said aloud: "nineteen ninety-six", "two thousand", "two thousand and one", "nineteen oh five"."""
    w = words_.strip().lower().replace("-", " ")
    parts = [p for p in w.split() if p != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = number(" ".join(parts[2:])) if parts[2:] else 0
        return 2000 + rest if rest is not None and rest < 100 else None
    if len(parts) < 2:
        return None
    hi = number(parts[0])
    if hi is None or not 10 <= hi <= 20:
        return None
    if parts[1] in ("oh", "o"):
        lo = number(parts[2]) if len(parts) == 3 else None
        return hi * 100 + lo if lo is not None and 0 < lo < 10 else None
    lo = number(" ".join(parts[1:]))
    return hi * 100 + lo if lo is not None and 10 <= lo < 100 else None
