"""The shared store: PostgreSQL through psycopg 3, for several writers and readers on one database.

    open_store("postgresql://user@host:5432/sitrep")

The schema and its migrations are the SQLite store's (``store/schema.py``), with PostgreSQL's
types where they differ. Writers regrouping one block take a transaction-scoped advisory lock
on it, so two ingests running at once fold their records as one ingest would; writers making or
migrating the schema take one too, so several starting on an empty database take turns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sitrep.merge import MergeConfig
from sitrep.store.sql import SQLStore, StoreError, like_pattern, storable

# the advisory lock key every writer takes while it makes or migrates the schema
MIGRATION_LOCK = "sitrep schema"


def shown_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


class PostgresStore(SQLStore):
    dialect = "postgresql"

    def __init__(self, url: str, merge_config: MergeConfig | None = None) -> None:
        try:
            import psycopg
        except ImportError:  # pragma: no cover - depends on the install
            raise StoreError("PostgreSQL stores need psycopg: pip install 'sitrep[postgres]'") from None
        self.url = shown_url(url)
        self.merge_config = merge_config or MergeConfig.load()
        try:
            self.db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:  # refused, unknown host or database, bad password, ...
            raise StoreError(f"{self.url}: cannot open the store: {str(exc).strip() or type(exc).__name__}") from None
        try:
            self.schema_version = self._migrate()
        except psycopg.Error as exc:
            self.db.close()
            raise StoreError(f"{self.url}: cannot make or migrate the schema: {str(exc).strip()}") from None

    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql.replace("?", "%s"), tuple(storable(a) for a in args))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.db.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), [tuple(storable(a) for a in r) for r in rows])

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def _lock_block(self, block: str) -> None:
        self._x("SELECT pg_advisory_xact_lock(hashtext(?))", (block,))

    def _lock_migrations(self) -> None:
        """Writers starting at once on an empty database would each create the tables (and all but one
        fail on PostgreSQL's catalog); they take turns, and the later ones find the schema made."""
        self._x("SELECT pg_advisory_xact_lock(hashtext(?))", (MIGRATION_LOCK,))

    def _ddl(self, statement: str) -> str:
        return statement.replace(" REAL", " DOUBLE PRECISION")

    def _text_match(self, query: str, limit: int | None) -> str:
        return "search_vector @@ to_tsquery('simple', ?)"

    def _text_query(self, words: list[str]) -> str:
        # letters and digits only: no tsquery operator reaches the query; each matched as a prefix
        return " & ".join(f"{w}:*" for w in words)

    def _actor_condition(self, words: str) -> tuple[str, list[Any]]:
        like = like_pattern(words)
        return ("EXISTS (SELECT 1 FROM jsonb_array_elements(events.record::jsonb -> 'actors') a WHERE "
                "lower(coalesce(a ->> 'name', '')) LIKE ? ESCAPE '\\' OR "
                "lower(coalesce(a ->> 'country', '')) LIKE ? ESCAPE '\\')", [like, like])

    def close(self) -> None:
        self.db.close()
