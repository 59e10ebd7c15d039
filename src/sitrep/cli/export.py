"""``sitrep export``: the store in the formats analysts already load."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from sitrep.cli.console import event_filters
from sitrep.cli.progress import quiet_option

FORMATS = ["acled-csv", "plover-jsonl", "geojson", "parquet", "csv"]


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="acled-csv: ACLED's columns and event types, one row per event (types ACLED does not code are "
                   "left out); plover-jsonl: one PLOVER event per line; geojson: one FeatureCollection of points "
                   "with every field of the record; parquet: the nested record, for pandas or pyarrow; csv: a flat "
                   "table, one row per event.")
@event_filters
@quiet_option
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
    from sitrep.api import export_store
    from sitrep.cli.checks import checked_filters
    from sitrep.cli.progress import progress_bar
    from sitrep.cli.stores import reading_store

    etype, country = checked_filters(etype, country, since, until)
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE or pipe the output")
    with reading_store(db) as store, _opened(output, binary=fmt == "parquet") as out, \
            progress_bar("sitrep: export", "event") as bar:
        written, skipped = export_store(store, fmt, out, type=etype, country=country, since=since, until=until,
                                        text=text, on_event=lambda _ev: bar.update(1))
    note = f", {skipped} left out (the format has no category for their type)" if skipped else ""
    click.echo(f"sitrep: {written} events written as {fmt}{note}" + (f" -> {output}" if output else ""), err=True)


@contextmanager
def _opened(output: Path | None, *, binary: bool) -> Iterator[IO[Any]]:
    """The file to write (closed after), or standard output (left open)."""
    if output is None:
        yield sys.stdout.buffer if binary else sys.stdout
    elif binary:
        with output.open("wb") as stream:
            yield stream
    else:
        with output.open("w", encoding="utf-8", newline="") as text_stream:
            yield text_stream
