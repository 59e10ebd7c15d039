"""``sitrep watch``: ingest report files as they appear in a folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sitrep.cli.console import say

if TYPE_CHECKING:
    from sitrep.api import IngestReport


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", help="The store to fill (default: $SITREP_DB or the user data folder).")
@click.option("--interval", type=float, default=2.0, show_default=True, help="Seconds between passes.")
@click.option("--once", is_flag=True, help="One pass over the folder, then stop.")
def watch(folder: Path, db: str | None, interval: float, once: bool) -> None:
    """Ingest report files as they appear in FOLDER (and its subfolders). A file is taken once it has
    stopped growing; a restarted watcher skips what it took before. Stop with Ctrl-C."""
    from sitrep.store import open_store
    from sitrep.watch import watch as run_watch

    with open_store(db) as store:
        try:
            total = run_watch(folder, store, interval=interval, rounds=1 if once else None, on_pass=_say_pass)
        except KeyboardInterrupt:
            say("sitrep: stopped")
            return
    if total.refused:
        sys.exit(1)


def _say_pass(got: IngestReport) -> None:
    """What one pass took in and refused."""
    for err in got.refused:
        say(f"sitrep: refused {err}")
    if got.added or got.skipped:
        say(f"sitrep: {got.added} reports added with {got.events} events, {got.skipped} already stored")
