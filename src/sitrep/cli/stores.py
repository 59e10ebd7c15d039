"""How commands open their store: a command that only reads never makes one (a mistyped ``--db``
is an error naming the path, not an empty result); a command that writes makes a missing SQLite
file and says so on standard error, with the path, so a typo shows at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.cli.console import say

if TYPE_CHECKING:
    from sitrep.merge import MergeConfig
    from sitrep.store import Store


def reading_store(db: str | None) -> Store:
    """The store at ``db`` (default: $SITREP_DB or the user data folder); StoreMissing when its file is
    not there."""
    from sitrep.store import open_store

    return open_store(db, create=False)


def writing_store(db: str | None, *, merge_config: MergeConfig | None = None, quiet: bool = False) -> Store:
    """The store at ``db``, made when its file is not there ("sitrep: created new store at PATH")."""
    from sitrep.store import open_store, store_file

    file = store_file(db)
    new = file is not None and not file.exists()
    store = open_store(db, merge_config=merge_config)
    if new and not quiet:
        say(f"sitrep: created new store at {file.resolve() if file else db}")
    return store
