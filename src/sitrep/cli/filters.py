"""The filter options of `sitrep events`: the one filter set (``sitrep.store.filters``), with the names
and checks the API and the dashboard use. A bad value is a usage error naming the option and saying
what is accepted."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sitrep.store.filters import FILTER_HELP, FILTER_NAMES, FilterError, parse_filter

F = TypeVar("F", bound=Callable[..., Any])

def filter_options(fn: F) -> F:
    """Adds --since ... --text and gives the command one ``where`` argument: the checked EventFilter."""

    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(f"filter_{name}") for name in FILTER_NAMES}
        try:
            kwargs["where"] = parse_filter(**given)
        except FilterError as exc:
            raise click.BadParameter(str(exc).split(": ", 1)[1], param_hint=f"--{exc.name}") from None
        return fn(*args, **kwargs)

    for name in reversed(FILTER_NAMES):
        command = click.option(f"--{name}", f"filter_{name}", help=FILTER_HELP[name])(command)
    return command  # type: ignore[return-value]
