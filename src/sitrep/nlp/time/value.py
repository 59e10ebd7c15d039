"""TIMEX3 values: the TimeML type and normalised value of a time expression, beside its window.

    timex("three years", None, date(2025, 5, 22))          # DURATION P3Y
    timex("every day", None, date(2025, 5, 22))            # SET P1D, quant EVERY
    timex("8 p.m.", None, date(2025, 5, 22))               # TIME 2025-05-22T20:00 (publication day)
    timex("late November", month(2024, 11, "late"), ...)   # DATE 2024-11, mod END

Pure logic on the words and the window ``timex.resolve`` gave (None for durations, sets and
what it could not place); no spaCy. The rules below are tried in order, the first that
answers wins; an expression no rule reads keeps its type and a null value (never a guess).
A clock time or part of the day without a day of its own is put on the day its window
names, else on the publication day (said in ``Timex.anchor``). Words are in
``data/words/time.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sitrep.nlp.time.units import WEEKDAYS, TimeWindow, number, ordinal, words

__all__ = ["Timex", "timex"]


@dataclass(frozen=True)
class Timex:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # ISO 8601 as TimeML writes it: 2025-05-22, P3Y, XXXX-WXX-1, 2025-05-21TNI, PAST_REF
    mod: str | None = None  # START | MID | END | APPROX | LESS_THAN | MORE_THAN
    quant: str | None = None  # EVERY for "every day", "each Monday"
    anchor: str | None = None  # "publication" when the day of a clock time was taken from it


Rule = Callable[[str, "TimeWindow | None", date], "Timex | None"]  # (words, window, published)

_W = words()
UNITS = "|".join(sorted(_W.timex_units, key=len, reverse=True))
_NUMWORD = "|".join(sorted({*_W.cardinals, *_W.quantifiers, *_W.vague_counts}, key=len, reverse=True))
COUNT = rf"(?:\d+(?:\.\d+)?|(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))?)"
ADJ = "|".join(sorted(_W.duration_adjectives, key=len, reverse=True))
DURATION = re.compile(rf"^(?:(the|an?|its|their)\s+)?((?:(?:{ADJ})\s+)*)(?:({COUNT})[\s-]+)?"
                      rf"({UNITS})(s|-long|-old)?(?:\s+(?:ahead|or so))?$")
CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\W|$)|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b")
ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
MODS = ((r"\b(?:late|end of|the end of)\b", "END"), (r"\b(?:early|beginning of|start of)\b", "START"),
        (r"\b(?:mid|middle of)\b", "MID"), (r"\b(?:about|around|some|roughly|approximately)\b", "APPROX"),
        (r"\b(?:almost|nearly|less than|under)\b", "LESS_THAN"), (r"\b(?:more than|over|(?:at )?least)\b", "MORE_THAN"))
LEAD = re.compile(r"^(?:(?:for|in|on|at|by|during|over|of|within|about|around|some|almost|nearly|roughly|"
                  r"approximately|more than|less than|no more than|at least|least|under|up to|since|until|just|only|"
                  r"barely|fully)\s+)+")


def _mod(s: str, *, duration: bool = False) -> str | None:
    """The TimeML ``mod`` the words give: "late November" END, "about three years" APPROX."""
    for pattern, mod in MODS[3:] if duration else MODS[:4]:
        if re.search(pattern, s):
            return mod
    return None


def _count(word: str | None) -> str | None:
    """A count as TimeML writes it: "three" 3, "1.5" 1.5, "several" X; None when it is no count."""
    if word is None:
        return "1"
    if word in _W.vague_counts:
        return "X"
    if re.fullmatch(r"\d+\.\d+", word):
        return word
    n = number(word)
    return str(n) if n is not None else None


def _period(count: str, unit: str) -> str:
    code = _W.timex_units[unit]
    return f"PT{count}{code[1:]}" if code.startswith("T") else f"P{count}{code}"


def reference(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"now", "recently", "in the future": the present, the past or the future in general."""
    ref = _W.timex_refs.get(s) or _W.timex_refs.get(LEAD.sub("", s))
    return Timex("DATE", ref) if ref else None


def set_adverb(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"daily", "twice weekly": an adverb of a repeated period."""
    m = re.search(r"\b(" + "|".join(_W.timex_sets) + r")\b", s)
    return Timex("SET", _W.timex_sets[m.group(1)]) if m and window is None else None


def every_unit(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"every day", "each week", "every two years", "three times a year": one period, repeated."""
    m = re.search(rf"\b(every|each|a|per)\s+(?:({COUNT})\s+)?({UNITS})s?\b", s)
    if not m or (m.group(1) in ("a", "per") and not re.search(r"\b(times|once|twice)\b", s)):
        return None
    count = _count(m.group(2)) or "1"
    return Timex("SET", _period(count, m.group(3)), quant="EVERY" if m.group(1) in ("every", "each") else None)


def every_weekday(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"every Monday", "on Fridays": the same day of each week."""
    days = "|".join(WEEKDAYS)
    m = re.search(rf"\b(every|each)\s+({days})\b|\b({days})s\b|\b({days})\s+([a-z]+)s\b", s)
    if not m or (m.group(5) and m.group(5) not in _W.parts_of_day):
        return None
    name = m.group(2) or m.group(3) or m.group(4)
    part = f"T{_W.parts_of_day[m.group(5)]}" if m.group(5) else ""
    return Timex("SET", f"XXXX-WXX-{WEEKDAYS.index(name) + 1}{part}", quant="EVERY" if m.group(1) else None)


def _day_of(window: TimeWindow | None, published: date) -> tuple[date, str | None]:
    """The day a clock time is on: the window's first day when it names a day or night, else publication."""
    if window is not None and window.start is not None and window.precision in ("day", "night"):
        return window.start, None
    return published, "publication"


def clock_time(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"8 p.m.", "20:30", "noon Friday": a time of the day on the day the words (or publication) give."""
    m = CLOCK.search(s)
    if not m:
        return None
    if m.group(6):
        hour, minute = (12 if m.group(6) == "noon" else 24), 0
    elif m.group(1):
        hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
        hour += 12 if m.group(3).startswith("p") else 0
    else:
        hour, minute = int(m.group(4)), int(m.group(5))
    if hour > 24 or minute > 59:
        return None
    day, anchor = _day_of(window, published)
    return Timex("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", _mod(s, duration=True), anchor=anchor)


def part_of_day(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"this morning", "Sunday night", "overnight": the part of a day the window names."""
    m = re.search(r"\b(" + "|".join(_W.parts_of_day) + r")\b", s)
    if not m or (m.group(1) != "tonight" and (window is None or window.precision not in ("day", "night"))):
        return None
    day, anchor = (published, None) if m.group(1) == "tonight" else _day_of(window, published)
    return Timex("TIME", f"{day.isoformat()}T{_W.parts_of_day[m.group(1)]}", anchor=anchor)


def duration(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"three years", "48 hours", "the past week", "the nine months", "recent weeks": a length of time."""
    if window is not None and window.value is not None and not re.match(r"the (past|last|next|coming) ", s):
        return None
    m = DURATION.match(LEAD.sub("", s))
    if not m:
        return None
    article, adjectives, count_word, unit, plural = m.groups()
    if count_word is None and not plural and not (article in ("a", "an") or article == "the" and adjectives):
        return None  # "the week" is a date; "weeks", "the past week", "a week" are lengths
    count = ("X" if plural == "s" else "1") if count_word is None else _count(count_word)
    if count is None:
        return None
    return Timex("DURATION", _period(count, unit), _mod(s, duration=True))


def vague_ago(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"several years ago", "months earlier": some time in the past, no number of units to count back."""
    m = re.search(rf"(?:^|\b(?:{'|'.join(_W.vague_counts)}) )({UNITS})s (ago|earlier|before)\b", LEAD.sub("", s))
    return Timex("DATE", "PAST_REF") if m else None


def century(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"the 20th century", "the nineteenth century": written by its first two digits (19th -> 18)."""
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b|\b([a-z]+(?:-[a-z]+)?)[\s-]century\b", s)
    n = int(m.group(1)) if m and m.group(1) else ordinal(m.group(2)) if m else None
    return Timex("DATE", f"{n - 1:02d}", _mod(s)) if n else None


def spelled_decade(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"the nineties", "the '80s": a decade of the twentieth century, by its first three digits."""
    m = re.search(r"\b([a-z]+)ties\b|'([1-9])0s\b", s)
    if m is None:
        return None
    tens = _W.cardinals.get(f"{m.group(1)}ty") if m.group(1) else int(m.group(2)) * 10
    return Timex("DATE", f"19{tens // 10}", _mod(s)) if tens and tens >= 20 else None


def _year_in(s: str, window: TimeWindow | None, published: date) -> int:
    """The year a season or quarter is in: one written, "last"/"next", the window's, else publication's."""
    if m := re.search(r"\b(1[89]\d\d|20\d\d)\b", s):
        return int(m.group(1))
    shift = -1 if re.search(r"\b(last|previous|past)\b", s) else 1 if re.search(r"\b(next|coming)\b", s) else 0
    if window is not None and window.start is not None and shift == 0:
        return window.start.year
    return published.year + shift


def season(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"last summer", "winter 2024": the season of a year."""
    m = re.search(r"\b(" + "|".join(_W.seasons) + r")\b", s)
    if not m or re.search(r"\b(spring|fall)s?\s+(of|in)\s+(prices|rates)\b", s):
        return None
    return Timex("DATE", f"{_year_in(s, window, published):04d}-{_W.seasons[m.group(1)]}", _mod(s))


def _nearest_year(code: str, s: str, window: TimeWindow | None, published: date) -> int:
    """The year of a quarter or half named without one: a year written or "last"/"next" first, else
    publication's, unless that one begins more than six months after publication (news reports on
    quarters past: "the fourth quarter" said in January is last year's, "the first quarter" said in
    October this year's)."""
    if re.search(r"\b(1[89]\d\d|20\d\d|last|previous|past|next|coming)\b", s):
        return _year_in(s, window, published)
    first = {"Q": lambda n: 3 * n - 2, "H": lambda n: 6 * n - 5}[code[0]](int(code[1]))
    y = published.year
    return y - 1 if (date(y, first, 1) - published).days > 183 else y


def quarter_or_half(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"the third quarter", "Q3 2024", "the first half": a quarter or half of a year."""
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-](quarter|half)\b|\b(q[1-4]|h[12])\b", s)
    if not m:
        return None
    code = m.group(3).upper() if m.group(3) else f"{m.group(2)[0].upper()}{ORDINAL_PART[m.group(1)]}"
    if code.startswith("H") and code[1] not in "12":
        return None
    return Timex("DATE", f"{_nearest_year(code, s, window, published):04d}-{code}")


def this_quarter(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"the current quarter" (publication's), "the latest quarter" (the last one ended before it)."""
    m = re.fullmatch(r"(?:the )?(current|this|latest|most recent|last|previous|past) quarter", s)
    if not m:
        return None
    n = (published.month - 1) // 3 + (0 if m.group(1) in ("current", "this") else -1)
    return Timex("DATE", f"{published.year - (n < 0):04d}-Q{n % 4 + 1}")


def decade(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"the 1990s", "the early 1980s": a decade, written by its first three digits."""
    m = re.search(r"\b(1[89]\d|20\d)0s\b", s)
    return Timex("DATE", m.group(1), _mod(s)) if m else None


def year_end(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """"by year-end", "at year's end": the last day of the year the window (or publication) is in."""
    if not re.fullmatch(r"year[- ]end|year's end", LEAD.sub("", s)):
        return None
    y = window.start.year if window is not None and window.start is not None else published.year
    return Timex("DATE", f"{y:04d}-12-31")


def calendar_unit(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """A day, week, month or year the window names, with the part the words give ("late November")."""
    if window is None or window.value is None:
        return None
    return Timex("DATE", window.value, _mod(s))


def night_or_span(s: str, window: TimeWindow | None, published: date) -> Timex | None:
    """A night with no part-of-day word ("overnight into Friday"): its evening's day, TNI."""
    if window is None or window.precision != "night" or window.start is None:
        return None
    return Timex("TIME", f"{window.start.isoformat()}TNI")


RULES: tuple[Rule, ...] = (
    reference, set_adverb, every_unit, every_weekday, clock_time, part_of_day, vague_ago, this_quarter,
    quarter_or_half, duration, season, decade, century, spelled_decade, year_end, calendar_unit, night_or_span,
)


def normalise(text: str) -> str:
    s = text.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-").strip(" ,.;:()\"'")
    return re.sub(r"\s+", " ", s)


def timex(text: str, window: TimeWindow | None, published: date, label: str = "DATE") -> Timex:
    """The TIMEX3 type and value of an expression, given the window ``resolve`` found (or None);
    ``label`` (the NER's DATE or TIME) is the type when no rule reads the words."""
    s = normalise(text)
    for rule in RULES:
        found = rule(s, window, published)
        if found is not None:
            return found
    return Timex("TIME" if label == "TIME" else "DATE", None)


_FINDER = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in
                        sorted([*_W.timex_refs, *_W.timex_sets], key=len, reverse=True)) + r")\b"
    r"|\b(?:every|each)\s+(?:other\s+)?(?:[a-z]+\s+)?(?:" + UNITS + "|" + "|".join(WEEKDAYS) + r")s?\b"
    r"|\b(?:once|twice|\w+\s+times)\s+(?:a|per)\s+(?:" + UNITS + r")\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|\b(?:noon|midnight)\b",
    re.IGNORECASE)


def find_values(text: str) -> list[tuple[int, int]]:
    """Character spans of expressions that have a TIMEX3 value but no calendar window, which the
    NER tends to miss: "now", "recently", "daily", "every two weeks", "twice a year", "8 p.m."."""
    return [(m.start(), m.end()) for m in _FINDER.finditer(text)]


AGE = re.compile(rf"^(?:{COUNT})[\s-]+years?[\s-]+old$", re.IGNORECASE)


def names_no_time(text: str) -> bool:
    """An age ("52 years old", "a 136-year-old firm") or a word of time alone that names no time
    ("annual"): what the NER tags but TimeML does not."""
    s = normalise(text)
    return s in _W.timeless or AGE.match(s) is not None or re.search(r"\d+-year-old\b", s) is not None


EXTENT_SKIP = re.compile(r"^(?:(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in
                                            sorted(_W.extent_skip, key=len, reverse=True)) + r")\s+)+",
                         re.IGNORECASE)


def timex_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters TimeML would tag: without a leading preposition or "just" ("since 1990" ->
    "1990") or a trailing possessive ("last year's" -> "last year")."""
    expr = text[start:end]
    m = EXTENT_SKIP.match(expr)
    if m and m.end() < len(expr):
        start += m.end()
    for tail in ("'s", "’s", "'"):
        if text[start:end].endswith(tail) and end - len(tail) > start:
            end -= len(tail)
            break
    return start, end
