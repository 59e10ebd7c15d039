"""Event stores: a library first. ``open_store(url)`` gives a ``Store`` for a URL or path.

    with open_store("sqlite:///sitrep.db") as store:
        store.add_article(article, events)
        store.events(type="attack", country="UKR", since="2025-05-01")
        store.events(parse_filter(country="Ukraine", actor="air force"))   # what a user typed, checked
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import platformdirs

from sitrep.merge import MergeConfig
from sitrep.records import Article, Event
from sitrep.store.filters import EventFilter, FilterError, parse_filter
from sitrep.store.sql import RecordCollision, SchemaError, StoreError


class Store(Protocol):
    schema_version: int
    merge_config: MergeConfig

    def add_article(self, article: Article, events: list[Event]) -> bool: ...
    def has_article(self, article_id: str) -> bool: ...
    def article(self, article_id: str) -> Article | None: ...
    def count_articles(self) -> int: ...
    def count_events(self) -> int: ...
    def latest_day(self) -> str | None: ...
    def latest_event_day(self, statuses: Sequence[str]) -> str | None: ...
    def count_records(self, article_id: str | None = None) -> int: ...
    def tally_events(self, article_ids: Sequence[str]) -> tuple[int, int]: ...
    def events(self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               newest_first: bool = False, **conditions: str | None) -> list[Event]: ...
    def text_ids(self, text: str) -> list[str]: ...
    def event(self, event_id: str) -> Event | None: ...
    def records(self, event_id: str) -> list[Event]: ...
    def explain_event(self, event_id: str) -> dict[str, Any]: ...
    def events_json(self, event_ids: Sequence[str]) -> list[str]: ...
    def article_events(self, article_id: str) -> list[str]: ...
    def splits(self, record_ids: list[str]) -> list[tuple[str, str]]: ...
    def split(self, event_id: str, record_id: str | None = None) -> list[str]: ...
    def joins(self, record_ids: list[str]) -> list[tuple[str, str]]: ...
    def merge(self, event_ids: Sequence[str]) -> str: ...
    def resolve(self, event_id: str) -> str | None: ...
    def aliases(self, event_id: str) -> list[str]: ...
    def add_reject(self, path: str, reason: str) -> None: ...
    def clear_rejects(self, path: str) -> None: ...
    def rejects(self) -> list[dict[str, Any]]: ...
    def file_seen(self, path: str) -> tuple[int, int] | None: ...
    def mark_file(self, path: str, size: int, mtime_ns: int, reports: Sequence[str] | None = None) -> list[str]: ...
    def file_reports(self, path: str) -> list[str]: ...
    def remove_article(self, article_id: str) -> bool: ...
    def check(self) -> list[str]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...


def default_db_url() -> str:
    """``$SITREP_DB``, or ``sitrep.db`` in the user data folder."""
    env = os.environ.get("SITREP_DB")
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("sitrep"))
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / "sitrep.db")


class StoreMissing(StoreError):
    """``open_store(..., create=False)`` on a SQLite file that is not there."""


def store_file(url: str | Path | None = None) -> Path | None:
    """The SQLite file a store URL or path names (``default_db_url()`` for None); None for a
    PostgreSQL store or ``sqlite:///:memory:``, which have no file."""
    target = str(url) if url is not None else default_db_url()
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///"):]
    if target == ":memory:" or "://" in target:
        return None
    return Path(target)


def open_store(url: str | Path | None = None, *, merge_config: MergeConfig | None = None,
               create: bool = True) -> Store:
    """A store for ``sqlite:///path``, ``sqlite:///:memory:``, a plain file path, or
    ``postgresql://user@host:port/db``. Records are folded into events as ``merge_config`` says
    (default: ``MergeConfig.load()``). A store that cannot be opened (not a database, no such
    server, made by a newer sitrep, ...) raises StoreError with a message saying why. A SQLite file
    that is not there is made, unless ``create=False`` (StoreMissing): a reader given a mistyped path
    must not see an empty store."""
    from sitrep.store.sqlite import SQLiteStore

    target = str(url) if url is not None else default_db_url()
    file = store_file(target)
    if not create and file is not None and not file.exists():
        raise StoreMissing(f"{file}: no store there (check the path; "
                           f"`sitrep ingest ... --db {file} --create` makes one)")
    if target.startswith(("postgresql://", "postgres://")):
        from sitrep.store.postgres import PostgresStore

        return PostgresStore(target, merge_config)
    if target.startswith("sqlite:///"):
        return SQLiteStore(target[len("sqlite:///"):], merge_config)
    if "://" in target:
        raise StoreError(f"{target}: not a store address: give sqlite:///path, a file path, or postgresql://...")
    return SQLiteStore(target, merge_config)


__all__ = ["EventFilter", "FilterError", "RecordCollision", "SchemaError", "Store", "StoreError", "StoreMissing",
           "default_db_url", "open_store", "parse_filter", "store_file"]
