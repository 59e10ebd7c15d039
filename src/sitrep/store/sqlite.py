"""The embedded store: SQLite from the standard library.

One transaction per article: a report is stored with all its events, claims and evidence,
or not at all; the same report twice adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sitrep.records import Article, Event
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION


class SchemaError(RuntimeError):
    pass


class SQLiteStore:
    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        self.schema_version = self._migrate()

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> int:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            current = int(row[0]) if row else 0
            if current > SCHEMA_VERSION:
                raise SchemaError(f"{self.path}: schema version {current} is newer than this sitrep knows "
                                  f"({SCHEMA_VERSION}); upgrade sitrep")
            for sql in MIGRATIONS[current:]:
                for statement in sql.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return SCHEMA_VERSION

    # -- writing --------------------------------------------------------------------------
    def add_article(self, article: Article, events: list[Event]) -> bool:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_article(article.id):
                self.db.execute("ROLLBACK")
                return False
            self._insert_article(article)
            for ev in events:
                self._insert_event(ev, article.id)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return True

    def _insert_article(self, a: Article) -> None:
        self.db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?)",
            (a.id, a.published.isoformat(), a.title, a.outlet, a.url, a.source, a.text,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def _insert_event(self, ev: Event, article_id: str) -> None:
        loc = ev.location
        cur = self.db.execute(
            "INSERT OR IGNORE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.id, ev.type, ev.family, ev.status, ev.date.start, ev.date.end, ev.date.precision,
             loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
             loc.lat if loc else None, loc.lon if loc else None, ev.confidence, ev.to_json()),
        )
        self.db.execute("INSERT OR IGNORE INTO event_articles VALUES (?,?)", (ev.id, article_id))
        if cur.rowcount == 0:
            return  # the same event id is stored already: linked, not duplicated
        for k, c in enumerate(ev.claims):
            self.db.execute(
                "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (ev.id, k, c.claimant.name, c.claimant.kind, c.claimant.country, c.verb, c.channel, c.stance,
                 c.article, c.start, c.end, c.text),
            )
        for k, e in enumerate(ev.evidence):
            self.db.execute("INSERT INTO evidence VALUES (?,?,?,?,?,?)", (ev.id, k, e.article, e.start, e.end, e.text))

    # -- reading --------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT id, published, title, outlet, url, source, text FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        if row is None:
            return None
        return Article(text=row[6], published=date.fromisoformat(row[1]), title=row[2], outlet=row[3],
                       url=row[4], source=row[5], id=row[0])

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM events").fetchone()[0])

    def events(self, *, type: str | None = None, country: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[Event]:
        where: list[str] = []
        args: list[Any] = []
        if type:
            where.append("(type = ? OR family = ?)")
            args += [type, type]
        if country:
            where.append("country = ?")
            args.append(country.upper())
        if since:
            where.append("coalesce(date_end, date_start) >= ?")
            args.append(since)
        if until:
            where.append("date_start <= ?")
            args.append(until)
        if text:
            like = f"%{text.lower()}%"
            where.append(
                "(lower(coalesce(location_name, '')) LIKE ? OR id IN (SELECT event_id FROM evidence WHERE "
                "lower(text) LIKE ?) OR id IN (SELECT event_id FROM claims WHERE lower(claimant_name) LIKE ?))")
            args += [like, like, like]
        sql = "SELECT record FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date_start, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [Event.from_dict(json.loads(r[0])) for r in self.db.execute(sql, args)]

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
