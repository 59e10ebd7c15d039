"""Progress on a terminal: tqdm bars on standard error for the long commands (ingest, batch, load,
export), shown only to a person at a terminal, never when standard error is piped or logged, nor
with ``--quiet``. ``--quiet`` is also read by the library's own bars (the place database's first
build) through $SITREP_QUIET, so worker processes see it too."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

QUIET_ENV = "SITREP_QUIET"


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        os.environ[QUIET_ENV] = "1"
    return value


F = TypeVar("F", bound=Callable[..., object])


def quiet_option(fn: F) -> F:
    """``-q/--quiet``: no progress bars and no line per file; refusals, errors and the summary stay."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet, is_eager=True,
                        help="No progress bars or per-file lines (they are shown only on a terminal anyway).")(fn)


def is_quiet() -> bool:
    return os.environ.get(QUIET_ENV, "") not in ("", "0")


def showing_progress() -> bool:
    """Whether a bar is drawn: a terminal on standard error, and no --quiet."""
    return not is_quiet() and sys.stderr.isatty()


def progress_bar(desc: str, unit: str, total: int | None = None) -> Any:
    """A tqdm bar on standard error (a disabled one, which draws nothing, when ``showing_progress`` is
    false); close it, or use it in a ``with``."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=not showing_progress(),
                dynamic_ncols=True, leave=False)
