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


@click.group(cls=_Commands)
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep reads dated news reports about wars and crises and writes event records:
    what happened, where, when, who did it to whom, how many, and who says so."""


def _register() -> None:
    from sitrep.cli.batch import batch, load
    from sitrep.cli.evaluate import eval_
    from sitrep.cli.export import export
    from sitrep.cli.extract import extract, places, times
    from sitrep.cli.report import report
    from sitrep.cli.serve import serve
    from sitrep.cli.store import event, events, ingest, merge, rejects, split
    from sitrep.cli.watch import watch

    for command in (extract, places, times, ingest, events, event, split, merge, rejects, report, watch, eval_, batch,
                    load, serve, export):
        main.add_command(command)


_register()


if __name__ == "__main__":
    main()
