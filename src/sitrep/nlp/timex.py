"""Time expressions resolved against a report's publication date: pure logic, no spaCy.

    resolve("last Friday", date(2025, 5, 22))          # 2025-05-16, day
    resolve("overnight", date(2025, 5, 22))            # 2025-05-21 .. 2025-05-22, night
    resolve("on Thursday", date(2024, 8, 21), tense="future")   # the coming Thursday

``anchor`` is the day the narrative last set ("two days earlier" counts from it); ``tense``
says whether the act is reported as done (past weekdays are the most recent ones) or
announced (future weekdays are the coming ones). Durations and sets ("two hours", "almost
daily") resolve to None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
WD = "|".join(WEEKDAYS)
MON = "|".join(sorted(MONTHS, key=len, reverse=True))
PART = r"(?:morning|afternoon|evening|night|midday|noon)"
NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
LEAD = re.compile(r"^(?:(?:late|early|earlier|later|shortly|just|from|on|in|at|by|during|since|over|"
                  r"until|till|before|after|around|about|into|the|of)\s+)+")
DURATION = re.compile(r"^(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|several|few|many|more than|"
                      r"almost|nearly|about)\b.*\b(?:hours?|minutes?|days?|weeks?|months?|years?)(?:\s+long)?$")


@dataclass(frozen=True)
class TimeWindow:
    start: date | None
    end: date | None
    precision: str  # "day" | "night" | "week" | "month" | "year" | "unknown"

    def overlaps(self, other: TimeWindow) -> bool:
        if None in (self.start, self.end, other.start, other.end):
            return True
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]


def _day(d: date) -> TimeWindow:
    return TimeWindow(d, d, "day")


def _night(d: date) -> TimeWindow:
    return TimeWindow(d, d + timedelta(days=1), "night")


def _span(a: date, b: date) -> TimeWindow:
    days = (b - a).days
    precision = "day" if days == 0 else "week" if days <= 7 else "month" if days <= 62 else "year"
    return TimeWindow(a, b, precision)


def _month(year: int, month: int, part: str = "") -> TimeWindow:
    last = calendar.monthrange(year, month)[1]
    lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "end": (21, last)}.get(part, (1, last))
    return TimeWindow(date(year, month, lo), date(year, month, hi), "month")


def _year(year: int, part: str = "") -> TimeWindow:
    lo, hi = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(part, (1, 12))
    return TimeWindow(date(year, lo, 1), date(year, hi, calendar.monthrange(year, hi)[1]), "year")


def _weekday(name: str, ref: date, tense: str, mode: str = "") -> date:
    target = WEEKDAYS.index(name)
    if mode == "next" or (tense == "future" and mode != "last"):
        return ref + timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    back = (ref.weekday() - target) % 7
    if mode == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _explicit(s: str, published: date, tense: str) -> TimeWindow | None:
    """Dates with month names: "May 21, 2025", "21 May", "May 21-22", "mid-August", "February 2022"."""
    def year_for(month: int, day: int = 1) -> int:
        y = published.year
        try:
            d = date(y, month, day)
        except ValueError:
            d = date(y, month, 1)
        if tense == "future" and d < published - timedelta(days=31):
            return y + 1
        if tense != "future" and d > published + timedelta(days=7):
            return y - 1
        return y

    m = re.search(rf"\b({MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—]|to|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?"
                  rf"(?:,?\s+(\d{{4}}))?", s)
    if m:
        mon, d1, d2 = MONTHS[m.group(1)], int(m.group(2)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else year_for(mon, d1)
        try:
            a, b = date(y, mon, d1), date(y, mon, d2)
        except ValueError:
            return None
        return _night(a) if "night" in s and (b - a).days == 1 else _span(a, b)
    m = re.search(rf"\b({MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", s) or re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MON})\b\.?(?:,?\s+(\d{{4}}))?", s)
    if m:
        g = m.groups()
        mon, day = (MONTHS[g[0]], int(g[1])) if g[0] in MONTHS else (MONTHS[g[1]], int(g[0]))
        y = int(g[2]) if g[2] else year_for(mon, day)
        try:
            return _day(date(y, mon, day))
        except ValueError:
            return None
    m = re.search(rf"\b(early|mid|late|end of)?[\s-]*({MON})\b\.?(?:\s+(\d{{4}}|last year|this year|next year))?", s)
    if m and (m.group(2) not in ("may", "mar", "jun", "jan", "dec", "sept", "sep", "oct", "nov", "aug", "apr",
                                 "feb", "jul") or m.group(1) or m.group(3) or s.strip() == m.group(2)):
        mon = MONTHS[m.group(2)]
        part = (m.group(1) or "").replace("end of", "end")
        yword = m.group(3) or ""
        y = int(yword) if yword.isdigit() else published.year - 1 if yword == "last year" else \
            published.year + 1 if yword == "next year" else year_for(mon)
        return _month(y, mon, part)
    m = re.search(r"\b(early|mid|late)?[\s-]*(\d{4})s?\b", s)
    if m and 1900 <= int(m.group(2)) <= 2100 and not re.search(r"\d{4}s", s):
        return _year(int(m.group(2)), m.group(1) or "")
    return None


def _relative(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    if re.search(r"\b(overnight|last night|during the night|tonight|through the night)\b", s):
        m = re.search(rf"into ({WD})", s)
        end = _weekday(m.group(1), published, "past") if m else (published if s != "tonight" or tense == "past"
                                                                  else published + timedelta(days=1))
        return _night(end - timedelta(days=1))
    if re.search(r"\b(today|this (morning|afternoon|evening)|earlier today|later today)\b", s):
        return _day(published)
    if "day before yesterday" in s:
        return _day(published - timedelta(days=2))
    if "yesterday" in s:
        return _night(published - timedelta(days=1)) if "night" in s else _day(published - timedelta(days=1))
    if "tomorrow" in s:
        return _day(published + timedelta(days=1))
    if re.search(r"\b(the previous day|the day before|a day earlier|the previous night|the night before)\b", s):
        return _night(anchor - timedelta(days=1)) if "night" in s else _day(anchor - timedelta(days=1))
    if re.search(r"\b(the next day|the following day|a day later)\b", s):
        return _day(anchor + timedelta(days=1))
    if re.search(r"\b(the same day|that day|later that day|that evening|that morning|hours later)\b", s):
        return _day(anchor)
    if "that night" in s:
        return _night(anchor)
    m = re.search(rf"\b({NUM}) (day|week|month|year)s? (ago|earlier|before|later|after|from now)\b", s)
    if m:
        n = _number(m.group(1)) or 1
        delta = timedelta(days=n * UNITS[m.group(2)])
        ref = published if m.group(3) in ("ago", "from now") else anchor
        d = ref - delta if m.group(3) in ("ago", "earlier", "before") else ref + delta
        return _day(d) if m.group(2) == "day" else _span(d - timedelta(days=3), d + timedelta(days=3))
    return None


def _calendar(s: str, published: date, tense: str) -> TimeWindow | None:
    monday = published - timedelta(days=published.weekday())
    if re.search(r"\b(over|in|during) the (past|last) (week|seven days)\b|\bthis past week\b|\bthe past week\b", s):
        return _span(published - timedelta(days=7), published)
    if re.search(r"\b(in )?(the )?(past|last) (few|several|two|three) days\b|\bin recent days\b", s):
        return _span(published - timedelta(days=3), published)
    if re.search(r"\bin recent weeks\b|\bthe past few weeks\b", s):
        return _span(published - timedelta(days=21), published)
    if "week" in s:
        if "next week" in s:
            return TimeWindow(monday + timedelta(days=7), monday + timedelta(days=13), "week")
        if "last week" in s or "previous week" in s:
            start = monday - timedelta(days=7)
            if "late" in s:
                return TimeWindow(start + timedelta(days=3), start + timedelta(days=6), "week")
            if "early" in s:
                return TimeWindow(start, start + timedelta(days=2), "week")
            return TimeWindow(start, start + timedelta(days=6), "week")
        if "this week" in s:
            end = published if tense != "future" else monday + timedelta(days=6)
            start = published if tense == "future" and "later" in s else monday
            return TimeWindow(start, max(start, end), "week")
    if "month" in s:
        first = published.replace(day=1)
        if "next month" in s:
            nxt = first + timedelta(days=32)
            return _month(nxt.year, nxt.month)
        if "last month" in s or "previous month" in s:
            prev = first - timedelta(days=1)
            return _month(prev.year, prev.month, "late" if "late" in s else "early" if "early" in s else "")
        if "this month" in s:
            return TimeWindow(first, published, "month") if tense != "future" else _month(
                published.year, published.month)
        if "end of the month" in s:
            return _month(published.year, published.month, "end")
    if "year" in s:
        part = "late" if "late" in s else "early" if "early" in s else "mid" if "mid" in s else ""
        if "last year" in s or "previous year" in s:
            return _year(published.year - 1, part)
        if "next year" in s:
            return _year(published.year + 1, part)
        if "this year" in s:
            if tense != "future" and not part:
                return TimeWindow(date(published.year, 1, 1), published, "year")
            return _year(published.year, part)
        if "end of the year" in s:
            return TimeWindow(date(published.year, 10, 1), date(published.year, 12, 31), "year")
    return None


def _weekday_expr(s: str, published: date, tense: str) -> TimeWindow | None:
    found = re.findall(rf"\b(last|this|next|past)?\s*({WD})\b", s)
    if not found:
        return None
    if len(found) >= 2 and re.search(r"\b(and|to|until|through|into|between)\b", s):
        a = _weekday(found[0][1], published, tense, found[0][0])
        b = _weekday(found[-1][1], published, tense, found[-1][0])
        if b < a:
            a -= timedelta(days=7)
        nightly = (b - a).days == 1 and re.search(r"night|hours|p\.?m|late|into", s)
        return _night(a) if nightly else _span(a, b)
    mode, name = found[0]
    mode = "last" if mode in ("last", "past") else "next" if mode == "next" else ""
    d = _weekday(name, published, tense, mode)
    if re.search(rf"\b{name}\s+night\b|\bnight of {name}\b", s):
        return _night(d)
    return _day(d)


def resolve(expr: str, published: date, *, anchor: date | None = None, tense: str = "past") -> TimeWindow | None:
    """The calendar window an expression names, or None for durations, sets and what it cannot place."""
    s = expr.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-").strip(" ,.;:()\"'")
    s = re.sub(r"\s+", " ", s)
    if not s or len(s) > 120:
        return None
    ref = anchor or published
    if re.search(r"\b(daily|every|each|weekly|nightly|always|routinely|since then)\b", s):
        return None
    since = s.startswith("since ") or " since " in f" {s}"
    body = LEAD.sub("", s)
    if DURATION.match(body) and not re.search(r"\b(ago|earlier|later|before|after|past|last|this|next)\b", body):
        return None
    window = (_relative(s, published, ref, tense) or _weekday_expr(s, published, tense)
              or _explicit(s, published, tense) or _calendar(s, published, tense))
    if window is None or window.start is None:
        return None
    if since:
        return _span(window.start, published) if window.start <= published else None
    return window


_PATTERNS = [
    rf"(?:late|early)\s+on\s+(?:{WD})(?:\s+{PART})?\s+and\s+into\s+(?:the\s+)?(?:early\s+hours|morning)\s+of\s+(?:{WD})",
    rf"between\s+[\w.: ]{{1,12}}?\s+on\s+(?:{WD})\s+and\s+[\w.: ]{{1,12}}?\s+on\s+(?:{WD})",
    rf"(?:the\s+)?night\s+of\s+(?:{MON})\.?\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}",
    rf"overnight(?:\s+into\s+(?:{WD}))?",
    rf"(?:late|early)\s+(?:on\s+)?(?:{WD})(?:\s+{PART})?",
    rf"(?:(?:by|on|from|until)\s+)?(?:{WD})\s+{PART}",
    r"(?:late|early|earlier|later)\s+(?:this|last|next)\s+(?:week|month|year)",
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|few\s+days|several\s+days|two\s+days|three\s+days)",
    r"the\s+(?:previous|next|following|same)\s+(?:day|night|week)",
    r"(?:a|the)\s+day\s+(?:earlier|later|before)",
    rf"{NUM}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later|before)",
    rf"since\s+(?:(?:last\s+)?(?:{WD})|(?:{MON})(?:\s+\d{{4}}|\s+last\s+year)?)",
    rf"(?:in\s+)?(?:early|mid|late)[\s-](?:{MON})",
    r"(?:last|yester)\s*night|this\s+(?:morning|afternoon|evening)",
]
_FINDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def find_times(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the NER tends to miss or cut ("overnight", "late on Sunday")."""
    out: list[tuple[int, int]] = []
    for m in _FINDER.finditer(text):
        if not out or m.start() >= out[-1][1]:
            out.append((m.start(), m.end()))
    return out
