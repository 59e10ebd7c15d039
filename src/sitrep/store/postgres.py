"""The shared store: PostgreSQL through psycopg 3, for several writers and readers on one database.

    open_store("postgresql://user@host:5432/sitrep")

The schema and its migrations are the SQLite store's (``store/schema.py``), with PostgreSQL's
types where they differ. Writers regrouping one block take a transaction-scoped advisory lock
on it, so two ingests running at once fold their records as one ingest would.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sitrep.merge import MergeConfig
from sitrep.store.sql import SQLStore


class PostgresStore(SQLStore):
    def __init__(self, url: str, merge_config: MergeConfig | None = None) -> None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - depends on the install
            raise RuntimeError("PostgreSQL stores need psycopg: pip install 'sitrep[postgres]'") from None
        self.url = url
        self.merge_config = merge_config or MergeConfig.load()
        self.db = psycopg.connect(url, autocommit=True)
        self.schema_version = self._migrate()

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql.replace("?", "%s"), tuple(args))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.db.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), [tuple(r) for r in rows])

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def _lock_block(self, block: str) -> None:
        self._x("SELECT pg_advisory_xact_lock(hashtext(?))", (block,))

    def _ddl(self, statement: str) -> str:
        return statement.replace(" REAL", " DOUBLE PRECISION")

    def close(self) -> None:
        self.db.close()
