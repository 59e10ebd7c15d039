"""The commands that fill a store and read it back: ``ingest``, ``events``, ``event`` (one event and why
its records were merged), ``split`` (undo a merge), ``merge`` (join events by hand) and ``rejects``."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import click

from sitrep.cli.console import parse_day, print_events, say, summary
from sitrep.cli.filters import filter_options
from sitrep.cli.progress import quiet_option
from sitrep.cli.stores import create_option, reading_store
from sitrep.records import Event
from sitrep.store.filters import EventFilter


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", help="sqlite:///path/to/file.db, a plain path or postgresql://... (default: $SITREP_DB or the "
                           "user data folder). A missing file is an error unless --create; the default store is "
                           "made when missing, and said so on standard error.")
@create_option
@quiet_option
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML file whose [merge] table overrides when records of different reports are one event "
                   "(default: $SITREP_CONFIG, else sitrep's own data/merge.toml).")
def ingest(paths: tuple[Path, ...], db: str | None, create: bool, published: str | None,
           config: Path | None) -> None:
    """Extract reports and store them with their events. A record that tells an event already stored (same
    kind, day, place and sides) joins it with its claims. Ingesting a report twice adds nothing.

    On a terminal a progress bar counts the reports; the last line separates articles, records (what
    the reports told) and events (records of one happening folded into one, new or merged into events
    stored before)."""
    from sitrep.api import ingest_paths
    from sitrep.cli.progress import progress_bar
    from sitrep.cli.stores import writing_store
    from sitrep.merge import MergeConfig
    from sitrep.store import default_db_url

    try:
        merge_config = MergeConfig.load(config)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    with writing_store(db, create=create, merge_config=merge_config) as store, progress_bar("sitrep: ingest", "report") as bar:
        report = ingest_paths(paths, store=store, published=parse_day(published),
                              on_report=lambda _item: bar.update(1))
    for err in report.refused:
        say(f"sitrep: refused {err}")
    say(f"sitrep: {report.summary()}  ->  {db or default_db_url()}")
    if report.refused:
        sys.exit(1)


@click.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table")
def events(db: str | None, where: EventFilter, limit: int | None, fmt: str) -> None:
    """List stored events, oldest first. The filters are the API's and the dashboard's: a country by code
    or name, a family of types, words of an actor or a claimant; a bad value is an error saying why.
    --text uses the store's full-text index: every word, as a word or its start."""
    with reading_store(db) as store:
        found = store.events(where, limit=limit)
    print_events(found, fmt)


@click.command(name="event")
@click.argument("event_id")
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder); it must exist.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="json: the event, its records and the verdict on each pair, as one object.")
def event(event_id: str, db: str | None, fmt: str) -> None:
    """Show one stored event: the records each report gave, side by side, and why they were judged to be
    one event (or, after `sitrep split`, why not). An id that was merged into another event shows that
    event, and says so."""
    with reading_store(db) as store:
        try:
            shown = store.explain_event(event_id)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from None
    if fmt == "json":
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    if shown["redirected_from"]:
        say(f"sitrep: {event_id} was merged into {shown['event']['id']}; showing {shown['event']['id']}")
    _print_event(Event.from_dict(shown["event"]), len(shown["records"]), shown["figures"])
    _print_side_by_side(shown["records"], shown["reports"])
    _print_pairs(shown["pairs"], shown["records"])


def _print_event(ev: Event, records: int, figures: list[dict]) -> None:
    """The merged event in one line, its one figure per count (with the range its claims give), and how
    many reports told it."""
    click.echo(f"{ev.id}  {'  '.join(summary(ev))}")
    for f in figures:
        told = f"{f['best']}" if f["low"] == f["high"] else f"{f['low']} to {f['high']}, best {f['best']}"
        who = "; ".join(f"{c['claimant']} {c['value']}" for c in f["claims"])
        click.echo(f"  {f['item']} {f['role']}: {told} ({who}; rule {f['rule']})")
    click.echo(f"  from {len(ev.articles)} report(s), {records} record(s)\n")


SIDE_BY_SIDE_FIELDS = ("report", "type", "date", "place", "actors", "claims", "counts", "evidence")


def _cell_lines(rec: dict, reports: dict[str, dict]) -> dict[str, list[str]]:
    """The lines of each field of one record, as its column of the side-by-side table shows them."""
    loc = rec["location"]
    claims = rec["claims"]
    aid = rec["articles"][0] if rec["articles"] else "-"
    meta = reports.get(aid, {})
    return {
        "report": [aid, ", ".join(str(meta[k]) for k in ("outlet", "published") if meta.get(k))],
        "type": [f"{rec['type']} ({rec['status']})"],
        "date": [f"{rec['date']['start']}..{rec['date']['end']} {rec['date']['precision']}"],
        "place": [f"{loc['name']} ({loc['country']}, {loc['precision']})" if loc else "-"],
        "actors": [f"{a['role']}: {a['name']}" for a in rec["actors"]] or ["-"],
        "claims": [f"{c['claimant']['name']} {c['stance']}" + (f" on {c['channel']}" if c["channel"] else "")
                   for c in claims] or ["(reporter's voice)"],
        "counts": [f"{q['value']} {q['item']} {q['role']}"
                   + (f" ({claims[q['claim']]['claimant']['name']})" if q.get("claim") is not None else "")
                   for q in rec["quantities"]] or ["-"],
        "evidence": [e["text"] for e in rec["evidence"]],
    }


def _print_side_by_side(records: list[dict], reports: dict[str, dict], width: int = 38) -> None:
    """The records in columns, one row of wrapped lines per field."""
    cells = [_cell_lines(r, reports) for r in records]
    head = "".ljust(10) + " | ".join(f"record {i + 1}: {r['id']}"[:width].ljust(width) for i, r in enumerate(records))
    click.echo(head.rstrip())
    for field in SIDE_BY_SIDE_FIELDS:
        wrapped = [[w for line in c[field] for w in textwrap.wrap(line, width) or [""]] for c in cells]
        for k in range(max(len(w) for w in wrapped)):
            label = field if k == 0 else ""
            row = " | ".join((w[k] if k < len(w) else "").ljust(width) for w in wrapped)
            click.echo((label.ljust(10) + row).rstrip())
        click.echo("")


def _print_pairs(pairs: list[dict], records: list[dict]) -> None:
    """The verdict on each pair of records, with its reasons."""
    if not pairs:
        return
    click.echo("why these records are one event:")
    index = {r["id"]: i + 1 for i, r in enumerate(records)}
    for p in pairs:
        verdict = f"one event, score {p['score']}" if p["ok"] else "apart"
        click.echo(f"  record {index[p['a']]} + record {index[p['b']]}: {verdict}: {'; '.join(p['reasons'])}")


@click.command()
@click.argument("event_id")
@click.option("--record", "record_id", help="Take only this record out (default: part every record of the event).")
@click.option("--db", help="The store to change (default: $SITREP_DB or the user data folder); it must exist.")
def split(event_id: str, record_id: str | None, db: str | None) -> None:
    """Undo a merge: part an event's records, and keep them apart when more reports come in."""
    with reading_store(db) as store:
        try:
            after = store.split(event_id, record_id)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from None
    click.echo("\n".join(after))
    say(f"sitrep: {event_id} is now {len(after)} event(s)")


@click.command()
@click.argument("event_ids", nargs=-1, required=True)
@click.option("--db", help="The store to change (default: $SITREP_DB or the user data folder); it must exist.")
def merge(event_ids: tuple[str, ...], db: str | None) -> None:
    """Join events by hand: their records become one event, kept one when more reports come in (until
    `sitrep split`). It keeps the id of its earliest record; the other ids lead to it."""
    with reading_store(db) as store:
        try:
            joined = store.merge(event_ids)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc.args[0])) from None
    click.echo(joined)
    say(f"sitrep: {', '.join(event_ids)} are now one event: {joined}")


@click.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder); it must exist.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def rejects(db: str | None, fmt: str) -> None:
    """Inputs that were refused, with the reason, when, and how many times. A file that is later read
    after all leaves this list."""
    with reading_store(db) as store:
        rows = store.rejects()
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    for r in rows:
        times = f" ({r['times']} times)" if r["times"] > 1 else ""
        click.echo(f"{r['last_seen']}  {r['path']}: {r['reason']}{times}")
    say(f"sitrep: {len(rows)} refused input(s)")
