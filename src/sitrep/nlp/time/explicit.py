"""Explicit dates: month names with or without a day or year, numeric dates, years (also said aloud).

The year of a date written without one follows the tense of the act: a past act falls on
the most recent such date (a month after the publication month is last year's), a planned
act on the coming one, and with no tense to go by (``present`` or ``unknown``: a timetable,
a deadline, a noun phrase) on the coming one if it is at most four months ahead (news looks
back more often than forward), else on the last one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from sitrep.nlp.time.holidays import HOLIDAY_NAMES, holiday_date, independence_days
from sitrep.nlp.time.units import (
    MONTHS,
    TimeWindow,
    day,
    month,
    night,
    ordinal,
    span,
    spoken_year,
    words,
    year,
)

AHEAD_MONTHS = 4  # with no tense to go by, a date up to four months ahead is the coming one
MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(\d{4})"
_TENS = "twenty|thirty"
_ORD = "|".join(sorted(words().ordinals, key=len, reverse=True))
_CARD = "|".join(sorted(words().cardinals, key=len, reverse=True))
SPOKEN_YEAR = rf"(?:two thousand(?:\s+(?:and\s+)?(?:{_CARD})(?:[\s-](?:{_CARD}))?)?|(?:nineteen|eighteen|twenty)\s+(?:oh\s+)?(?:{_CARD})(?:[\s-](?:{_CARD}))?)"
ORD_DAY = rf"(?:(?:{_TENS})[\s-])?(?:{_ORD})"
# month names that are ordinary words too ("may", "march"): alone they need a day, a year or a modifier
_AMBIGUOUS = words().ambiguous_months
_LEAD = re.compile(r"^(?:(?:in|on|by|during|from|until|till|since|of|the|month of|around|about|before|after|"
                   r"through|throughout|into|at|for)\s+)+")


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def year_for(published: date, mon: int, dd: int | None, tense: str) -> int:
    """The year of ``mon`` (and day ``dd``) written without one, for an act in ``tense``."""
    y = published.year
    if dd is None:  # a month: compare months
        if tense == "future":
            return y + 1 if mon < published.month else y
        if tense in ("present", "unknown"):  # the coming one if within four months, else the last one
            ahead = (mon - published.month) % 12
            if ahead == 0:
                return y
            if ahead <= AHEAD_MONTHS:
                return y if mon > published.month else y + 1
            return y if mon < published.month else y - 1
        return y - 1 if mon > published.month else y
    d = _date(y, mon, dd) or date(y, mon, 1)
    if tense == "future":
        return y + 1 if d < published - timedelta(days=31) else y
    if tense in ("present", "unknown"):
        if d > published + timedelta(days=7):
            return y if (d - published).days <= AHEAD_MONTHS * 31 else y - 1
        nxt = _date(y + 1, mon, dd) or date(y + 1, mon, 1)
        return y + 1 if (nxt - published).days <= AHEAD_MONTHS * 31 else y
    return y - 1 if d > published + timedelta(days=7) else y


def _year_word(word: str | None, published: date) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    if word in ("last year", "the previous year"):
        return published.year - 1
    if word == "this year":
        return published.year
    if word == "next year":
        return published.year + 1
    return spoken_year(word)


_YEARWORDS = rf"(?:,?\s+(?:of\s+)?(\d{{4}}|last year|this year|next year|{SPOKEN_YEAR}))?"
HOLIDAYS = HOLIDAY_NAMES
HOLIDAY = "|".join(re.escape(h) for h in HOLIDAY_NAMES)


NO_DATE = TimeWindow(None, None, "unknown")  # the words are a date, but no day of the calendar: look no further


def _day_or_none(d: date | None) -> TimeWindow:
    return day(d) if d else NO_DATE


def _holiday_name(s: str) -> tuple[str, int, int] | None:
    """The named day in ``s`` (a country's Independence Day with its country) and where it is."""
    if "independence day" in s:
        for country in independence_days():
            m = re.search(rf"\b{re.escape(country)}(?:'s)?\s+independence day|independence day (?:in|of) "
                          rf"(?:the )?{re.escape(country)}\b", s)
            if m:
                return f"{country} independence day", m.start(), m.end()
        return "independence day", s.index("independence day"), s.index("independence day") + 16
    m = re.search(rf"\b({HOLIDAY})\b", s)
    return (m[1], m.start(), m.end()) if m else None


def holiday(s: str, published: date, tense: str) -> TimeWindow | None:
    """"on Christmas Eve", "New Year's Day 1999", "at Easter", "Thanksgiving", "Eid al-Fitr",
    "Ukraine's Independence Day": the day in the year written, else the year the act's tense gives."""
    found = _holiday_name(s)
    if found is None:
        return None
    name, _, end = found
    written = re.match(r",?\s+(\d{4})\b", s[end:])
    if written:
        return _day_or_none(holiday_date(name, int(written[1])))
    this_year = holiday_date(name, published.year)
    if this_year is None:
        return NO_DATE
    return _day_or_none(holiday_date(name, year_for(published, this_year.month, this_year.day, tense)))


def iso_date(s: str, published: date, tense: str) -> TimeWindow | None:
    """"1998-01-08"."""
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
    return _day_or_none(_date(int(m[1]), int(m[2]), int(m[3]))) if m else None


def slashed_date(s: str, published: date, tense: str) -> TimeWindow | None:
    """"1/8/98", "12/31/2024": month first."""
    m = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?![\d/])", s)
    if not m:
        return None
    yy = int(m[3]) + (1900 if len(m[3]) == 2 and int(m[3]) > 50 else 2000 if len(m[3]) == 2 else 0)
    return _day_or_none(_date(yy, int(m[1]), int(m[2])))


def _range(a: date | None, b: date | None, s: str) -> TimeWindow:
    if a is None or b is None or b < a:
        return NO_DATE
    return night(a) if "night" in s and (b - a).days == 1 else span(a, b)


def month_day_range(s: str, published: date, tense: str) -> TimeWindow | None:
    """"May 21-22", "Dec. 31-Jan. 1" (across the year), "the night of May 3-4"."""
    m = re.search(rf"\b({MON})\.?\s+{_D}\s*(?:[-–—]|to|and|through)\s*(?:({MON})\.?\s+)?{_D}\b{_YEARWORDS}", s)
    if not m:
        return None
    mon, mon2, d1, d2 = MONTHS[m[1]], MONTHS[m[3] or m[1]], int(m[2]), int(m[4])
    y2 = _year_word(m[5], published)
    y = (y2 - 1 if y2 and mon2 < mon else y2) or year_for(published, mon, d1, tense)
    return _range(_date(y, mon, d1), _date(y + 1 if mon2 < mon else y, mon2, d2), s)


def day_month_range(s: str, published: date, tense: str) -> TimeWindow | None:
    """"21-22 May", "3 to 5 March 2024"."""
    m = re.search(rf"\b{_D}\s*(?:[-–—]|to|and)\s*{_D}\s+({MON})\b\.?{_YEARWORDS}", s)
    if not m:
        return None
    mon, d1, d2 = MONTHS[m[3]], int(m[1]), int(m[2])
    y = _year_word(m[4], published) or year_for(published, mon, d1, tense)
    return _range(_date(y, mon, d1), _date(y, mon, d2), s)


def _month_and_day(s: str) -> tuple[int, int | None, str | None] | None:
    """(month, day, year words) of "May 21, 2025", "March the eighth", "21 May", "the eighth of March"."""
    m = re.search(rf"\b({MON})\.?\s+(?:the\s+)?(?:{_D}|({ORD_DAY}))\b{_YEARWORDS}", s)
    if m:
        return MONTHS[m[1]], int(m[2]) if m[2] else ordinal(m[3]), m[4]
    m = re.search(rf"\b(?:the\s+)?(?:{_D}|({ORD_DAY}))\s+(?:of\s+)?({MON})\b\.?{_YEARWORDS}", s)
    if m:
        return MONTHS[m[3]], int(m[1]) if m[1] else ordinal(m[2]), m[4]
    return None


def month_and_day(s: str, published: date, tense: str) -> TimeWindow | None:
    """"May 21, 2025", "21 May", "March eighth", "the twenty-first of June"."""
    found = _month_and_day(s)
    if found is None:
        return None
    mon, dd, yw = found
    if dd is None or not 1 <= dd <= 31:
        return NO_DATE
    y = _year_word(yw, published) or year_for(published, mon, dd, tense)
    return _day_or_none(_date(y, mon, dd))


DAY_RULES: tuple[Callable[[str, date, str], TimeWindow | None], ...] = (
    holiday, iso_date, slashed_date, month_day_range, day_month_range, month_and_day,
)


def explicit_day(s: str, published: date, tense: str) -> TimeWindow | None:
    """Dates with a day, by the first of ``DAY_RULES`` that reads them."""
    window = next((w for rule in DAY_RULES if (w := rule(s, published, tense)) is not None), None)
    return None if window is NO_DATE else window


def explicit_month(s: str, published: date, tense: str) -> TimeWindow | None:
    """A month: "February 2022", "mid-August", "last May", "this September", "January nineteen ninety-seven"."""
    m = re.search(rf"\b(early|mid|late|the end of|end of|the middle of|the beginning of|the start of)?"
                  rf"[\s-]*(?:(last|this|next|this past|this coming|past|coming)\s+)?({MON})\b\.?{_YEARWORDS}", s)
    if not m:
        return None
    mod, rel, name, yw = m[1] or "", m[2] or "", m[3], m[4]
    if name in _AMBIGUOUS and not (mod or rel or yw):
        body = _LEAD.sub("", s).strip(" .")
        if body.rstrip(".") != name:
            return None
    mon = MONTHS[name]
    part = {"the end of": "end", "end of": "end", "the middle of": "mid", "the beginning of": "early",
            "the start of": "early"}.get(mod, mod)
    y = _year_word(yw, published)
    if y is None:
        if rel in ("last", "this past", "past"):
            y = published.year if mon < published.month else published.year - 1
        elif rel in ("next", "this coming", "coming"):
            y = published.year if mon > published.month else published.year + 1
        elif rel == "this":
            y = published.year
        else:
            y = year_for(published, mon, None, tense)
    return month(y, mon, part)


def explicit_year(s: str, published: date) -> TimeWindow | None:
    """A year: "1987", "fiscal 1990", "early 1990", "between 1985 and 1987", "nineteen ninety-six"."""
    if re.search(r"\b\d{4}s\b|\b\d{4}-\d{2,4}\b", s) and not re.search(r"\b\d{4}-\d{2}-\d{2}\b", s):
        m = re.search(r"\b(\d{4})-(\d{2}|\d{4})\b", s)  # "1998-99": a season or fiscal year straddling two
        if m and not s.endswith("s") and "fiscal" in s and len(m[2]) == 2:
            return year(int(m[1]) + 1)
        return None
    m = re.search(r"\b(early|mid|late|the end of|end of)?[\s-]*(?:fiscal\s+(?:year\s+)?|the year\s+|calendar\s+)?"
                  rf"(\d{{4}}|{SPOKEN_YEAR})\b", s)
    if not m:
        return None
    y = int(m[2]) if m[2].isdigit() else spoken_year(m[2])
    if y is None or not 1000 <= y <= 2200:
        return None
    m2 = re.search(r"\b(\d{4})\s*(?:-|to|and|through|until)\s*(\d{4})\b", s)
    if m2 and int(m2[1]) < int(m2[2]) <= 2200:
        return TimeWindow(date(int(m2[1]), 1, 1), date(int(m2[2]), 12, 31), "year")
    part = {"the end of": "end", "end of": "end"}.get(m[1] or "", m[1] or "")
    return year(y, part)
