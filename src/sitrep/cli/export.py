"""``sitrep export``: the store in the formats analysts already load."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

import click

from sitrep.cli.console import event_filters
from sitrep.records import Article, Event

FORMATS = ["acled-csv", "plover-jsonl", "geojson", "parquet", "csv"]


def iter_events(store: Any, *, page: int = 1000, **filters: Any) -> Iterator[Event]:
    """The store's events that pass ``filters``, oldest first (as ``Store.events`` orders them), read
    ``page`` at a time by id, so that a large store is never held whole."""
    from sitrep.web.index import EventIndex, Filters

    index = EventIndex(store)
    _, ids = index.page(Filters(**filters), limit=len(index.facts))
    for k in range(0, len(ids), page):
        yield from index.events(ids[k:k + page])


def export_events(events: Iterable[Event], fmt: str, out: Any, article: Any = None) -> tuple[int, int]:
    """Write ``events`` in ``fmt`` to ``out`` (text stream; a binary one for parquet). Gives (written, left out)."""
    if fmt == "csv":
        from sitrep.export.table import write_csv

        return write_csv(events, out), 0
    if fmt == "geojson":
        from sitrep.export.geojson import write_geojson

        return write_geojson(events, out), 0
    if fmt == "plover-jsonl":
        from sitrep.export.plover import write_plover

        return write_plover(events, out)
    if fmt == "acled-csv":
        from sitrep.export.acled import write_acled

        return write_acled(events, out, article or (lambda _aid: None))
    if fmt == "parquet":
        from sitrep.export.parquet import write_parquet

        return write_parquet(events, out), 0
    raise ValueError(f"{fmt}: not an export format (one of {', '.join(FORMATS)})")


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="acled-csv: ACLED's columns and event types, one row per event (types ACLED does not code are "
                   "left out); plover-jsonl: one PLOVER event per line; geojson: one FeatureCollection of points "
                   "with every field of the record; parquet: the nested record, for pandas or pyarrow; csv: a flat "
                   "table, one row per event.")
@event_filters
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (default: standard output; parquet needs a file unless output is piped).")
def export(fmt: str, db: str | None, etype: str | None, country: str | None, since: str | None,
           until: str | None, text: str | None, output: Path | None) -> None:
    """Write the stored events, oldest first, in a format other tools read: ACLED-style CSV, PLOVER JSON
    Lines, GeoJSON, Parquet or a flat CSV. The filters are those of `sitrep events`.

    \b
    Examples:
      sitrep export --format acled-csv --country UKR -o ukraine.csv
      sitrep export --format parquet --since 2025-05-01 -o may.parquet
    """
    from datetime import date

    from sitrep.store import open_store

    for name, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=name) from None
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE or pipe the output")
    with open_store(db) as store:
        events = iter_events(store, type=etype, country=country, since=since, until=until, text=text)

        @cache
        def article(aid: str) -> Article | None:
            return store.article(aid)

        if output is not None:
            if fmt == "parquet":
                with output.open("wb") as binary:
                    written, skipped = export_events(events, fmt, binary, article)
            else:
                with output.open("w", encoding="utf-8", newline="") as text_out:
                    written, skipped = export_events(events, fmt, text_out, article)
        else:
            stream: IO[Any] = sys.stdout.buffer if fmt == "parquet" else sys.stdout
            written, skipped = export_events(events, fmt, stream, article)
    note = f", {skipped} left out (the format has no category for their type)" if skipped else ""
    click.echo(f"sitrep: {written} events written as {fmt}{note}" + (f" -> {output}" if output else ""), err=True)
