"""TIMEX3 in the story: ranges cut into their dates, and values read against the period in focus.

    pieces("between 1994 and 1997")        # [(8, 12, "1994"), (17, 21, "1997")]
    pieces("April 24 and 25")              # [(0, 8, "April 24"), (13, 15, "April 25")]
    pieces("the year ended Aug. 31")       # [(0, 8, "the year"), (15, 22, "Aug. 31")]

``pieces`` cuts an expression that names two times into the pieces TimeML tags one by one
(each with the words it is resolved from: a bare day borrows the month before it). ``in_story``
then reads, in the order of the text, the expressions whose value depends on what the story has
been talking about: the period in focus is the last quarter or half of a year named ("the third
quarter ... the quarter" is that quarter; "a year earlier" beside it is the same quarter a year
before), and a period followed by its end ("the year ended Aug. 31") is a length of time.
Pure logic on words; no spaCy. Rules are tried in order, the first that answers wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sitrep.nlp.time.explicit import MON
from sitrep.nlp.time.timex import resolve
from sitrep.nlp.time.units import WEEKDAYS, TimeWindow, number
from sitrep.nlp.time.value import Timex, timex

__all__ = ["Reading", "in_story", "pieces", "read_story"]

Piece = tuple[int, int, str]  # start, end (in the expression) and the words to resolve
_DATEWORD = (rf"\b(?:{MON}|{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow|now)\b|\b(?:1[89]\d\d|20\d\d)\b")
_LINK = r"(?:and|to|through|until|till|or)"


def _is_date(words: str) -> bool:
    return re.search(_DATEWORD, words, re.IGNORECASE) is not None


def between_and(text: str) -> list[Piece] | None:
    """"between 1994 and 1997", "from Monday to Wednesday": the two ends, each a date."""
    m = re.fullmatch(rf"(?:between|from)\s+(.+?)\s+{_LINK}\s+(.+)", text, re.IGNORECASE)
    if not m or not (_is_date(m[1]) and _is_date(m[2])):
        return None
    return [(m.start(1), m.end(1), m[1]), (m.start(2), m.end(2), m[2])]


def month_day_and_day(text: str) -> list[Piece] | None:
    """"April 24 and 25": two days of one month; the second borrows the month."""
    m = re.fullmatch(rf"((?:{MON})\.?\s+(\d{{1,2}}))\s+(?:and|or|&)\s+(\d{{1,2}})((?:,?\s+\d{{4}})?)", text,
                     re.IGNORECASE)
    if not m:
        return None
    month = text[: m.start(2)].strip()
    return [(m.start(1), m.end(1), m[1] + m[4]), (m.start(3), m.end(3), f"{month} {m[3]}{m[4]}")]


def date_to_date(text: str) -> list[Piece] | None:
    """"Aug. 26 to Oct. 20", "Friday through Sunday", "1990 or 1991": two dates joined by a word."""
    m = re.fullmatch(rf"(.+?)\s+{_LINK}\s+(.+)", text, re.IGNORECASE)
    if not m or not (_is_date(m[1]) and _is_date(m[2])) or re.search(r"\b(?:between|from)\b", m[1], re.I):
        return None
    return [(m.start(1), m.end(1), m[1]), (m.start(2), m.end(2), m[2])]


_PERIOD = r"(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}?(?:year|quarter|half|months|weeks|period)"


def period_ended(text: str) -> list[Piece] | None:
    """"the year ended Aug. 31", "the six months ending Oct. 1": the period and the day it ends."""
    m = re.fullmatch(rf"({_PERIOD})\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\s+(.+)", text,
                     re.IGNORECASE)
    if not m or not _is_date(m[2]):
        return None
    return [(m.start(1), m.end(1), m[1]), (m.start(2), m.end(2), m[2])]


def months_of_year(text: str) -> list[Piece] | None:
    """"the first nine months of 1997": a length of time and the year it is counted in."""
    m = re.fullmatch(r"(the\s+(?:first|last|final)\s+[\w-]+\s+(?:months|weeks|quarters))\s+of\s+(.+)", text,
                     re.IGNORECASE)
    if not m or not _is_date(m[2]):
        return None
    return [(m.start(1), m.end(1), m[1]), (m.start(2), m.end(2), m[2])]


PIECE_RULES: tuple[Callable[[str], list[Piece] | None], ...] = (
    period_ended, months_of_year, between_and, month_day_and_day, date_to_date,
)


def pieces(text: str) -> list[Piece]:
    """The pieces of an expression TimeML tags one by one; the whole expression when it is one."""
    for rule in PIECE_RULES:
        found = rule(text)
        if found:
            return found
    return [(0, len(text), text)]


@dataclass(frozen=True)
class Told:
    """One expression as the story tells it: its words, the words after it, its own reading, and the
    reading of the expression right after it (the end of "the quarter ended Sept. 30")."""

    words: str
    after: str
    own: Timex
    focus: str | None = None
    following: Timex | None = None
    last: str | None = None  # the last day, month or year the story named in its own words


StoryRule = Callable[[Told], "Timex | None"]
_QUARTER = re.compile(r"(\d{4})-([QH][1-4])")
_ENDED = r"(?:that |which )?(?:ended|ending|ends|to end)\b"


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" ,.;:()\"'")


def period_before_its_end(t: Told) -> Timex | None:
    """"the year ended Aug. 31" is a year's length; "the quarter ended Sept. 30" the quarter it ends."""
    if not re.match(_ENDED, t.after):
        return None
    m = re.fullmatch(r"(?:the|its|a|their) (?:fiscal |latest |financial )?(?:([\w-]+) )?(year|half|months|weeks)",
                     t.words)
    if m:
        count = 6 if m[2] == "half" else number(m[1]) if m[1] else 1
        return Timex("DURATION", f"P{count}{m[2][0].upper()}") if count else None
    end = t.following.value if t.following and t.following.value else ""
    if re.fullmatch(r"(?:the|its) (?:fiscal )?quarter", t.words) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
        return Timex("DATE", f"{end[:4]}-Q{(int(end[5:7]) - 1) // 3 + 1}")
    return None


def period_in_focus(t: Told) -> Timex | None:
    """"the quarter", "that quarter", "the latest period": the quarter or half the story is about."""
    if t.focus is None or re.match(_ENDED, t.after) or not re.fullmatch(
            r"(?:the|this|that|its|the latest|the most recent) (?:fiscal )?(?:quarter|period)", t.words):
        return None
    return Timex("DATE", t.focus)


def year_before_focus(t: Told) -> Timex | None:
    """"a year earlier", "the year-ago quarter", "last year's period": the quarter in focus, a year before."""
    if t.focus is None or re.search(r"\d{4}|\b(?:months|weeks|first|second|third|fourth)\b", t.words):
        return None
    if not re.search(r"\byear[ -](?:ago|earlier)\b|\blast year's (?:quarter|period)\b|\bperiod last year\b",
                     t.words):
        return None
    return Timex("DATE", f"{int(t.focus[:4]) - 1:04d}-{t.focus[5:]}")


def year_of_focus(t: Told) -> Timex | None:
    """"the 2019 quarter", "the 2020 period": that year's quarter in focus (the year alone tagged: "2019"
    followed by "period")."""
    whole = re.fullmatch(r"(?:the )?(\d{4}) (?:fiscal )?(?:quarter|period)", t.words)
    alone = re.fullmatch(r"\d{4}", t.words) and re.match(r"(?:fiscal )?(?:quarter|period)\b", t.after)
    if t.focus is None or not (whole or alone):
        return None
    return Timex("DATE", f"{whole[1] if whole else t.words}-{t.focus[5:]}")


def that_unit(t: Told) -> Timex | None:
    """"that year", "the same month": the year or month of the last date the story named."""
    m = re.fullmatch(r"(?:that|the same) (year|month)", t.words)
    if m is None or t.last is None or (m[1] == "month" and len(t.last) < 7):
        return None
    return Timex("DATE", t.last[:4] if m[1] == "year" else t.last[:7])


STORY_RULES: tuple[StoryRule, ...] = (
    period_before_its_end, period_in_focus, year_before_focus, year_of_focus, that_unit,
)


def in_story(told: list[tuple[str, str, Timex]]) -> list[Timex]:
    """Each expression's TIMEX3, given (its words, the words after it, its own reading) in text order:
    read again by the first of ``STORY_RULES`` that answers, against the quarter or half in focus."""
    focus: str | None = None
    last: str | None = None
    out: list[Timex] = []
    for i, (text, after, own) in enumerate(told):
        following = told[i + 1][2] if i + 1 < len(told) else None
        t = Told(_words(text), after.lower().lstrip(" ,"), own, focus, following, last)
        found = next((r for rule in STORY_RULES if (r := rule(t)) is not None), None)
        if found is None and own.type == "DATE" and own.value and _QUARTER.fullmatch(own.value):
            focus = own.value  # a quarter named by its own words sets the focus; derived ones do not
        if found is None and own.type == "DATE" and own.value and re.fullmatch(r"\d{4}(-\d{2}){0,2}", own.value):
            last = own.value
        out.append(replace(own, type=found.type, value=found.value) if found else own)
    return out


@dataclass(frozen=True)
class Reading:
    """One TIMEX3 of a report: its characters, calendar window and TimeML reading, and the
    expression it was cut from (``whole``: itself when it was not cut)."""

    start: int
    end: int
    window: TimeWindow | None
    timex: Timex
    whole: tuple[int, int]


def _cut(text: str, s: int, e: int, window: TimeWindow | None, published: date) -> list[tuple[int, int, TimeWindow | None]]:
    """The pieces of ``text[s:e]`` with their windows: the expression's own when it is one piece,
    else each piece resolved in the direction of the whole (ahead of publication or not; with no
    window to go by, as a date of no known tense)."""
    cut = pieces(text[s:e])
    if len(cut) == 1:
        return [(s, e, window)]
    tense = "unknown" if window is None or window.start is None else "future" if window.start > published else "past"
    return [(s + a, s + b, resolve(words, published, tense=tense)) for a, b, words in cut]


def read_story(text: str, spans: list[tuple[int, int, str, TimeWindow | None]], published: date) -> list[Reading]:
    """Every expression of a report (start, end, NER label, window), cut into its pieces and given its
    TIMEX3 in text order (``value.timex``, then ``in_story``)."""
    cut = [(ps, pe, label, w, (s, e)) for s, e, label, window in spans
           for ps, pe, w in _cut(text, s, e, window, published)]
    own = [timex(text[s:e], w, published, label) for s, e, label, w, _ in cut]
    told = in_story([(text[s:e], text[e:e + 40], tx) for (s, e, *_), tx in zip(cut, own, strict=True)])
    return [Reading(s, e, w, tx, whole) for (s, e, _, w, whole), tx in zip(cut, told, strict=True)]
