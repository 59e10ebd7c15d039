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

from sitrep.merge import MergeConfig, block_key, cluster, combine
from sitrep.records import Article, Event
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION


class SchemaError(RuntimeError):
    pass


class SQLiteStore:
    def __init__(self, path: str, merge_config: MergeConfig | None = None) -> None:
        self.path = path
        self.merge_config = merge_config or MergeConfig.load()
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
            if 0 < current < 2:
                self._backfill_records()
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return SCHEMA_VERSION

    def _backfill_records(self) -> None:
        """A store from before records were kept: each stored event becomes its own record."""
        for eid, record in self.db.execute("SELECT id, record FROM events").fetchall():
            ev = Event.from_dict(json.loads(record))
            art = ev.articles[0] if ev.articles else self.db.execute(
                "SELECT article_id FROM event_articles WHERE event_id = ?", (eid,)).fetchone()[0]
            self.db.execute("INSERT OR IGNORE INTO records VALUES (?,?,?,?,?)",
                            (eid, art, eid, block_key(ev), record))

    # -- writing --------------------------------------------------------------------------
    def add_article(self, article: Article, events: list[Event]) -> bool:
        """Store a report and its records, and fold each record into the events of its block."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has_article(article.id):
                self.db.execute("ROLLBACK")
                return False
            self._insert_article(article)
            blocks = set()
            for ev in events:
                blocks.add(self._insert_record(ev, article.id))
            for block in sorted(blocks):
                self._regroup(block)
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

    def _insert_record(self, ev: Event, article_id: str) -> str:
        if not ev.articles:
            ev.articles = [article_id]
        block = block_key(ev)
        self.db.execute("INSERT OR IGNORE INTO records VALUES (?,?,?,?,?)",
                        (ev.id, article_id, ev.id, block, ev.to_json()))
        return block

    def _regroup(self, block: str) -> None:
        """Group the records of one block anew and store the events they make."""
        rows = self.db.execute("SELECT id, event_id, record FROM records WHERE block = ?", (block,)).fetchall()
        records = [Event.from_dict(json.loads(r[2])) for r in rows]
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(ids))
        splits = self.db.execute(f"SELECT a, b FROM splits WHERE a IN ({marks}) OR b IN ({marks})",
                                 ids + ids).fetchall()
        for old in {r[1] for r in rows}:
            self.db.execute("DELETE FROM events WHERE id = ?", (old,))
        for group in cluster(records, self.merge_config, splits):
            ev = combine(group)
            self._insert_event(ev)
            self.db.executemany("UPDATE records SET event_id = ? WHERE id = ?", [(ev.id, r.id) for r in group])

    def _insert_event(self, ev: Event) -> None:
        loc = ev.location
        self.db.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.id, ev.type, ev.family, ev.status, ev.date.start, ev.date.end, ev.date.precision,
             loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
             loc.lat if loc else None, loc.lon if loc else None, ev.confidence, ev.to_json()),
        )
        self.db.executemany("INSERT INTO event_articles VALUES (?,?)", [(ev.id, a) for a in ev.articles])
        self.db.executemany(
            "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(ev.id, k, c.claimant.name, c.claimant.kind, c.claimant.country, c.verb, c.channel, c.stance,
              c.article, c.start, c.end, c.text) for k, c in enumerate(ev.claims)],
        )
        self.db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?)",
                            [(ev.id, k, e.article, e.start, e.end, e.text) for k, e in enumerate(ev.evidence)])

    def split(self, event_id: str, record_id: str | None = None) -> list[str]:
        """Undo a merge: take ``record_id`` out of its event (or part every record of the event), and
        keep them apart from now on. Gives the ids of the events the records are in afterwards."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            rows = self.db.execute("SELECT id, block FROM records WHERE event_id = ?", (event_id,)).fetchall()
            if not rows:
                raise KeyError(f"{event_id}: no such event")
            ids = sorted(r[0] for r in rows)
            if record_id is not None and record_id not in ids:
                raise KeyError(f"{record_id}: not a record of {event_id} (its records: {', '.join(ids)})")
            pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                     if record_id is None or record_id in (a, b)]
            self.db.executemany("INSERT OR IGNORE INTO splits VALUES (?,?)", pairs)
            for block in sorted({r[1] for r in rows}):
                self._regroup(block)
            after = sorted({r[0] for r in self.db.execute(
                f"SELECT event_id FROM records WHERE id IN ({','.join('?' * len(ids))})", ids)})
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return after

    # -- refused inputs and watched files -------------------------------------------------
    def add_reject(self, path: str, reason: str) -> None:
        """Record that ``path`` was refused and why (again: its count goes up)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO rejects VALUES (?,?,?,?,1) ON CONFLICT(path, reason) DO UPDATE SET "
            "last_seen = excluded.last_seen, times = times + 1", (path, reason, now, now))

    def clear_rejects(self, path: str) -> None:
        """``path`` was read after all (it was mended): it is no longer refused."""
        self.db.execute("DELETE FROM rejects WHERE path = ?", (path,))

    def rejects(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT path, reason, first_seen, last_seen, times FROM rejects ORDER BY path, reason")
        return [dict(zip(("path", "reason", "first_seen", "last_seen", "times"), r, strict=True)) for r in rows]

    def file_seen(self, path: str) -> tuple[int, int] | None:
        row = self.db.execute("SELECT size, mtime_ns FROM seen_files WHERE path = ?", (path,)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def mark_file(self, path: str, size: int, mtime_ns: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO seen_files VALUES (?,?,?,?)",
                        (path, size, mtime_ns, datetime.now(UTC).isoformat(timespec="seconds")))

    def check(self) -> list[str]:
        """Problems SQLite finds in the file (integrity, foreign keys); empty when all is well."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.db.execute("PRAGMA foreign_key_check")]
        orphans = self.db.execute("SELECT count(*) FROM records WHERE event_id NOT IN (SELECT id FROM events)")
        n = orphans.fetchone()[0]
        if n:
            problems.append(f"{n} records belong to no event")
        return problems

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
               offset: int = 0, newest_first: bool = False) -> list[Event]:
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
        sql += " ORDER BY date_start DESC, id DESC" if newest_first else " ORDER BY date_start, id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [Event.from_dict(json.loads(r[0])) for r in self.db.execute(sql, args)]

    def records(self, event_id: str) -> list[Event]:
        """The records, as read from their reports, that the event was made from."""
        rows = self.db.execute("SELECT record FROM records WHERE event_id = ? ORDER BY id", (event_id,))
        return [Event.from_dict(json.loads(r[0])) for r in rows]

    def splits(self, record_ids: list[str]) -> list[tuple[str, str]]:
        marks = ",".join("?" * len(record_ids))
        return [(a, b) for a, b in self.db.execute(
            f"SELECT a, b FROM splits WHERE a IN ({marks}) OR b IN ({marks})", record_ids + record_ids)]

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
