"""The event filters of ``sitrep events`` and ``sitrep export`` checked before the store is asked, so
a value that can match nothing is an error that names it and says what is accepted, not an empty
list with exit 0 (the API answers such a request with 422).

A thin check kept in the CLI until the shared filter module (``sitrep.store.filters``) is merged;
it then takes over this module's place.
"""

from __future__ import annotations

from datetime import date

import click

from sitrep.records import EVENT_TYPES, family

FAMILIES = tuple(dict.fromkeys(family(t) for t in EVENT_TYPES))


def checked_type(value: str | None) -> str | None:
    """An event type (``attack.drone``) or family (``attack``) as given; anything else is an error listing
    the families and types."""
    if value is None or value in EVENT_TYPES or value in FAMILIES:
        return value
    raise click.BadParameter(f"{value!r} is not an event type or family. Families: {', '.join(FAMILIES)}; "
                             f"types: {', '.join(EVENT_TYPES)}", param_hint="--type")


def country_code(value: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country named by a code (``UKR``, ``UA``), its ISO name
    (``Ukraine``) or the name reports use (``Russia``, from ``data/country_aliases.tsv``); None if none."""
    import pycountry

    from sitrep.lexicon import read_tsv

    try:
        return str(pycountry.countries.lookup(value.strip()).alpha_3)
    except LookupError:
        pass
    aliases = {row[0].casefold(): row[1] for row in read_tsv("country_aliases.tsv") if len(row) > 1}
    return aliases.get(value.strip().casefold())


def checked_country(value: str | None) -> str | None:
    """The alpha-3 code of ``--country`` (a code or a name); a name no country has is an error."""
    if value is None:
        return None
    code = country_code(value)
    if code is None:
        raise click.BadParameter(f"{value!r} is not a country: give an ISO 3166-1 code (UKR, UA) or a country's "
                                 "name (Ukraine)", param_hint="--country")
    return code


def checked_days(since: str | None, until: str | None) -> None:
    """Both dates in the form YYYY-MM-DD, and ``since`` not after ``until``."""
    days = {}
    for option, value in (("--since", since), ("--until", until)):
        if value is None:
            continue
        try:
            days[option] = date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=option) from None
    if len(days) == 2 and days["--since"] > days["--until"]:
        raise click.UsageError(f"--since {since} is after --until {until}: no event can be in that window")


def checked_filters(etype: str | None, country: str | None, since: str | None,
                    until: str | None) -> tuple[str | None, str | None]:
    """The type and country code to ask the store for, once every filter is checked."""
    checked_days(since, until)
    return checked_type(etype), checked_country(country)
