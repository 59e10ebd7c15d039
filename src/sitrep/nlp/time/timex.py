"""Time expressions resolved against a report's publication date: pure logic, no spaCy.

    resolve("last Friday", date(2025, 5, 22))          # 2025-05-16, day
    resolve("overnight", date(2025, 5, 22))            # 2025-05-21 .. 2025-05-22, night
    resolve("on Thursday", date(2024, 8, 21), tense="future")   # the coming Thursday

``anchor`` is the day the narrative last set ("two days earlier" counts from it); ``tense``
says whether the act is reported as done (``past``: weekdays are the most recent ones, the
publication day included), announced (``future``: the coming ones, the publication day
included), told in the present tense (``present``: news uses it for what is scheduled, so
weekdays are the coming ones) or not known (``unknown``: weekdays as for the past). A date
without a year is the most recent one for a past act, the coming one for a future act and,
with no tense to go by, the coming one if it is at most four months ahead, else the last one. Durations and sets ("two hours", "almost daily") resolve to None. The
window's ``value`` is the calendar unit named (see ``timex_units``); the window itself is
what an act in that tense may occupy ("this week" in a past act ends on publication day).
Explicit dates are read in ``timex_explicit``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.nlp.time.explicit import MON, SPOKEN_YEAR, explicit_day, explicit_month, explicit_year
from sitrep.nlp.time.units import (
    WEEKDAYS,
    TimeWindow,
    clip,
    day,
    month,
    night,
    number,
    span,
    week,
    week_value,
    year,
)

__all__ = ["TimeWindow", "find_times", "resolve"]

UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
WD = "|".join(WEEKDAYS)
PART = r"(?:morning|afternoon|evening|night|midday|noon)"
NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|"
       r"twenty|thirty|forty|fifty)")
LEAD = re.compile(r"^(?:(?:late|early|earlier|later|shortly|just|from|on|in|at|by|during|since|over|"
                  r"until|till|before|after|around|about|into|the|of)\s+)+")
DURATION = re.compile(r"^(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|several|few|many|more than|"
                      r"almost|nearly|about)\b.*\b(?:hours?|minutes?|days?|weeks?|months?|years?)(?:\s+long)?$")


def _weekday(name: str, ref: date, tense: str, mode: str = "") -> date:
    """The weekday ``name`` nearest ``ref`` in the act's direction; the day itself when ``ref`` is one."""
    target = WEEKDAYS.index(name)
    if mode == "next":
        return ref + timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    if tense in ("future", "present") and mode != "last":
        return ref + timedelta(days=(target - ref.weekday()) % 7)
    back = (ref.weekday() - target) % 7
    if mode == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _shift(unit: str, n: int, ref: date, sign: int) -> TimeWindow:
    """``n`` units before (``sign`` -1) or after ``ref``, as the calendar unit it lands in."""
    if unit == "year":
        return year(ref.year + sign * n)
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + sign * n
        return month(k // 12, k % 12 + 1)
    d = ref + sign * timedelta(days=n * UNITS[unit])
    if unit in ("week", "fortnight"):
        return week(d - timedelta(days=d.weekday()))
    return day(d)


def _relative(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    if re.search(r"\b(overnight|last night|during the night|tonight|through the night)\b", s):
        m = re.search(rf"into ({WD})", s)
        end = _weekday(m.group(1), published, "past") if m else (published if s != "tonight" or tense == "past"
                                                                  else published + timedelta(days=1))
        return night(end - timedelta(days=1))
    if re.search(r"\b(today|this (morning|afternoon|evening)|earlier today|later today)\b", s):
        return day(published)
    if "day before yesterday" in s:
        return day(published - timedelta(days=2))
    if "yesterday" in s:
        return night(published - timedelta(days=1)) if "night" in s else day(published - timedelta(days=1))
    if "tomorrow" in s:
        return day(published + timedelta(days=1))
    if re.search(r"\b(the previous day|the day before|a day earlier|the previous night|the night before)\b", s):
        return night(anchor - timedelta(days=1)) if "night" in s else day(anchor - timedelta(days=1))
    if re.search(r"\b(the next day|the following day|a day later)\b", s):
        return day(anchor + timedelta(days=1))
    if re.search(r"\b(the same day|that day|later that day|that evening|that morning|hours later|"
                 r"(later|earlier) in the day)\b", s):
        return day(anchor)
    if "that night" in s:
        return night(anchor)
    m = re.search(rf"\b({NUM}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?) "
                  r"(day|week|fortnight|month|year)s?(?: or so)? "
                  r"(ago|earlier|before|later|after|from now|hence)\b", s)
    if m:
        n = number(m.group(1)) or 1
        ref = published if m.group(3) in ("ago", "from now", "hence") else anchor
        return _shift(m.group(2), n, ref, -1 if m.group(3) in ("ago", "earlier", "before") else 1)
    m = re.search(r"\bthe (following|subsequent|next|previous|preceding|prior) (year|month|week)\b", s)
    if m:  # counted from the time the narrative last set (publication when it set none)
        return _shift(m.group(2), 1, anchor, 1 if m.group(1) in ("following", "subsequent", "next") else -1)
    m = re.search(r"\b(year|month|week)[\s-](ago|earlier)\b", s)  # "the year-ago quarter"
    if m:
        return _shift(m.group(1), 1, anchor if m.group(2) == "earlier" else published, -1)
    return None


def _calendar(s: str, published: date, tense: str) -> TimeWindow | None:  # noqa: C901
    body = LEAD.sub("", s)
    monday = published - timedelta(days=published.weekday())
    if re.search(r"\b(over|in|during) the (past|last) (week|seven days)\b|\bthis past week\b|\bthe past week\b", s):
        return span(published - timedelta(days=7), published)
    if re.search(r"\b(in )?(the )?(past|last) (few|several|two|three) days\b|\bin recent days\b", s):
        return span(published - timedelta(days=3), published)
    if re.search(r"\bin recent weeks\b|\bthe past few weeks\b", s):
        return span(published - timedelta(days=21), published)
    part = "late" if re.search(r"\blate\b", s) else "early" if re.search(r"\bearly\b", s) else \
        "mid" if re.search(r"\bmid\b|\bmiddle\b", s) else "end" if re.search(r"\bend\b", s) else ""
    m = re.search(r"\b(this|last|next|past|the|coming) weekend\b", s)
    if m:
        return _weekend(m.group(1), s, published, tense)
    if "week" in s:
        if re.fullmatch(r"(early|earlier|later?) in the week", s):
            return week(monday, 0, published.weekday()) if tense != "future" else \
                week(monday, published.weekday() if "later" in s else 0, 6)
        if "next week" in s or "coming week" in s:
            return week(monday + timedelta(days=7))
        if "last week" in s or "previous week" in s:
            lo, hi = {"late": (3, 6), "early": (0, 2)}.get(part, (0, 6))
            return week(monday - timedelta(days=7), lo, hi)
        if "this week" in s:
            if tense == "future":
                return week(monday, published.weekday() if "later" in s else 0, 6)
            return week(monday, 0, min(2, published.weekday()) if part == "early" else published.weekday())
    if "month" in s:
        first = published.replace(day=1)
        if "next month" in s or "coming month" in s:
            nxt = first + timedelta(days=32)
            return month(nxt.year, nxt.month, part)
        if "last month" in s or "previous month" in s:
            prev = first - timedelta(days=1)
            return month(prev.year, prev.month, part)
        if "this month" in s or re.fullmatch(r"(the )?(current|same) month|(early|later?|earlier) in the month", s):
            whole = month(published.year, published.month, part)
            if tense == "future" and "later" in s:
                return TimeWindow(published, whole.end, "month", whole.value)
            return whole if tense == "future" or part else clip(whole, published)
        if "end of the month" in s:
            return month(published.year, published.month, "end")
    if "year" in s and not re.search(r"\b(years|year-old|\d+(st|nd|rd|th)|first|second|third|fourth|fifth)\b", s):
        if re.search(r"\b(the|over|in|during) past (twelve months|year)\b", s):  # the last 12 months
            return TimeWindow(published - timedelta(days=365), published, "year", f"{published.year - 1:04d}")
        if re.search(r"\b(last|previous|past|prior) (fiscal |calendar )?year\b", s):
            return year(published.year - 1, part)
        if re.search(r"\b(next|coming) (fiscal |calendar )?year\b", s):
            return year(published.year + 1, part)
        if re.search(r"\b(this|current) (fiscal |calendar |full )?year\b|\byear[ -]end\b|\byear's end\b|\bend of the year\b", s) or \
                re.fullmatch(r"(the )?(fiscal |calendar |full |full fiscal )?year|(earlier|later) in the year", body):
            whole = year(published.year, part)
            if tense == "future" and "later" in s:
                return TimeWindow(published, whole.end, "year", whole.value)
            return whole if tense == "future" or part else clip(whole, published)
    return None


def _weekend(which: str, s: str, published: date, tense: str) -> TimeWindow:
    """Saturday and Sunday: the one just past (or under way) for past acts, the coming one for planned ones."""
    sat = published - timedelta(days=(published.weekday() - 5) % 7)  # the last Saturday, or today
    ahead = which in ("next", "coming") or "this coming" in s or (tense == "future" and which != "last"
                                                                   and "past" not in s)
    if ahead:
        sat = sat if published.weekday() >= 5 and which != "next" else sat + timedelta(days=7)
    elif which == "last" and published.weekday() >= 5:
        sat -= timedelta(days=7)
    end = sat + timedelta(days=1)
    if not ahead and end > published:
        end = published
    return TimeWindow(sat, end, "week", week_value(sat) + "-WE")


def _weekday_expr(s: str, published: date, tense: str, anchor: date | None = None) -> TimeWindow | None:
    found = re.findall(rf"\b(last|this|next|past|this past|this coming|coming)?\s*({WD})\b", s)
    if not found:
        return None
    m = re.search(rf"\bthe (previous|preceding|following|next) ({WD})\b", s)
    if m:  # "the previous Friday": counted from the day the narrative last set
        return day(_weekday(m.group(2), anchor or published, "past" if m.group(1) in ("previous", "preceding")
                            else "future", "last" if m.group(1) in ("previous", "preceding") else "next"))
    if len(found) >= 2 and re.search(r"\b(and|to|until|through|into|between)\b", s):
        a = _weekday(found[0][1], published, tense, found[0][0])
        b = _weekday(found[-1][1], published, tense, found[-1][0])
        if b < a:
            a -= timedelta(days=7)
        nightly = (b - a).days == 1 and re.search(r"night|hours|p\.?m|late|into", s)
        return night(a) if nightly else span(a, b)
    mode, name = found[0]
    mode = "last" if mode in ("last", "past", "this past") else "next" if mode == "next" else ""
    if mode == "" and found[0][0] in ("this coming", "coming"):
        tense = "future"
    d = _weekday(name, published, tense, mode)
    if re.search(rf"\b{name}\s+night\b|\bnight of {name}\b", s):
        return night(d)
    return day(d)


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
    modal = re.search(r"\b(may|march)\b", expr) and not re.search(r"\b(May|March|MAY|MARCH)\b", expr)
    window = (_relative(s, published, ref, tense) or explicit_day(s, published, tense)
              or _weekday_expr(s, published, tense, anchor) or (None if modal else explicit_month(s, published, tense))
              or explicit_year(s, published) or _calendar(s, published, tense))
    if window is None or window.start is None:
        return None
    if since:
        return TimeWindow(window.start, published, span(window.start, published).precision,
                          window.value) if window.start <= published else None
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
    rf"since\s+(?:(?:last\s+)?(?:{WD})|(?:{MON})(?:\.?\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}|\s+last\s+year)?)",
    rf"(?:in\s+)?(?:early|mid|late)[\s-](?:{MON})",
    # a year alone, not a count ("2000 shells"), a sum, a decade or part of a longer number
    r"(?:since\s+)?(?:(?:early|mid|late|fiscal)[\s-]+)?(?<![\d$.,/-])(?:1[89]\d\d|20\d\d)(?![\d%/]|[.,]\d|s\b|-\d)"
    r"(?!\s+(?!(?:was|has|is|as|its|this|his|always|whereas|thus|us|less|unless|across|perhaps|besides)\b)"
    r"(?-i:[a-z]+s)\b)",
    rf"(?:(?:the\s+)?year\s+)?{SPOKEN_YEAR}",
    r"(?:last|yester)\s*night|this\s+(?:morning|afternoon|evening)",
    r"christmas(?:\s+(?:eve|day))?|new\s+year's\s+(?:eve|day)|halloween|valentine's\s+day|boxing\s+day",
]
_FINDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def find_times(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the NER tends to miss or cut ("overnight", "late on Sunday")."""
    out: list[tuple[int, int]] = []
    for m in _FINDER.finditer(text):
        if not out or m.start() >= out[-1][1]:
            out.append((m.start(), m.end()))
    return out
