"""How commands open their store: a command that only reads never makes one (a mistyped ``--db``
is an error naming the path, not an empty result); a command that writes makes a missing SQLite
file only when asked to (``--create``), or when it is the default store (a first-time user's
$SITREP_DB or user data folder), and says so on standard error with the path."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from sitrep.cli.console import say
from sitrep.cli.progress import is_quiet

if TYPE_CHECKING:
    from sitrep.merge import MergeConfig
    from sitrep.store import Store

F = TypeVar("F", bound=Callable[..., object])


def create_option(fn: F) -> F:
    """``--create``, shared by every command that writes: without it a ``--db`` naming no file is an error,
    so a typo never fills a new, stray store."""
    return click.option("--create", is_flag=True,
                        help="Make the store if its --db file is not there (without it a missing file is an "
                             "error; the default store is made when missing).")(fn)


def reading_store(db: str | None) -> Store:
    """The store at ``db`` (default: $SITREP_DB or the user data folder); StoreMissing when its file is
    not there."""
    from sitrep.store import open_store

    return open_store(db, create=False)


def writing_store(db: str | None, *, create: bool = False, merge_config: MergeConfig | None = None) -> Store:
    """The store at ``db``. A missing file is made ("sitrep: created new store at PATH", unless --quiet) when
    ``create`` or when ``db`` is None (the default store); otherwise StoreMissing, e.g. for ``--db
    /tmp/sitrpe.db``: "/tmp/sitrpe.db: no store there; add --create to make a new one"."""
    from sitrep.store import StoreMissing, open_store, store_file

    file = store_file(db)
    missing = file is not None and not file.exists()
    if missing and db is not None and not create:
        raise StoreMissing(f"{file}: no store there; add --create to make a new one")
    store = open_store(db, merge_config=merge_config)
    if missing and file is not None and not is_quiet():
        say(f"sitrep: created new store at {file.resolve()}")
    return store
