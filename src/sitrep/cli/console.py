"""What the commands share: the date option, messages on standard error, the tables they print."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date

import click

from sitrep.records import Event


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD option as a date (None stays None); anything else is a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def say(message: str) -> None:
    """A message for the person at the terminal: on standard error, so standard output stays data."""
    click.echo(message, err=True)


def summary(ev: Event) -> list[str]:
    """The cells of an event's row in the table of events (TABLE_HEAD)."""
    loc = ev.location
    place = f"{loc.name} ({loc.country})" if loc else "-"
    qs = ", ".join(f"{q.item} {q.role} {q.value}" for q in ev.quantities) or "-"
    who = "; ".join(dict.fromkeys(c.claimant.name for c in ev.claims)) or "-"
    sides = ", ".join(f"{a.role}:{a.country or a.name}" for a in ev.actors) or "-"
    when = ev.date.start if ev.date.start == ev.date.end else f"{ev.date.start}..{ev.date.end}"
    return [str(when), ev.type, ev.status, place, sides, qs, who]


TABLE_HEAD = ["date", "type", "status", "place", "actors", "counts", "claimants"]
WIDEST = {"counts": 60, "claimants": 50}


def stdout_is_terminal() -> bool:
    """Whether a person reads standard output: tables are then drawn with rich; piped, they stay plain
    aligned text, the format scripts and tests read."""
    return sys.stdout.isatty()


def _rich_table(columns: Sequence[str], rows: list[list[str]]) -> None:
    """A table drawn for the terminal: cells wrap to its width instead of being cut."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, header_style="bold", show_lines=False)
    for r in rows:
        table.add_row(*r)
    Console().print(table)


def _print_table(rows: list[list[str]]) -> None:
    if stdout_is_terminal():
        _rich_table(TABLE_HEAD, rows)
        return
    rows = [TABLE_HEAD, *rows]
    widths = [min(max(len(r[i]) for r in rows), WIDEST.get(TABLE_HEAD[i], 40)) for i in range(len(TABLE_HEAD))]
    for r in rows:
        click.echo("  ".join(_cut(c, w).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _cut(cell: str, width: int) -> str:
    """A cell that does not fit ends with an ellipsis, never with a cut number."""
    return cell if len(cell) <= width else cell[:width - 1] + "…"


def print_events(events: list[Event], fmt: str) -> None:
    """Events on standard output as JSON Lines, one JSON array, CSV, or an aligned table."""
    if fmt == "jsonl":
        for ev in events:
            click.echo(ev.to_json())
    elif fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        from sitrep.export.table import csv_cell

        w = csv.writer(sys.stdout)
        w.writerow(["id", *TABLE_HEAD, "evidence"])
        for ev in events:
            w.writerow([csv_cell(c) for c in [ev.id, *summary(ev), ev.evidence[0].text if ev.evidence else ""]])
    else:
        _print_table([summary(e) for e in events])


def print_columns(columns: Sequence[str], rows: list[list[str]], widest: int = 36) -> None:
    """Rows under a head of column names, each column as wide as its widest cell up to ``widest``."""
    if stdout_is_terminal():
        _rich_table(columns, rows)
        return
    widths = [min(max([len(c)] + [len(r[i]) for r in rows]), widest) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in rows:
        click.echo("  ".join(v[:widest].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
