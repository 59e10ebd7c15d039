"""The ``sitrep`` command: a thin layer over ``sitrep.api``, ``sitrep.store`` and ``sitrep.evaluate``."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from sitrep.cli.console import _emit, _published, _say, event_filters
from sitrep.records import Event


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        """A store that cannot be opened (or is newer than this sitrep) is a message, not a traceback."""
        from sitrep.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Commands)
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
@event_filters
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
        click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        for r in rows:
            click.echo("  ".join(v[:36].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    if refused:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table")
def places(paths: tuple[Path, ...], fmt: str) -> None:
    """Every place name in a report, where it was put on the map, and the candidates it was weighed
    against. A site or a village the gazetteer does not know is placed at the town or region it
    is in (column "within"). Plain text files need no date here."""
    _inspect(paths, None, fmt, "place_mentions",
             ["text", "start", "name", "country", "admin1", "precision", "lat", "lon", "score", "metonymic",
              "within"])


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


def _register() -> None:
    from sitrep.cli.batch import batch, load
    from sitrep.cli.export import export
    from sitrep.cli.serve import serve
    from sitrep.cli.store import event, rejects, report, split, watch

    for command in (event, split, report, watch, rejects, batch, load, serve, export):
        main.add_command(command)


_register()


if __name__ == "__main__":
    main()
