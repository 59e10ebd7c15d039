"""The ``sitrep`` command: the group, and one module per group of commands, each command a thin layer
over one library call (``sitrep.api``, ``sitrep.store``, ``sitrep.batch``, ``sitrep.watch``)."""

from __future__ import annotations

import click


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        """A store that cannot be opened (or is newer than this sitrep) is a message, not a traceback."""
        from sitrep.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


def _max_sentence(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    """Put the limit where every reader and worker process sees it (the input gate reads it there)."""
    import os

    if value is not None:
        os.environ["SITREP_MAX_SENTENCE"] = str(value)
    return value


@click.group(cls=_Commands)
@click.version_option(package_name="sitrep")
@click.option("--max-sentence", type=click.IntRange(1), envvar="SITREP_MAX_SENTENCE", callback=_max_sentence,
              expose_value=False, is_eager=True,
              help="Refuse a report with a sentence longer than this many characters (default 5,000).")
def main() -> None:
    """sitrep reads dated news reports about wars and crises and writes event records:
    what happened, where, when, who did it to whom, how many, and who says so."""


def _register() -> None:
    from sitrep.cli.batch import batch, load
    from sitrep.cli.evaluate import eval_
    from sitrep.cli.export import export
    from sitrep.cli.extract import extract, places, times, triggers
    from sitrep.cli.report import report
    from sitrep.cli.serve import serve
    from sitrep.cli.store import event, events, ingest, merge, rejects, split
    from sitrep.cli.watch import watch

    for command in (extract, places, times, triggers, ingest, events, event, split, merge, rejects, report, watch, eval_, batch,
                    load, serve, export):
        main.add_command(command)


_register()


if __name__ == "__main__":
    main()
