"""``sitrep extract``, ``places`` and ``times``: what sitrep reads in reports, with no database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Literal

import click

from sitrep.cli.console import parse_day, print_columns, print_events, say
from sitrep.records import Event

PLACE_COLUMNS = ["text", "start", "name", "country", "admin1", "precision", "lat", "lon", "score", "metonymic",
                 "within"]
TIME_COLUMNS = ["text", "start", "start_date", "end_date", "precision", "value", "anchor"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="table",
              help="jsonl: one record per line on standard output, nothing else there.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
def extract(paths: tuple[Path, ...], fmt: str, published: str | None) -> None:
    """Print the event records of each report (a directory means every report in it), with no database."""
    from sitrep.api import extract_paths
    from sitrep.read import ReadError

    refused = 0
    collected: list[Event] = []
    for item, events in extract_paths(paths, published=parse_day(published)):
        if isinstance(item, ReadError):
            say(f"sitrep: refused {item}")
            refused += 1
        elif fmt == "json":
            collected.extend(events)
        else:
            if fmt == "table":
                click.echo(f"# {item.source or item.id}  ({item.published}, {len(events)} events)")
            print_events(events, fmt)
    if fmt == "json":
        print_events(collected, fmt)
    if refused:
        sys.exit(1)


def _print_mentions(paths: tuple[Path, ...], kind: Literal["places", "times"], published: date | None,
                    fmt: str, columns: list[str]) -> None:
    """Each report's mentions as JSON Lines or one table; a report that cannot be read is named on
    standard error and makes the exit code 1."""
    from sitrep.api import mentions_in_paths
    from sitrep.read import ReadError

    refused = 0
    rows: list[list[str]] = []
    for item, mentions in mentions_in_paths(paths, kind, published=published):
        if isinstance(item, ReadError):
            say(f"sitrep: refused {item}")
            refused += 1
            continue
        for obj in mentions:
            if len(paths) > 1:
                obj = {"path": item.source, **obj}
            if fmt == "jsonl":
                click.echo(json.dumps(obj, ensure_ascii=False))
            else:
                rows.append([str(obj.get(c) if obj.get(c) is not None else "-") for c in columns])
    if fmt == "table":
        print_columns(columns, rows)
    if refused:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
def places(paths: tuple[Path, ...], fmt: str) -> None:
    """Every place name in a report, where it was put on the map, and the candidates it was weighed
    against. A site or a village the gazetteer does not know is placed at the town or region it
    is in (column "within"). Plain text files need no date here."""
    _print_mentions(paths, "places", None, fmt, PLACE_COLUMNS)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
def times(paths: tuple[Path, ...], published: str | None, fmt: str) -> None:
    """Every time expression in a report and the calendar window it resolved to (null for durations and
    sets), with what it was resolved against."""
    _print_mentions(paths, "times", parse_day(published), fmt, TIME_COLUMNS)
