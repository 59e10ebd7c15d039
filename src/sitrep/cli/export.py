"""``sitrep export``: the store in the formats analysts already load."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from sitrep.cli.filters import filter_options
from sitrep.cli.progress import quiet_option
from sitrep.store.filters import EventFilter

FORMATS = ["acled-csv", "plover-jsonl", "geojson", "parquet", "csv"]


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="acled-csv: ACLED's columns and values, one row per event (types ACLED does not code, events that "
                   "did not happen and events with no date or country are left out); plover-jsonl: one PLOVER "
                   "event per line, the manual's field names; geojson: one FeatureCollection of points, flat "
                   "typed properties beside the record; parquet: the nested record, for pandas or pyarrow; csv: a "
                   "flat table, one row per event.")
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder); it must exist.")
@filter_options
@quiet_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (default: standard output; parquet needs a file unless output is piped).")
def export(fmt: str, db: str | None, where: EventFilter, output: Path | None) -> None:
    """Write the stored events, oldest first, in a format other tools read: ACLED-style CSV, PLOVER JSON
    Lines, GeoJSON, Parquet or a flat CSV. The filters are those of `sitrep events`.

    \b
    Examples:
      sitrep export --format acled-csv --country UKR -o ukraine.csv
      sitrep export --format parquet --since 2025-05-01 -o may.parquet
    """
    from sitrep.api import export_store
    from sitrep.cli.progress import progress_bar
    from sitrep.cli.stores import reading_store

    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("parquet is binary: give -o FILE or pipe the output")
    with reading_store(db) as store, _opened(output, binary=fmt == "parquet") as out, \
            progress_bar("sitrep: export", "event") as bar:
        written, skipped = export_store(store, fmt, out, on_event=lambda _ev: bar.update(1), **where.as_kwargs())
    note = f", {skipped} left out (the format does not code them: see --help)" if skipped else ""
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
