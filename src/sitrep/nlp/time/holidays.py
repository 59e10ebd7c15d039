"""Named days: the date of a holiday in a given year, from the data files in ``data/holidays``.

    holiday_date("easter", 2025)                       # 2025-04-20 (Gregorian computus)
    holiday_date("thanksgiving", 2024)                 # 2024-11-28 (fourth Thursday of November)
    holiday_date("eid al-fitr", 2024)                  # 2024-04-10 (islamic.tsv)
    holiday_date("ukraine's independence day", 2023)   # 2023-08-24 (independence.tsv)

A name no file lists, or an Independence Day of no country listed, gives None: never a guess.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from typing import Any

from sitrep.lexicon import read_tsv
from sitrep.lexicon.words import TimeWords
from sitrep.nlp.time.units import words

__all__ = ["HOLIDAY_NAMES", "holiday_date", "independence_days", "islamic_days"]


def easter(y: int) -> date:
    """Easter Sunday by the Gregorian computus (anonymous Gregorian algorithm): 2025 -> 20 April."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def orthodox_easter(y: int) -> date:
    """Easter by the Julian computus, moved to the Gregorian calendar (13 days, 1900-2099): 2025 -> 20 April."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(y, month, day + 1) + timedelta(days=13)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def thanksgiving(y: int) -> date:
    """US Thanksgiving, the fourth Thursday of November: 2024 -> 28 November."""
    return _nth_weekday(y, 11, 3, 4)


def election_day(y: int) -> date:
    """US Election Day, the Tuesday after the first Monday of November: 2024 -> 5 November."""
    return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)


@cache
def islamic_days() -> dict[int, dict[str, list[date]]]:
    """Year -> {"ramadan", "eid_al_fitr", "eid_al_adha"} -> the first days in that year (islamic.tsv)."""
    out: dict[int, dict[str, list[date]]] = {}
    for year, *days in read_tsv("holidays/islamic.tsv"):
        out[int(year)] = {name: [date.fromisoformat(d) for d in cell.split(",")]
                          for name, cell in zip(("ramadan", "eid_al_fitr", "eid_al_adha"), days, strict=True)}
    return out


def _islamic(name: str) -> Callable[[int], date | None]:
    def on(y: int) -> date | None:
        days = islamic_days().get(y, {}).get(name)
        return days[0] if days else None
    return on


MOVABLE: dict[str, Callable[[int], date | None]] = {
    "easter": easter,
    "easter_monday": lambda y: easter(y) + timedelta(days=1),
    "good_friday": lambda y: easter(y) - timedelta(days=2),
    "palm_sunday": lambda y: easter(y) - timedelta(days=7),
    "orthodox_easter": orthodox_easter,
    "thanksgiving": thanksgiving,
    "election_day": election_day,
    "ramadan": _islamic("ramadan"),
    "eid_al_fitr": _islamic("eid_al_fitr"),
    "eid_al_adha": _islamic("eid_al_adha"),
}


@cache
def _named_days() -> dict[str, dict[str, Any]]:
    from importlib import resources

    text = resources.files("sitrep").joinpath("data", "holidays", "named_days.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def independence_days() -> dict[str, tuple[int, int]]:
    """Country name, alias or demonym (lower case) -> (month, day) of its Independence Day."""
    by_iso = {iso: (int(md[:2]), int(md[3:])) for iso, md, _ in read_tsv("holidays/independence.tsv")}
    names = {name.lower(): iso for iso, _, name in read_tsv("holidays/independence.tsv")}
    for file in ("country_aliases.tsv", "demonyms.tsv"):
        names.update({row[0].lower(): row[1] for row in read_tsv(file) if len(row) > 1})
    return {name: by_iso[iso] for name, iso in names.items() if iso in by_iso}


def _fixed(tw: TimeWords) -> dict[str, tuple[int, int]]:
    extra = _named_days()["fixed"]
    return {**{k: (v[0], v[1]) for k, v in tw.holidays.items()}, **{k: (v[0], v[1]) for k, v in extra.items()}}


FIXED = _fixed(words())
MOVABLE_NAMES: dict[str, str] = dict(_named_days()["movable"])
HOLIDAY_NAMES = sorted({*FIXED, *MOVABLE_NAMES}, key=len, reverse=True)
_INDEPENDENCE = re.compile(r"^(?:the\s+)?(.+?)(?:'s)?\s+independence day$|^independence day (?:in|of) (.+)$")


def holiday_date(name: str, y: int) -> date | None:
    """The date of the named day ``name`` (lower case) in year ``y``, or None."""
    if name in FIXED:
        month, day = FIXED[name]
        return date(y, month, day)
    if name in MOVABLE_NAMES:
        return MOVABLE[MOVABLE_NAMES[name]](y)
    m = _INDEPENDENCE.match(name)
    country = (m[1] or m[2]) if m else None
    if country and country in independence_days():
        month, day = independence_days()[country]
        return date(y, month, day)
    return None
