"""``sitrep report``: a day's stored events as an analyst's brief."""

from __future__ import annotations

import click

from sitrep.cli.console import parse_day


@click.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder); it must exist.")
@click.option("--date", "day", help="The day to report on (YYYY-MM-DD; default: the latest day in the store).")
@click.option("--country", help="Only events in or by this country (ISO 3166-1 code or name).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md")
def report(db: str | None, day: str | None, country: str | None, fmt: str) -> None:
    """A daily situation report: attacks per side by type and place, launched and intercepted totals with
    who claims them, casualties, diplomacy and disruptions, each line linked to its sources."""
    from sitrep.api import daily_brief
    from sitrep.cli.stores import reading_store
    from sitrep.export.daily import to_html, to_markdown
    from sitrep.store.filters import FilterError, parse_filter

    when = parse_day(day)
    try:
        country = parse_filter(country=country).country  # a code or a name, as the event filters take it
    except FilterError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[1], param_hint="--country") from None
    with reading_store(db) as store:
        try:
            brief = daily_brief(store, when, country=country)
        except LookupError as exc:
            raise click.ClickException(f"{exc}; give --date") from None
    click.echo(to_html(brief) if fmt == "html" else to_markdown(brief), nl=False)
