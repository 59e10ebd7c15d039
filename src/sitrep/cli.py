"""The ``sitrep`` command: a thin layer over ``sitrep.api``, ``sitrep.store`` and ``sitrep.evaluate``."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path

import click

from sitrep.records import Event


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _say(message: str) -> None:
    click.echo(message, err=True)


def _summary(ev: Event) -> list[str]:
    loc = ev.location
    place = f"{loc.name} ({loc.country})" if loc else "-"
    qs = ", ".join(f"{q.item} {q.role} {q.value}" for q in ev.quantities) or "-"
    who = "; ".join(dict.fromkeys(c.claimant.name for c in ev.claims)) or "-"
    sides = ", ".join(f"{a.role}:{a.country or a.name}" for a in ev.actors) or "-"
    when = ev.date.start if ev.date.start == ev.date.end else f"{ev.date.start}..{ev.date.end}"
    return [str(when), ev.type, ev.status, place, sides, qs, who]


TABLE_HEAD = ["date", "type", "status", "place", "actors", "counts", "claimants"]


def _print_table(rows: list[list[str]]) -> None:
    rows = [TABLE_HEAD, *rows]
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(TABLE_HEAD))]
    for r in rows:
        click.echo("  ".join(c[:40].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _emit(events: list[Event], fmt: str) -> None:
    if fmt == "jsonl":
        for ev in events:
            click.echo(ev.to_json())
    elif fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(["id", *TABLE_HEAD, "evidence"])
        for ev in events:
            w.writerow([ev.id, *_summary(ev), ev.evidence[0].text if ev.evidence else ""])
    else:
        _print_table([_summary(e) for e in events])


@click.group()
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep reads dated news reports about wars and crises and writes event records:
    what happened, where, when, who did it to whom, how many, and who says so."""


@main.command()
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
    for item, events in extract_paths(paths, published=_published(published)):
        if isinstance(item, ReadError):
            _say(f"sitrep: refused {item}")
            refused += 1
            continue
        if fmt == "json":
            collected.extend(events)
        elif fmt == "table":
            click.echo(f"# {item.source or item.id}  ({item.published}, {len(events)} events)")
            _emit(events, fmt)
        else:
            _emit(events, fmt)
    if fmt == "json":
        _emit(collected, fmt)
    if refused:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", help="sqlite:///path/to/file.db or a plain path (default: $SITREP_DB or the user data folder).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A TOML file whose [merge] table overrides when records of different reports are one event "
                   "(default: $SITREP_CONFIG, else sitrep's own data/merge.toml).")
def ingest(paths: tuple[Path, ...], db: str | None, published: str | None, config: Path | None) -> None:
    """Extract reports and store them with their events. A record that tells an event already stored (same
    kind, day, place and sides) joins it with its claims. Ingesting a report twice adds nothing."""
    from sitrep.api import ingest_paths
    from sitrep.merge import MergeConfig
    from sitrep.store import default_db_url, open_store

    try:
        merge_config = MergeConfig.load(config)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    with open_store(db, merge_config=merge_config) as store:
        report = ingest_paths(paths, store=store, published=_published(published))
    for err in report.refused:
        _say(f"sitrep: refused {err}")
    _say(f"sitrep: {report.added} reports added with {report.events} events, "
         f"{report.skipped} already stored, {len(report.refused)} refused  ->  {db or default_db_url()}")
    if report.refused:
        sys.exit(1)


@main.command()
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@click.option("--type", "etype", help="An event type (attack.drone) or a family (attack).")
@click.option("--country", help="ISO 3166-1 alpha-3 code of the event's place.")
@click.option("--since", help="Events whose date window ends on or after this date.")
@click.option("--until", help="Events whose date window starts on or before this date.")
@click.option("--text", help="Words to look for in evidence, places and claimants.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table")
def events(db: str | None, etype: str | None, country: str | None, since: str | None, until: str | None,
           text: str | None, limit: int | None, fmt: str) -> None:
    """List stored events, oldest first."""
    from sitrep.store import open_store

    for d in (since, until):
        _published(d)
    with open_store(db) as store:
        found = store.events(type=etype, country=country, since=since, until=until, text=text, limit=limit)
    _emit(found, fmt)


def _inspect(paths: tuple[Path, ...], published: date | None, fmt: str, fn_name: str,
             columns: list[str]) -> None:
    from sitrep import api
    from sitrep.read import ReadError, iter_reports

    fn = getattr(api, fn_name)
    refused = 0
    rows: list[list[str]] = []
    for item in iter_reports(list(paths), published=published or date.today()):
        if isinstance(item, ReadError):
            _say(f"sitrep: refused {item}")
            refused += 1
            continue
        for obj in fn(item):
            if len(paths) > 1:
                obj = {"path": item.source, **obj}
            if fmt == "jsonl":
                click.echo(json.dumps(obj, ensure_ascii=False))
            else:
                rows.append([str(obj.get(c) if obj.get(c) is not None else "-") for c in columns])
    if fmt == "table":
        widths = [min(max([len(c)] + [len(r[i]) for r in rows]), 36) for i, c in enumerate(columns)]
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
        for r in rows:
            click.echo("  ".join(v[:36].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    if refused:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
def places(paths: tuple[Path, ...], fmt: str) -> None:
    """Every place name in a report, where it was put on the map, and the candidates it was weighed
    against. Plain text files need no date here."""
    _inspect(paths, None, fmt, "place_mentions",
             ["text", "start", "name", "country", "admin1", "precision", "lat", "lon", "score", "metonymic"])


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD) for reports that do not give one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
def times(paths: tuple[Path, ...], published: str | None, fmt: str) -> None:
    """Every time expression in a report and the calendar window it resolved to (null for durations and
    sets), with what it was resolved against."""
    _inspect(paths, _published(published), fmt, "time_mentions",
             ["text", "start", "start_date", "end_date", "precision", "value", "anchor"])


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the totals as one JSON object.")
@click.option("--errors", is_flag=True, help="List every miss, false positive and wrong field with its sentence.")
@click.option("--by-type", is_flag=True, help="Add precision and recall for each event type.")
def eval_(gold: tuple[Path, ...], as_json: bool, errors: bool, by_type: bool) -> None:
    """Score extraction against gold files (a directory means every *.gold.json in it)."""
    from sitrep.api import default_extractor
    from sitrep.evaluate import GoldReport, evaluate
    from sitrep.read import read_path

    extractor = default_extractor()

    def run(g: GoldReport) -> tuple[str, list[dict]]:
        articles = read_path(Path(g.report_path), published=g.published)
        article = articles[0]
        return article.text, [e.to_dict() for e in extractor.extract(article)]

    result = evaluate(list(gold), run)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        click.echo(result.format_text(errors=errors))
        if by_type:
            click.echo("")
            click.echo(result.format_by_type())


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


@main.command(name="event")
@click.argument("event_id")
@click.option("--db", help="The store to read (default: $SITREP_DB or the user data folder).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="json: the event, its records and the verdict on each pair, as one object.")
def event_(event_id: str, db: str | None, fmt: str) -> None:
    """Show one stored event: the records each report gave, side by side, and why they were judged to be
    one event (or, after `sitrep split`, why not)."""
    from sitrep.merge import explain_event
    from sitrep.store import open_store

    with open_store(db) as store:
        try:
            shown = explain_event(store, event_id)
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


@main.command()
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


@main.command()
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


@main.command()
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


@main.command()
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


if __name__ == "__main__":
    main()
