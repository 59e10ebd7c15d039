"""``sitrep extract``, ``places``, ``times`` and ``triggers``: what sitrep reads in reports, with no database."""

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
                 "within", "reason"]
TRIGGER_COLUMNS = ["text", "start", "entry", "verdict", "type", "status", "record", "record_type"]
TIME_COLUMNS = ["text", "start", "start_date", "end_date", "precision", "value", "anchor", "type", "timex_value",
                "mod", "quant"]


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


def _print_mentions(paths: tuple[Path, ...], kind: Literal["places", "times", "triggers"], published: date | None,
                    fmt: str, columns: list[str], widest: int = 36) -> None:
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
        print_columns(columns, rows, widest)
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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "timeml"]), default="table",
              help="timeml: each report as a TimeML document (a DCT, <TIMEX3 tid type value> in the text), "
                   "as a TempEval-3 scorer reads it.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="With --format timeml: write one NAME.tml per report into this folder, not to standard output.")
def times(paths: tuple[Path, ...], published: str | None, fmt: str, out_dir: Path | None) -> None:
    """Every time expression in a report: the calendar window it resolved to (null for durations and
    sets), with what it was resolved against, and its TimeML TIMEX3 attributes.

    \b
    start_date..end_date  what an act dated by it may occupy; precision day/night/week/month/year
    value        the calendar unit named: 2025-05-22, 2025-W21, 2025-05, 2025
    type         DATE, TIME, DURATION or SET
    timex_value  its TIMEX3 value: 2025-05-22, 2025-05-21T20:00, 2025-05-21TNI (night; MO morning,
                 AF afternoon, EV evening), P3Y, PT48H (durations), P1D, XXXX-WXX-1 (sets),
                 2024-SU, 2025-Q3, 199 (the 1990s), PRESENT_REF/PAST_REF/FUTURE_REF ("now",
                 "recently", "in the future"); null when no rule reads the words
    mod          START, MID, END ("early/mid/late November"), APPROX, LESS_THAN, MORE_THAN
    quant        EVERY ("every day", "each Monday")
    timex_anchor "publication" when a clock time's day was taken from the publication date
    """
    if fmt == "timeml":
        _write_timeml(paths, parse_day(published), out_dir)
        return
    _print_mentions(paths, "times", parse_day(published), fmt, TIME_COLUMNS)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
def triggers(paths: tuple[Path, ...], fmt: str, published: str | None) -> None:
    """Every match of a trigger word in a report and what became of it: why a sentence gave a record,
    or did not.

    \b
    entry        the type of the lexicon entry the word matched
    verdict      "event", or the rule or step that read the match as no event (its docstring in
                 sitrep/nlp/triggers.py gives an example), "unmet: CONDITION" (the entry's),
                 "inside a match taken", "words of no event"
    type status  the event's, when it is one
    record       the record whose evidence holds the word (none: folded into another, or dropped later)
    """
    _print_mentions(paths, "triggers", parse_day(published), fmt, TRIGGER_COLUMNS, widest=44)


def _write_timeml(paths: tuple[Path, ...], published: date | None, out_dir: Path | None) -> None:
    """Each report as TimeML, on standard output or as OUT_DIR/NAME.tml; exit code 1 if one was refused."""
    from sitrep.api import mentions_in_paths
    from sitrep.nlp.time.timeml import to_timeml
    from sitrep.read import ReadError

    refused = 0
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for item, mentions in mentions_in_paths(paths, "times", published=published):
        if isinstance(item, ReadError):
            say(f"sitrep: refused {item}")
            refused += 1
            continue
        name = Path(item.source).stem if item.source else item.id
        doc = to_timeml(item.text, item.published, mentions, name)
        if out_dir is None:
            click.echo(doc, nl=False)
        else:
            (out_dir / f"{name}.tml").write_text(doc, encoding="utf-8")
    if refused:
        sys.exit(1)
