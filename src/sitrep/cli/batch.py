"""``sitrep batch`` and ``sitrep load``: large inputs to Parquet shards, and shards into a store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sitrep.cli.console import parse_day, say
from sitrep.cli.progress import quiet_option
from sitrep.cli.stores import create_option


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the plan and the Parquet shards. Run again with the same --out to resume.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's cores; dask: a Dask cluster (a local one unless --address).")
@click.option("--workers", type=int, help="Worker processes (default: every core).")
@click.option("--address", help="A Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (with --engine dask).")
@quiet_option
@click.option("--shard-size", type=int, default=200, show_default=True, help="Reports per shard.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
def batch(inputs: tuple[Path, ...], out: Path, engine: str, workers: int | None, address: str | None,
          shard_size: int, published: str | None) -> None:
    """Extract large inputs (folders of reports, JSON Lines, Parquet of articles) into Parquet shards of
    records, on all cores or a Dask cluster. A killed batch, run again, finishes what is left."""
    from sitrep.batch.engine import run_batch
    from sitrep.batch.shards import PlanMismatch
    from sitrep.cli.progress import showing_progress

    try:
        rep = run_batch(inputs, out, engine=engine, workers=workers, address=address, shard_size=shard_size,
                        published=parse_day(published), progress=showing_progress())
    except PlanMismatch as exc:
        raise click.ClickException(str(exc)) from None
    for r in rep.refused:
        say(f"sitrep: refused {r['path']}: {r['reason']}")
    say(f"sitrep: {rep.articles} reports in {rep.shards} shards ({rep.done_before} done before, {rep.run} now), "
         f"{rep.records} records in {rep.seconds:.1f} s  ->  {out}")
    if rep.refused:
        sys.exit(1)


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", help="The store to fill (default: $SITREP_DB or the user data folder). A missing file is an "
                           "error unless --create; the default store is made when missing, and said so.")
@create_option
@quiet_option
def load(folder: Path, db: str | None, create: bool) -> None:
    """Put a finished `sitrep batch` into a store, merging records into events as ingest does."""
    from sitrep.batch.engine import load_batch
    from sitrep.cli.progress import progress_bar
    from sitrep.cli.stores import writing_store

    with writing_store(db, create=create) as store, progress_bar("sitrep: load", "report") as bar:
        try:
            got = load_batch(folder, store, on_report=lambda _aid: bar.update(1))
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from None
    say(f"sitrep: {got['added'] + got['skipped']} articles read ({got['added']} added, {got['skipped']} already "
        f"stored); {got['records']} records; {got['new_events'] + got['merged_events']} events "
        f"({got['new_events']} new, {got['merged_events']} merged into stored events)")
