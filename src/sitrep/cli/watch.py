"""``sitrep watch``: ingest report files as they appear in a folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sitrep.cli.console import say
from sitrep.cli.progress import is_quiet, quiet_option
from sitrep.cli.stores import create_option

if TYPE_CHECKING:
    from sitrep.api import IngestReport


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", help="The store to fill (default: $SITREP_DB or the user data folder). A missing file is an "
                           "error unless --create; the default store is made when missing, and said so.")
@create_option
@click.option("--interval", type=float, default=2.0, show_default=True, help="Seconds between passes.")
@click.option("--once", is_flag=True, help="One pass over the folder, then stop.")
@quiet_option
def watch(folder: Path, db: str | None, create: bool, interval: float, once: bool) -> None:
    """Ingest report files as they appear in FOLDER (and its subfolders). A file is taken once it has
    stopped growing; a restarted watcher skips what it took before. Each file taken in is one line on
    standard error ("took in PATH: ...", or "refused PATH: reason"; --quiet keeps only refusals). Stop
    with Ctrl-C."""
    from sitrep.cli.stores import writing_store
    from sitrep.watch import watch as run_watch

    with writing_store(db, create=create) as store:
        try:
            total = run_watch(folder, store, interval=interval, rounds=1 if once else None, on_file=_say_file)
        except KeyboardInterrupt:
            say("sitrep: stopped")
            return
    if total.refused:
        sys.exit(1)


def _say_file(path: str, got: IngestReport) -> None:
    """One line for a file taken in, and one for each report of it that was refused."""
    for err in got.refused:
        say(f"sitrep: refused {err}")
    if (got.added or got.skipped) and not is_quiet():
        stored = f", {got.skipped} already stored" if got.skipped else ""
        say(f"sitrep: took in {path}: {got.added} report(s) added{stored}; {got.records} records; "
            f"{got.events} events ({got.new_events} new, {got.merged_events} merged)")
