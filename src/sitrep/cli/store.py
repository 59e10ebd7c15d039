"""The commands over a store: one event and why it was merged, undoing a merge, the daily report,
watching a folder, and the inputs that were refused. Registered on ``sitrep`` in ``sitrep.cli``."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from sitrep.cli.console import _published, _say, _summary
from sitrep.records import Event


def _cell_lines(rec: dict, reports: dict[str, dict]) -> dict[str, list[str]]:
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


def _side_by_side(records: list[dict], reports: dict[str, dict], width: int = 38) -> None:
    import textwrap

    names = {i: f"record {i + 1}" for i in range(len(records))}
    cells = [_cell_lines(r, reports) for r in records]
    head = "".ljust(10) + " | ".join(f"{names[i]}: {r['id']}"[:width].ljust(width) for i, r in enumerate(records))
    click.echo(head.rstrip())
    for field in ("report", "type", "date", "place", "actors", "claims", "counts", "evidence"):
        wrapped = [[w for line in c[field] for w in textwrap.wrap(line, width) or [""]] for c in cells]
        for k in range(max(len(w) for w in wrapped)):
            label = field if k == 0 else ""
            row = " | ".join((w[k] if k < len(w) else "").ljust(width) for w in wrapped)
            click.echo((label.ljust(10) + row).rstrip())
        click.echo("")


@click.command(name="event")
@click.argument("event_id")
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="json: the event, its records and the verdict on each pair, as one object.")
def event(event_id: str, db: str | None, fmt: str) -> None:
    """Show one stored event: the records each report gave, side by side, and why they were judged to be
    one event (or, after `sitrep split`, why not)."""
    from sitrep.store import open_store

    with open_store(db) as store:
        try:
            shown = store.explain_event(event_id)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from None
    if fmt == "json":
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    ev = Event.from_dict(shown["event"])
    click.echo(f"{ev.id}  {'  '.join(_summary(ev))}")
    for r in ev.ranges:
        told = ", ".join(str(ev.quantities[i].value) for i in r.quantities)
        click.echo(f"  {r.item} {r.role}: {r.low} to {r.high} ({told}, each with its claim below)")
    click.echo(f"  from {len(ev.articles)} report(s), {len(shown['records'])} record(s)\n")
    _side_by_side(shown["records"], shown["reports"])
    if shown["pairs"]:
        click.echo("why these records are one event:")
        index = {r["id"]: i + 1 for i, r in enumerate(shown["records"])}
        for p in shown["pairs"]:
            verdict = f"one event, score {p['score']}" if p["ok"] else "apart"
            click.echo(f"  record {index[p['a']]} + record {index[p['b']]}: {verdict}: {'; '.join(p['reasons'])}")


@click.command()
@click.argument("event_id")
@click.option("--record", "record_id", help="Take only this record out (default: part every record of the event).")
@click.option("--db", help="The store to change (default: $SITREP_DB or the user data folder).")
def split(event_id: str, record_id: str | None, db: str | None) -> None:
    """Undo a merge: part an event's records, and keep them apart when more reports come in."""
    from sitrep.store import open_store

    with open_store(db) as store:
        try:
            after = store.split(event_id, record_id)
        except KeyError as exc:
            raise click.ClickException(str(exc.args[0])) from None
    click.echo("\n".join(after))
    _say(f"sitrep: {event_id} is now {len(after)} event(s)")


@click.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@click.option("--date", "day", help="The day to report on (YYYY-MM-DD; default: the latest day in the store).")
@click.option("--country", help="Only events in or by this country (ISO 3166-1 alpha-3).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md")
def report(db: str | None, day: str | None, country: str | None, fmt: str) -> None:
    """A daily situation report: attacks per side by type and place, launched and intercepted totals with
    who claims them, casualties, diplomacy and disruptions, each line linked to its sources."""
    from sitrep.export.daily import daily_report, to_html, to_markdown
    from sitrep.store import open_store

    when = _published(day)
    with open_store(db) as store:
        if when is None:
            latest = store.events(limit=1, newest_first=True)
            if not latest or not latest[0].date.end:
                raise click.ClickException("the store holds no dated events; give --date")
            when = date.fromisoformat(latest[0].date.end)
        brief = daily_report(store, when, country=country)
    click.echo(to_html(brief) if fmt == "html" else to_markdown(brief), nl=False)


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", help="The store to fill (default: $SITREP_DB or the user data folder).")
@click.option("--interval", type=float, default=2.0, show_default=True, help="Seconds between passes.")
@click.option("--once", is_flag=True, help="One pass over the folder, then stop.")
def watch(folder: Path, db: str | None, interval: float, once: bool) -> None:
    """Ingest report files as they appear in FOLDER (and its subfolders). A file is taken once it has
    stopped growing; a restarted watcher skips what it took before. Stop with Ctrl-C."""
    from sitrep.api import IngestReport
    from sitrep.store import open_store
    from sitrep.watch import watch as run_watch

    def said(got: IngestReport) -> None:
        for err in got.refused:
            _say(f"sitrep: refused {err}")
        if got.added or got.skipped:
            _say(f"sitrep: {got.added} reports added with {got.events} events, {got.skipped} already stored")

    with open_store(db) as store:
        try:
            total = run_watch(folder, store, interval=interval, rounds=1 if once else None, on_pass=said)
        except KeyboardInterrupt:
            _say("sitrep: stopped")
            return
    if total.refused:
        sys.exit(1)


@click.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def rejects(db: str | None, fmt: str) -> None:
    """Inputs that were refused, with the reason, when, and how many times. A file that is later read
    after all leaves this list."""
    from sitrep.store import open_store

    with open_store(db) as store:
        rows = store.rejects()
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    for r in rows:
        times = f" ({r['times']} times)" if r["times"] > 1 else ""
        click.echo(f"{r['last_seen']}  {r['path']}: {r['reason']}{times}")
    _say(f"sitrep: {len(rows)} refused input(s)")
