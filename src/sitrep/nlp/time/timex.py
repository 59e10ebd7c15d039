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
from collections.abc import Callable
from datetime import date, timedelta

from sitrep.nlp.time.explicit import HOLIDAYS, MON, SPOKEN_YEAR, explicit_day, explicit_month, explicit_year
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


Rule = Callable[[str, date, date, str], "TimeWindow | None"]  # (expression, published, anchor, tense)


def overnight(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"overnight", "last night", "overnight into Friday", "tonight"."""
    if not re.search(r"\b(overnight|last night|during the night|tonight|through the night)\b", s):
        return None
    m = re.search(rf"into ({WD})", s)  # a night the story told ends on ``anchor`` (else on publication)
    end = _weekday(m.group(1), published, "past") if m else (anchor if s != "tonight" or tense == "past"
                                                              else published + timedelta(days=1))
    return night(end - timedelta(days=1))


def today(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"today", "this morning", "later today"."""
    return day(published) if re.search(r"\b(today|this (morning|afternoon|evening)|earlier today|later today)\b", s) \
        else None


def day_before_yesterday(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"the day before yesterday"."""
    return day(published - timedelta(days=2)) if "day before yesterday" in s else None


def yesterday(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"yesterday", "yesterday night"."""
    if "yesterday" not in s:
        return None
    return night(published - timedelta(days=1)) if "night" in s else day(published - timedelta(days=1))


def tomorrow(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"tomorrow"."""
    return day(published + timedelta(days=1)) if "tomorrow" in s else None


def the_day_before(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"the previous day", "a day earlier", "the night before": before the day the narrative set."""
    if not re.search(r"\b(the previous day|the day before|a day earlier|the previous night|the night before)\b", s):
        return None
    return night(anchor - timedelta(days=1)) if "night" in s else day(anchor - timedelta(days=1))


def the_day_after(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"the next day", "a day later"."""
    return day(anchor + timedelta(days=1)) if re.search(r"\b(the next day|the following day|a day later)\b", s) \
        else None


def the_same_day(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"later that day", "hours later": the day the narrative set."""
    return day(anchor) if re.search(r"\b(the same day|that day|later that day|that evening|that morning|"
                                    r"hours later|(later|earlier) in the day)\b", s) else None


def that_night(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"that night"."""
    return night(anchor) if "that night" in s else None


def that_unit(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"later that year", "that month": the week, month or year of the time the narrative last set."""
    m = re.search(r"\bthat (week|month|year)\b", s)
    if not m:
        return None
    return {"week": lambda: week(anchor - timedelta(days=anchor.weekday())),
            "month": lambda: month(anchor.year, anchor.month), "year": lambda: year(anchor.year)}[m.group(1)]()


def to_the_day_ago(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"a week ago today", "exactly two weeks ago": the very day that many weeks back, not a day either side
    (``units_ago``). Months and years back keep their calendar unit: "15 years ago today" marks an
    anniversary, and the year is what the story's other lines about the old act agree with."""
    m = re.search(rf"\b(exactly )?({NUM}) (day|week|month|year)s? ago( today)?\b", s)
    if not m or not (m.group(1) or m.group(4)):
        return None
    if m.group(3) in ("month", "year"):  # not "today" (``today``): the month or the year back
        return units_ago(s, published, anchor, tense)
    return day(published - timedelta(days=(number(m.group(2)) or 1) * UNITS[m.group(3)]))


def units_ago(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"three days ago", "a week later", "two months from now"."""
    m = re.search(rf"\b({NUM}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?) "
                  r"(day|week|fortnight|month|year)s?(?: or so)? "
                  r"(ago|earlier|before|later|after|from now|hence)\b", s)
    if not m:
        return None
    n = number(m.group(1)) or 1
    ref = published if m.group(3) in ("ago", "from now", "hence") else anchor
    sign = -1 if m.group(3) in ("ago", "earlier", "before") else 1
    if m.group(2) in ("week", "fortnight"):
        return _weeks_off(n * UNITS[m.group(2)] // 7, ref, sign)
    return _shift(m.group(2), n, ref, sign)


def _weeks_off(n: int, ref: date, sign: int) -> TimeWindow:
    """"a week ago" said on Thursday 22 May is about Thursday 15 May, not any day of the calendar week
    before (which would reach Sunday 18 May): the day ``n`` weeks off, give or take a day a week. The
    value stays the ISO week that day is in."""
    d = ref + sign * timedelta(days=7 * n)
    slack = timedelta(days=n)
    return TimeWindow(d - slack, d + slack, "week", week_value(d))


def the_unit_after(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"the following month", "the previous year": counted from the time the narrative last set."""
    m = re.search(r"\bthe (following|subsequent|next|previous|preceding|prior) (year|month|week)\b", s)
    if not m:
        return None
    return _shift(m.group(2), 1, anchor, 1 if m.group(1) in ("following", "subsequent", "next") else -1)


def unit_ago_modifier(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"the year-ago quarter", "a month earlier"."""
    m = re.search(r"\b(year|month|week)[\s-](ago|earlier)\b", s)
    return _shift(m.group(1), 1, anchor if m.group(2) == "earlier" else published, -1) if m else None


RELATIVE_RULES: tuple[Rule, ...] = (
    overnight, to_the_day_ago, today, day_before_yesterday, yesterday, tomorrow, the_day_before, the_day_after, the_same_day,
    that_night, that_unit, units_ago, the_unit_after, unit_ago_modifier,
)


def _relative(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    return next((w for rule in RELATIVE_RULES if (w := rule(s, published, anchor, tense)) is not None), None)


def _part(s: str) -> str:
    """The part of a unit the words name: "late last week" -> late."""
    return "late" if re.search(r"\blate\b", s) else "early" if re.search(r"\bearly\b", s) else \
        "mid" if re.search(r"\bmid\b|\bmiddle\b", s) else "end" if re.search(r"\bend\b", s) else ""


def _monday(published: date) -> date:
    return published - timedelta(days=published.weekday())


def past_week(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"over the past week", "this past week": the seven days up to publication."""
    if re.search(r"\b(over|in|during) the (past|last) (week|seven days)\b|\bthis past week\b|\bthe past week\b", s):
        return span(published - timedelta(days=7), published)
    return None


def past_few_days(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"in the past few days", "in recent days"."""
    if re.search(r"\b(in )?(the )?(past|last) (few|several|two|three) days\b|\bin recent days\b", s):
        return span(published - timedelta(days=3), published)
    return None


def past_hours(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"in the past 24 hours", "over the last 48 hours": the days those hours reach back over, up to
    publication (24 hours: the day before and the day of publication)."""
    m = re.search(rf"\b(?:the )?(?:past|last|previous) ({NUM}(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
                  r" hours\b", s)
    if not m:
        return None
    hours = number(m.group(1))
    return span(published - timedelta(days=max(1, -(-hours // 24))), published) if hours and hours <= 240 else None


def recent_weeks(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"in recent weeks", "the past few weeks"."""
    if re.search(r"\bin recent weeks\b|\bthe past few weeks\b", s):
        return span(published - timedelta(days=21), published)
    return None


def weekend(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"last weekend", "this coming weekend"."""
    m = re.search(r"\b(this|last|next|past|the|coming) weekend\b", s)
    return _weekend(m.group(1), s, published, tense) if m else None


def early_or_late_in_the_week(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"earlier in the week", "later in the week"."""
    if not re.fullmatch(r"(early|earlier|later?) in the week", s):
        return None
    monday = _monday(published)
    return week(monday, 0, published.weekday()) if tense != "future" else \
        week(monday, published.weekday() if "later" in s else 0, 6)


def next_week(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"next week", "in the coming week"."""
    return week(_monday(published) + timedelta(days=7)) if re.search(r"\b(next|coming) week\b", s) else None


def last_week(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"last week", "late last week", "the previous week"."""
    if "last week" not in s and "previous week" not in s:
        return None
    lo, hi = {"late": (3, 6), "early": (0, 2)}.get(_part(s), (0, 6))
    return week(_monday(published) - timedelta(days=7), lo, hi)


def this_week(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"this week", "later this week": a past act up to publication, a planned one in what is left."""
    if "this week" not in s:
        return None
    monday = _monday(published)
    if tense == "future":
        return week(monday, published.weekday() if "later" in s else 0, 6)
    return week(monday, 0, min(2, published.weekday()) if _part(s) == "early" else published.weekday())


def next_month(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"next month", "early in the coming month"."""
    if "next month" not in s and not re.search(r"\bcoming month\b", s):
        return None
    nxt = published.replace(day=1) + timedelta(days=32)
    return month(nxt.year, nxt.month, _part(s))


def last_month(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"last month", "late last month"."""
    if "last month" not in s and "previous month" not in s:
        return None
    prev = published.replace(day=1) - timedelta(days=1)
    return month(prev.year, prev.month, _part(s))


def this_month(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"this month", "later in the month", "the same month"."""
    if "this month" not in s and not re.fullmatch(r"(the )?(current|same) month|(early|later?|earlier) in the month",
                                                  s):
        return None
    part = _part(s)
    whole = month(published.year, published.month, part)
    if tense == "future" and "later" in s:
        return TimeWindow(published, whole.end, "month", whole.value)
    return whole if tense == "future" or part else clip(whole, published)


def end_of_the_month(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"by the end of the month"."""
    return month(published.year, published.month, "end") if "end of the month" in s else None


def _names_a_year(s: str) -> bool:
    """"last year", not "two years" or "the first year of the war"."""
    return "year" in s and not re.search(r"\b(years|year-old|\d+(st|nd|rd|th)|first|second|third|fourth|fifth)\b",
                                         s)


def past_twelve_months(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"over the past year", "in the past twelve months"."""
    if _names_a_year(s) and re.search(r"\b(the|over|in|during) past (twelve months|year)\b", s):
        return TimeWindow(published - timedelta(days=365), published, "year", f"{published.year - 1:04d}")
    return None


def last_year(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"last year", "the previous fiscal year"."""
    if _names_a_year(s) and re.search(r"\b(last|previous|past|prior) (fiscal |calendar )?year\b", s):
        return year(published.year - 1, _part(s))
    return None


def next_year(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"next year", "early in the coming year"."""
    if _names_a_year(s) and re.search(r"\b(next|coming) (fiscal |calendar )?year\b", s):
        return year(published.year + 1, _part(s))
    return None


def this_year(s: str, published: date, anchor: date, tense: str) -> TimeWindow | None:
    """"this year", "by year-end", "later in the year"."""
    if not _names_a_year(s):
        return None
    if not (re.search(r"\b(this|current) (fiscal |calendar |full )?year\b|\byear[ -]end\b|\byear's end\b|"
                      r"\bend of the year\b", s)
            or re.fullmatch(r"(the )?(fiscal |calendar |full |full fiscal )?year|(earlier|later) in the year",
                            LEAD.sub("", s))):
        return None
    part = _part(s)
    whole = year(published.year, part)
    if tense == "future" and "later" in s:
        return TimeWindow(published, whole.end, "year", whole.value)
    return whole if tense == "future" or part else clip(whole, published)


CALENDAR_RULES: tuple[Rule, ...] = (
    past_week, past_few_days, past_hours, recent_weeks, weekend, early_or_late_in_the_week, next_week, last_week, this_week,
    next_month, last_month, this_month, end_of_the_month, past_twelve_months, last_year, next_year, this_year,
)


def _calendar(s: str, published: date, tense: str) -> TimeWindow | None:
    return next((w for rule in CALENDAR_RULES if (w := rule(s, published, published, tense)) is not None), None)


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
    that = re.search(rf"\bthat ({WD})\b", s)
    if that and anchor is not None:  # "struck on Aug. 9 ... arrested his brother that Wednesday": that week's
        return day(_weekday(that.group(1), anchor, "future"))
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
    """The calendar window an expression names, or None for durations, sets and what it cannot place;
    "since X" gives X's start and leaves the end open (None)."""
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
    if since:  # a start, and no end: what began then may still go on
        return TimeWindow(window.start, None, span(window.start, published).precision,
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
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|few\s+days|several\s+days|two\s+days|three\s+days|"
    r"\d{1,3}\s+hours|(?:twenty-four|forty-eight|seventy-two)\s+hours)",
    r"in\s+recent\s+(?:days|weeks)",  # the NER leaves them: "shelled the town in recent days"
    r"the\s+(?:previous|next|following|same)\s+(?:day|night|week)",
    r"(?:(?:later|earlier)\s+)?that\s+(?:night|evening|morning|afternoon|day|week|month|year)",
    rf"that\s+(?:{WD})",  # "that Wednesday": of the week the story has told
    r"(?:a|the)\s+day\s+(?:earlier|later|before)",
    rf"(?:exactly\s+)?{NUM}\s+(?:days?|weeks?|months?|years?)\s+(?:ago(?:\s+today)?|earlier|later|before)",
    rf"since\s+(?:(?:last\s+)?(?:{WD})|(?:{MON})(?:\.?\s+\d{{1,2}}\b)?(?:,?\s+\d{{4}}|\s+last\s+year)?)",
    rf"(?:in\s+)?(?:early|mid|late)[\s-](?:{MON})",
    # a year between "the" and a plural noun: "the 1998 bombings", "the 2019 elections" (a count that big
    # after "the" is written with a comma: "the 2,000 shells")
    r"(?<=\bthe\s)(?:1[89]\d\d|20\d\d)(?=\s+(?-i:(?:[a-z]+\s+)?[a-z]+s)\b)",  # "the 1998 embassy bombings"
    # a year alone, not a count ("2000 shells"), a sum, a decade or part of a longer number
    r"(?:since\s+)?(?:(?:early|mid|late|fiscal)[\s-]+)?(?<![\d$.,/-])(?:1[89]\d\d|20\d\d)(?![\d%/]|[.,]\d|s\b|-\d)"
    r"(?!\s+(?!(?:was|has|is|as|its|this|his|always|whereas|thus|us|less|unless|across|perhaps|besides)\b)"
    r"(?-i:[a-z]+s)\b)",
    rf"(?:(?:the\s+)?year\s+)?{SPOKEN_YEAR}",
    r"(?:last|yester)\s*night|this\s+(?:morning|afternoon|evening)",
    # a clock time with its day: "5 p.m. EST Nov. 9", "noon Thursday", "midnight on Friday"
    rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?(?:\s+[A-Z]{{3}})?|noon|midnight)(?:,?\s+(?:on\s+)?)"
    rf"(?:{WD}|(?:{MON})\.?\s+\d{{1,2}}\b)",
    r"\b(?:(?:(?!(?:An?|The|On|At|In|By|For|Since|Before|After|Until)\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s)?\s+)?independence\s+day"
    r"|" + "|".join(r"\s+".join(re.escape(w) for w in h.split()) for h in sorted(HOLIDAYS, key=len, reverse=True))
    + r")\b(?:,?\s+(?:1[89]|20)\d\d\b)?",
    # a weekday's name the NER left untagged, capitalised as a day is: "the robbery Friday of two men"
    r"\b(?-i:" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b",
]
# every expression starts a word: the guard turns away the middles of words before any pattern is tried
_FINDER = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")", re.IGNORECASE)


def find_times(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the NER tends to miss or cut ("overnight", "late on Sunday")."""
    out: list[tuple[int, int]] = []
    for m in _FINDER.finditer(text):
        if not out or m.start() >= out[-1][1]:
            out.append((m.start(), m.end()))
    return out
