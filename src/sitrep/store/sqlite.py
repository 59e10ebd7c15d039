"""The embedded store: SQLite from the standard library, one file, WAL journal."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.merge import MergeConfig
from sitrep.store.sql import SchemaError, SQLStore, StoreError, storable

__all__ = ["SQLiteStore", "SchemaError"]

# above this many events matching a --text search, a page of them is found by walking the events in date
# order rather than by sorting every match (benchmarks/bench_search.py: both cost a few ms here)
MANY_MATCHES = 2000
# how long a statement waits for another connection's lock before it gives up
BUSY_SECONDS = 30.0


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str, merge_config: MergeConfig | None = None) -> None:
        self.path = path
        self.url = path
        self.merge_config = merge_config or MergeConfig.load()
        try:
            self.db = self._connect(path)
            self.schema_version = self._migrate()
        except (OSError, sqlite3.Error) as exc:  # not a database, a folder, no permission, locked, ...
            if getattr(self, "db", None) is not None:
                self.db.close()
            reason = str(exc) if isinstance(exc, sqlite3.Error) else (exc.strerror or str(exc)).lower()
            raise StoreError(f"{path}: cannot open the store: {reason}") from None

    @staticmethod
    def _connect(path: str) -> sqlite3.Connection:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
        db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            _use_wal(db)
            db.execute("PRAGMA synchronous = NORMAL")
            # a store of 100,000s of events is a few hundred MB: keep its hot pages in memory
            db.execute("PRAGMA cache_size = -65536")
            db.execute("PRAGMA mmap_size = 1073741824")
        return db

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql, [storable(a) for a in args])

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.executemany(sql, [[storable(a) for a in r] for r in rows])

    @contextmanager
    def _tx(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _text_match(self, query: str, limit: int | None) -> str:
        """Few matches: the index's events, then sorted by date. Many (a common word) and a page asked
        for: the events in date order (index ``events_order``), each kept if the index matches it, until
        the page is full; the unary ``+`` keeps SQLite from driving the query by the match list instead."""
        matches = "rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
        if limit is None:
            return matches
        many = self.db.execute("SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT ?)",
                               (query, MANY_MATCHES + 1)).fetchone()[0]
        return "+" + matches if many > MANY_MATCHES else matches

    def _text_query(self, words: list[str]) -> str:
        # each word quoted (FTS5 syntax characters taken literally) and matched as a prefix
        return " ".join(f'"{w}"*' for w in words)

    def _integrity(self) -> list[str]:
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.db.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self) -> None:
        self.db.close()


def _use_wal(db: sqlite3.Connection, wait: float = BUSY_SECONDS) -> None:
    """Put the store in write-ahead-log mode. Switching a new file's journal mode needs a lock SQLite does
    not wait for (its busy timeout is not applied), so writers opening one new store at once would see
    "database is locked": wait for it here, as long as any other statement waits."""
    deadline = time.monotonic() + wait
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
