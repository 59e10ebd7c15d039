"""The one set of filters that chooses stored events, shared by ``sitrep events``, ``GET /api/events``,
``GET /api/stats`` and the dashboard: the same names, the same checks, the same errors.

    where = parse_filter(country="Ukraine", type="attack", since="2026-03-01")
    store.events(where)                     # EventFilter(type='attack', country='UKR', since='2026-03-01')
    parse_filter(type="drone")              # FilterError: type: 'drone' is not an event type or family ...

``parse_filter`` takes what a person typed (strings, any case) and gives an ``EventFilter`` whose
values are the store's own (ISO codes upper-cased, dates ISO, words lower-cased), or raises a
``FilterError`` that names the parameter and its value and says what is accepted. Each parameter
is checked by its own small rule below (``CHECKS``); a rule that passes also normalizes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache

from sitrep.records import EVENT_TYPES, STATUSES, family

FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(family(t) for t in EVENT_TYPES))
MAX_WORDS = 200  # characters of an actor, claimant or text filter (a longer one is a paste gone wrong)
ADMIN1_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
SEPARATOR = "\x1f"  # joins the names the index holds per event; refused inside a filter's words


class FilterError(ValueError):
    """A filter value that is not allowed; ``name`` is the parameter, the message says what is accepted."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to show; None leaves a condition out. Values are in the store's own form:
    build one with ``parse_filter`` from what a user typed."""

    since: str | None = None  # the event's window ends on or after this day (YYYY-MM-DD)
    until: str | None = None  # the event's window starts on or before this day
    type: str | None = None  # an event type (attack.drone) or a family (attack), which matches its types
    status: str | None = None  # occurred, planned, ...
    country: str | None = None  # ISO 3166-1 alpha-3 of the event's place
    admin1: str | None = None  # ISO 3166-2 code of the place's first-level region (UA-30)
    actor: str | None = None  # words in the name or country code of any actor, either side (lower case)
    claimant: str | None = None  # words in the name of anyone who claims it (lower case)
    text: str | None = None  # words in the evidence, the place or a claimant

    def as_kwargs(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def given(self) -> dict[str, str]:
        """The conditions set, by name (for a query string or a message)."""
        return {k: v for k, v in self.as_kwargs().items() if v is not None}


FILTER_NAMES: tuple[str, ...] = tuple(f.name for f in fields(EventFilter))
# What each filter takes, as the CLI's --help and the API's OpenAPI document say it.
FILTER_HELP = {
    "since": "Events whose date window ends on or after this day (YYYY-MM-DD).",
    "until": "Events whose date window starts on or before this day (YYYY-MM-DD).",
    "type": "An event type (attack.drone) or a family (attack: all its types).",
    "status": "occurred, ongoing, agreed, planned, proposed, rejected or cancelled.",
    "country": "The country of the event's place: an ISO 3166-1 alpha-3 code (UKR) or a name (Ukraine).",
    "admin1": "The first-level region of the event's place, as its ISO 3166-2 code (UA-30).",
    "actor": "Words in the name or country code of any actor, on either side.",
    "claimant": "Words in the name of anyone who claims the event.",
    "text": "Words to look for in evidence, places and claimants.",
}


# -- the rules, one per parameter: each gives the value in the store's form or raises -----------
def _check_day(name: str, value: str) -> str:
    """"2026-03-04" stays; "4 March" is refused (YYYY-MM-DD)."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise FilterError(name, f"{value!r} is not a date (YYYY-MM-DD, like 2026-03-04)") from None


def _check_type(name: str, value: str) -> str:
    """"Attack.Drone" -> "attack.drone"; "attack" (a family) stays; "drone" is refused, naming the types."""
    wanted = value.strip().lower()
    if wanted in EVENT_TYPES or wanted in FAMILIES:
        return wanted
    raise FilterError(name, f"{value!r} is not an event type or family; families: {', '.join(FAMILIES)}; "
                            f"types: {', '.join(EVENT_TYPES)}")


def _check_status(name: str, value: str) -> str:
    """"Planned" -> "planned"; "maybe" is refused, naming the statuses."""
    wanted = value.strip().lower()
    if wanted in STATUSES:
        return wanted
    raise FilterError(name, f"{value!r} is not a status; statuses: {', '.join(STATUSES)}")


@cache
def country_codes() -> Mapping[str, str]:
    """Every name and code of a country, lower-cased, to its ISO 3166-1 alpha-3 code: "ukraine",
    "ukr" and "ua" -> "UKR". The names reports use (``data/country_aliases.tsv``) and pycountry's."""
    import pycountry

    from sitrep.lexicon import read_tsv

    codes: dict[str, str] = {}
    for c in pycountry.countries:
        for label in (c.alpha_3, c.alpha_2, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if label:
                codes.setdefault(label.lower(), c.alpha_3)
    for row in read_tsv("country_aliases.tsv"):
        codes.setdefault(row[0].lower(), row[1])
    return codes


@cache
def country_labels() -> list[str]:
    """The codes and names ``country`` takes, as written (for the API's document): UKR, Ukraine, ..."""
    import pycountry

    from sitrep.lexicon import read_tsv

    labels = {c.alpha_3 for c in pycountry.countries} | {row[0] for row in read_tsv("country_aliases.tsv")}
    labels |= {getattr(c, "common_name", c.name) for c in pycountry.countries}
    return sorted(labels)


def _check_country(name: str, value: str) -> str:
    """"Ukraine", "ukr" and "UA" -> "UKR"; "Narnia" is refused."""
    code = country_codes().get(value.strip().lower())
    if code:
        return code
    raise FilterError(name, f"{value!r} is not a country: give an ISO 3166-1 alpha-3 code (UKR, SDN) or a "
                            "country name (Ukraine, Sudan)")


def _check_admin1(name: str, value: str) -> str:
    """"ua-30" -> "UA-30"; "Kyiv region" is refused (give the ISO 3166-2 code)."""
    code = value.strip().upper()
    if ADMIN1_CODE.match(code):
        return code
    raise FilterError(name, f"{value!r} is not a first-level region code: give its ISO 3166-2 code (like UA-30, "
                            "SD-DN)")


def _check_words(name: str, value: str) -> str:
    """" Air Force " -> "air force"; an empty value, or one over 200 characters, is refused."""
    words = " ".join(value.split()).lower()
    if not words:
        raise FilterError(name, "empty: give some words, or leave the filter out")
    if len(words) > MAX_WORDS or SEPARATOR in value:
        raise FilterError(name, f"{len(value)} characters: at most {MAX_WORDS} printable ones")
    return words


CHECKS: dict[str, Callable[[str, str], str]] = {
    "since": _check_day, "until": _check_day, "type": _check_type, "status": _check_status,
    "country": _check_country, "admin1": _check_admin1, "actor": _check_words, "claimant": _check_words,
    "text": _check_words,
}


def parse_filter(**given: str | None) -> EventFilter:
    """The filter a user asked for, checked and in the store's form (None leaves a condition out).
    Raises FilterError naming the first bad value; an unknown name is a TypeError (a caller's bug)."""
    unknown = sorted(set(given) - set(CHECKS))
    if unknown:
        raise TypeError(f"unknown filter {unknown[0]!r}; filters: {', '.join(FILTER_NAMES)}")
    values = {name: CHECKS[name](name, raw) for name, raw in given.items() if raw is not None}
    where = EventFilter(**values)
    if where.since and where.until and where.since > where.until:
        raise FilterError("since", f"{where.since} is after until {where.until}: nothing can be in that range")
    return where


def with_conditions(where: EventFilter | None, conditions: Mapping[str, str | None]) -> EventFilter:
    """``where`` with the keyword conditions of a library call (``store.events(type="attack")``) added.
    They are taken as given, in the store's form; ``parse_filter`` is for what users type."""
    base = where or EventFilter()
    set_here = {k: v for k, v in conditions.items() if v is not None}
    return replace(base, **set_here) if set_here else base
