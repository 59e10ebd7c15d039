"""What every SQL store shares: the schema, merging at ingest, queries. A dialect adds a connection.

One transaction per article: a report is stored with all its records and the events of the
blocks it touches, or not at all; the same report twice adds nothing. The SQL here is what
SQLite (3.35+) and PostgreSQL both speak (upserts with ON CONFLICT); ``?`` placeholders are
turned into the driver's own by the dialect.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any

from sitrep.merge import MergeConfig, block_key, cluster, combine, explain_event
from sitrep.merge.figures import event_figures
from sitrep.records import Article, Event
from sitrep.store.filters import EventFilter, with_conditions
from sitrep.store.schema import FIGURES_MIGRATION, MIGRATIONS, SCHEMA_VERSION, Migration
from sitrep.store.views import VIEWS, views_version


class StoreError(RuntimeError):
    """A store that cannot be opened, or a write it must refuse; the message says which store and why."""


class SchemaError(StoreError):
    """The store was made by a newer sitrep."""


class RecordCollision(StoreError):
    """Two different records with one id: storing the second would lose it, so nothing is stored."""


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: Any) -> Any:
    """``value`` as both databases take it: PostgreSQL's text cannot hold a NUL, and neither database a
    lone surrogate, so each becomes U+FFFD (one character for one: offsets into the text hold). The
    input gate refuses reports that hold them; this keeps a library caller's write from failing."""
    if isinstance(value, str) and _UNSTORABLE.search(value):
        return _UNSTORABLE.sub("\ufffd", value)
    return value


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE ? ESCAPE '\\'``, lower-cased, its own ``%``, ``_`` and ``\\`` taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """``items`` in lists of at most ``size``: a statement takes only so many parameters."""
    return [items[k:k + size] for k in range(0, len(items), size)]


def search_text(ev: Event) -> str:
    """What full-text search reads of an event: its place, evidence sentences and claimants."""
    parts = [ev.location.name if ev.location else "", *(e.text for e in ev.evidence),
             *(c.claimant.name for c in ev.claims)]
    return " ".join(p for p in parts if p)


_WORD = re.compile(r"[^\W_]+")  # letters and digits: FTS5 and PostgreSQL split words at "_" too


def search_words(text: str) -> list[str]:
    """The words of a ``--text`` search, lower-cased; every one must match (as a word or its start)."""
    return [w.lower() for w in _WORD.findall(text)]


class SQLStore(ABC):
    """The store's logic over a DB-API connection; subclasses say how to talk to their database."""

    url: str
    schema_version: int
    merge_config: MergeConfig
    dialect: str  # "sqlite" or "postgresql": which statements of a migration, and of a view, it runs

    # -- what a dialect provides ----------------------------------------------------------
    @abstractmethod
    def _x(self, sql: str, args: Sequence[Any] = ()) -> Any:
        """Run one statement; gives a cursor."""

    @abstractmethod
    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _tx(self) -> AbstractContextManager[None]:
        """A write transaction: committed when the block ends, rolled back on any exception."""

    def _lock_block(self, block: str) -> None:
        """Keep other writers off a block while it is regrouped (SQLite's write lock does this already)."""
        return None

    def _lock_migrations(self) -> None:
        """Keep other writers out while the schema is made or migrated (SQLite's write lock does this already)."""
        return None

    def _ddl(self, statement: str) -> str:
        return statement

    @abstractmethod
    def _text_match(self, query: str, limit: int | None) -> str:
        """The condition on ``events`` that its full-text index matches the one query parameter (``query``,
        for a dialect that plans by how many events match; ``limit``, the page asked for)."""

    @abstractmethod
    def _text_query(self, words: list[str]) -> str:
        """The full-text query (the parameter of ``_text_match``): every word, each as a word's start."""

    def _integrity(self) -> list[str]:
        return []

    @abstractmethod
    def close(self) -> None: ...

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> int:
        with self._tx():
            self._lock_migrations()
            self._x("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self._x("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            current = int(row[0]) if row else 0
            if current > SCHEMA_VERSION:
                raise SchemaError(f"{self.url}: schema version {current} is newer than this sitrep knows "
                                  f"({SCHEMA_VERSION}); upgrade sitrep")
            for migration in MIGRATIONS[current:]:
                for statement in self._statements(migration):
                    self._x(self._ddl(statement))
            if 0 < current < 2:
                self._backfill_records()
            if 0 < current < FIGURES_MIGRATION:
                self._backfill_figures()
            self._x("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = "
                    "excluded.value", (str(SCHEMA_VERSION),))
            self._make_views()
        return SCHEMA_VERSION

    def _statements(self, migration: Migration) -> list[str]:
        """A migration's statements for this database: shared SQL split at ``;``, or this dialect's own."""
        if isinstance(migration, dict):
            return list(migration[self.dialect])
        return [s for s in migration.split(";") if s.strip()]

    def _make_views(self) -> None:
        """Make the flat views (``store/views.py``) anew when their definition is not the one in force."""
        version = views_version(self.dialect)
        row = self._x("SELECT value FROM meta WHERE key = 'views'").fetchone()
        if row and row[0] == version:
            return
        for name, select in VIEWS.items():
            self._x(f"DROP VIEW IF EXISTS {name}")
            self._x(f"CREATE VIEW {name} AS {select(self.dialect)}")
        self._x("INSERT INTO meta VALUES ('views', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (version,))

    def _backfill_records(self) -> None:
        """A store from before records were kept: each stored event becomes its own record."""
        for eid, record in self._x("SELECT id, record FROM events").fetchall():
            ev = Event.from_dict(json.loads(record))
            art = ev.articles[0] if ev.articles else self._x(
                "SELECT article_id FROM event_articles WHERE event_id = ?", (eid,)).fetchone()[0]
            self._x("INSERT INTO records VALUES (?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                    (eid, art, eid, block_key(ev), record))

    def _backfill_figures(self) -> None:
        """A store from before ``event_figures``: each stored event's figures, computed from its record."""
        for (record,) in self._x("SELECT record FROM events ORDER BY id").fetchall():
            self._insert_figures(Event.from_dict(json.loads(record)))

    # -- writing --------------------------------------------------------------------------
    def add_article(self, article: Article, events: list[Event]) -> bool:
        """Store a report and its records, and fold each record into the events of its block."""
        with self._tx():
            if not self._insert_article(article):
                return False  # stored already (perhaps by another writer a moment ago)
            blocks = {self._insert_record(ev, article.id) for ev in events}
            for block in sorted(blocks):
                self._lock_block(block)
                self._regroup(block)
        return True

    def _insert_article(self, a: Article) -> bool:
        cur = self._x(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
            (a.id, a.published.isoformat(), a.title, a.outlet, a.url, a.source, a.text,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )
        return bool(cur.rowcount)

    def _insert_record(self, ev: Event, article_id: str) -> str:
        """Store one record. The same record twice is stored once; another record with its id is an error."""
        if not ev.articles:
            ev.articles = [article_id]
        block = block_key(ev)
        record = ev.to_json()
        cur = self._x("INSERT INTO records VALUES (?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                      (ev.id, article_id, ev.id, block, record))
        if not cur.rowcount:
            held, held_by = self._x("SELECT record, article_id FROM records WHERE id = ?", (ev.id,)).fetchone()
            if json.loads(held) != json.loads(storable(record)):
                raise RecordCollision(f"{self.url}: record {ev.id} of report {article_id} has the id of another "
                                      f"record (of report {held_by}); nothing of the report was stored")
        return block

    def _regroup(self, block: str) -> None:
        """Group the records of one block anew and store the events they make. Each event is named by
        its earliest record (``sitrep.merge.event_id``); an event id that goes away leads on (an alias)
        to the event its earliest record is in now."""
        rows = self._x("SELECT r.id, r.event_id, r.record, r.article_id, a.published FROM records r "
                       "JOIN articles a ON a.id = r.article_id WHERE r.block = ?", (block,)).fetchall()
        if not rows:  # the block's last report was taken out
            return
        records = [Event.from_dict(json.loads(r[2])) for r in rows]
        published = {r[3]: r[4] for r in rows}
        ids = [r[0] for r in rows]
        before = {r[0]: r[1] for r in rows}
        stored = {old for old in sorted(set(before.values()))
                  if self._x("DELETE FROM events WHERE id = ?", (old,)).rowcount}
        after: dict[str, str] = {}
        for group in cluster(records, self.merge_config, self.splits(ids), self.joins(ids)):
            ev = combine(group, published)
            self._insert_event(ev)
            self._many("UPDATE records SET event_id = ? WHERE id = ?", [(ev.id, r.id) for r in group])
            after.update((r.id, ev.id) for r in group)
        order = {r[0]: (r[4], r[0]) for r in rows}
        self._keep_aliases({rid: e for rid, e in before.items() if e in stored}, after, order)

    def _keep_aliases(self, before: dict[str, str], after: dict[str, str], order: dict[str, Any]) -> None:
        """Each stored event id that is gone now (``before`` and ``after`` give each record's event)
        leads to the event of its earliest record, and so do the ids that led to it; an id that names
        an event again leads nowhere else."""
        live = sorted(set(after.values()))
        self._many("DELETE FROM aliases WHERE old = ?", [(e,) for e in live])
        earliest: dict[str, str] = {}  # each old id's earliest record
        for rid, old in before.items():
            if old not in earliest or order[rid] < order[earliest[old]]:
                earliest[old] = rid
        for old in sorted(set(earliest) - set(live)):
            target = after[earliest[old]]
            self._x("INSERT INTO aliases VALUES (?,?) ON CONFLICT (old) DO UPDATE SET event_id = excluded.event_id",
                    (old, target))
            self._x("UPDATE aliases SET event_id = ? WHERE event_id = ?", (target, old))

    def _insert_event(self, ev: Event) -> None:
        loc = ev.location
        self._x(
            "INSERT INTO events (id, type, family, status, date_start, date_end, date_precision, location_name, "
            "country, admin1, lat, lon, confidence, record, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ev.id, ev.type, ev.family, ev.status, ev.date.start, ev.date.end, ev.date.precision,
             loc.name if loc else None, loc.country if loc else None, loc.admin1 if loc else None,
             loc.lat if loc else None, loc.lon if loc else None, ev.confidence, ev.to_json(), search_text(ev)),
        )
        self._many("INSERT INTO event_articles VALUES (?,?)", [(ev.id, a) for a in ev.articles])
        self._many(
            "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(ev.id, k, c.claimant.name, c.claimant.kind, c.claimant.country, c.verb, c.channel, c.stance,
              c.article, c.start, c.end, c.text) for k, c in enumerate(ev.claims)],
        )
        self._many("INSERT INTO evidence VALUES (?,?,?,?,?,?)",
                            [(ev.id, k, e.article, e.start, e.end, e.text) for k, e in enumerate(ev.evidence)])
        self._insert_figures(ev)

    def _insert_figures(self, ev: Event) -> None:
        """The event's one figure per (item, role) (``sitrep.merge.figures``), for ``events_flat``; an event
        made anew (a merge, a split, a report taken out) is deleted first, and its figures with it."""
        self._many("INSERT INTO event_figures VALUES (?,?,?,?,?,?,?,?)",
                   [(ev.id, k, item, role, fig.best, fig.low, fig.high, fig.rule)
                    for k, ((item, role), fig) in enumerate(event_figures(ev).items())])

    def split(self, event_id: str, record_id: str | None = None) -> list[str]:
        """Undo a merge: take ``record_id`` out of its event (or part every record of the event), and
        keep them apart from now on. Gives the ids of the events the records are in afterwards."""
        with self._tx():
            event_id = self.resolve(event_id) or event_id
            rows = self._x("SELECT id, block FROM records WHERE event_id = ?", (event_id,)).fetchall()
            if not rows:
                raise KeyError(f"{event_id}: no such event")
            ids = sorted(r[0] for r in rows)
            if record_id is not None and record_id not in ids:
                raise KeyError(f"{record_id}: not a record of {event_id} (its records: {', '.join(ids)})")
            pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
                     if record_id is None or record_id in (a, b)]
            self._many("DELETE FROM joins WHERE a = ? AND b = ?", pairs)
            self._many("INSERT INTO splits VALUES (?,?) ON CONFLICT (a, b) DO NOTHING", pairs)
            for block in sorted({r[1] for r in rows}):
                self._lock_block(block)
                self._regroup(block)
            after = sorted({r[0] for r in self._x(
                f"SELECT event_id FROM records WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()})
        return after

    def merge(self, event_ids: Sequence[str]) -> str:
        """Join events by hand (``sitrep merge``): their records become one event, kept one as more
        reports come in, until ``split`` parts them. Old ids (aliases) are taken. The joined event is
        named by its earliest record; the other ids lead to it. Gives its id."""
        with self._tx():
            wanted = sorted({self._resolved(e) for e in event_ids})
            if len(wanted) < 2:
                raise ValueError(f"{', '.join(event_ids)}: give two or more different events to merge")
            rows = self._x(f"SELECT r.id, r.block, a.published FROM records r JOIN articles a ON a.id = r.article_id "
                           f"WHERE r.event_id IN ({','.join('?' * len(wanted))})", wanted).fetchall()
            first = min(rows, key=lambda r: (r[2], r[0]))
            ids = sorted(r[0] for r in rows)
            pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
            self._many("DELETE FROM splits WHERE a = ? AND b = ?", pairs)
            self._many("INSERT INTO joins VALUES (?,?) ON CONFLICT (a, b) DO NOTHING", pairs)
            # records are compared within their block: the joined ones move to the earliest record's
            self._many("UPDATE records SET block = ? WHERE id = ?", [(first[1], i) for i in ids])
            for block in sorted({r[1] for r in rows}):
                self._lock_block(block)
                self._regroup(block)
            joined = self._x("SELECT event_id FROM records WHERE id = ?", (first[0],)).fetchone()[0]
        return str(joined)

    def _resolved(self, event_id: str) -> str:
        found = self.resolve(event_id)
        if found is None:
            raise KeyError(f"{event_id}: no such event")
        return found


    # -- refused inputs and watched files -------------------------------------------------
    def add_reject(self, path: str, reason: str) -> None:
        """Record that ``path`` was refused and why (again: its count goes up)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._x(
            "INSERT INTO rejects VALUES (?,?,?,?,1) ON CONFLICT (path, reason) DO UPDATE SET "
            "last_seen = excluded.last_seen, times = rejects.times + 1", (path, reason, now, now))

    def clear_rejects(self, path: str) -> None:
        """``path`` was read after all (it was mended): it is no longer refused."""
        self._x("DELETE FROM rejects WHERE path = ?", (path,))

    def rejects(self) -> list[dict[str, Any]]:
        rows = self._x("SELECT path, reason, first_seen, last_seen, times FROM rejects ORDER BY path, reason")
        return [dict(zip(("path", "reason", "first_seen", "last_seen", "times"), r, strict=True)) for r in rows]

    def file_seen(self, path: str) -> tuple[int, int] | None:
        row = self._x("SELECT size, mtime_ns FROM seen_files WHERE path = ?", (path,)).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def mark_file(self, path: str, size: int, mtime_ns: int, reports: Sequence[str] | None = None) -> list[str]:
        """Record that ``path`` was taken in at this size and time. ``reports`` are the ids of the reports
        it gave (stored now or before): a report it gave the last time and gives no longer (a partial
        copy, taken while the file was being written) is taken out of the store, unless another file
        gives it too. Gives the ids taken out."""
        with self._tx():
            self._x("INSERT INTO seen_files VALUES (?,?,?,?) ON CONFLICT (path) DO UPDATE SET size = "
                    "excluded.size, mtime_ns = excluded.mtime_ns, seen_at = excluded.seen_at",
                    (path, size, mtime_ns, datetime.now(UTC).isoformat(timespec="seconds")))
            if reports is None:
                return []
            before = set(self.file_reports(path))
            self._x("DELETE FROM file_reports WHERE path = ?", (path,))
            self._many("INSERT INTO file_reports SELECT ?, id FROM articles WHERE id = ? "
                       "ON CONFLICT (path, article_id) DO NOTHING", [(path, a) for a in reports])
            stale = [a for a in sorted(before - set(reports))
                     if self._x("SELECT 1 FROM file_reports WHERE article_id = ?", (a,)).fetchone() is None]
            for article_id in stale:
                self._remove_article(article_id)
        return stale

    def file_reports(self, path: str) -> list[str]:
        """The ids of the reports ``path`` gave when it was last taken in."""
        rows = self._x("SELECT article_id FROM file_reports WHERE path = ? ORDER BY article_id", (path,))
        return [r[0] for r in rows.fetchall()]

    def remove_article(self, article_id: str) -> bool:
        """Take a report out of the store: its records leave their events, which are grouped anew without
        them. False when it was not there."""
        with self._tx():
            return self._remove_article(article_id)

    def _remove_article(self, article_id: str) -> bool:
        blocks = sorted({r[0] for r in self._x("SELECT block FROM records WHERE article_id = ?",
                                                 (article_id,)).fetchall()})
        for block in blocks:
            self._lock_block(block)
        told = [r[0] for r in self._x("SELECT DISTINCT event_id FROM records WHERE article_id = ? ORDER BY event_id",
                                      (article_id,)).fetchall()]
        self._x("DELETE FROM records WHERE article_id = ?", (article_id,))
        for block in blocks:
            self._regroup(block)
        # the events only this report told are gone, and so are the ids that led to them
        gone = [(e,) for e in told if self._x("SELECT 1 FROM records WHERE event_id = ?", (e,)).fetchone() is None]
        self._many("DELETE FROM events WHERE id = ?", gone)
        self._many("DELETE FROM aliases WHERE event_id = ?", gone)
        return bool(self._x("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount)

    # -- reading --------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self._x("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article(self, article_id: str) -> Article | None:
        row = self._x("SELECT id, published, title, outlet, url, source, text FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        if row is None:
            return None
        return Article(text=row[6], published=date.fromisoformat(row[1]), title=row[2], outlet=row[3],
                       url=row[4], source=row[5], id=row[0])

    def count_articles(self) -> int:
        return int(self._x("SELECT count(*) FROM articles").fetchone()[0])

    def count_events(self) -> int:
        return int(self._x("SELECT count(*) FROM events").fetchone()[0])

    def latest_day(self) -> str | None:
        """The last day any stored event reaches (its end, else its start), ISO; None for no dated event."""
        row = self._x("SELECT max(coalesce(date_end, date_start)) FROM events").fetchone()
        return str(row[0]) if row and row[0] else None

    def latest_event_day(self, statuses: Sequence[str]) -> str | None:
        """The last day an event of one of ``statuses`` counts for (its start, or a night's end: the day
        ``sitrep.merge.figures.event_day`` gives), ISO; None for no such dated event."""
        marks = ",".join("?" * len(statuses))
        row = self._x("SELECT max(CASE WHEN date_precision = 'night' THEN date_end ELSE date_start END) "
                      f"FROM events WHERE status IN ({marks})", tuple(statuses)).fetchone()
        return str(row[0])[:10] if row and row[0] else None

    def count_records(self, article_id: str | None = None) -> int:
        """The records stored, of one report or of all."""
        if article_id is None:
            return int(self._x("SELECT count(*) FROM records").fetchone()[0])
        return int(self._x("SELECT count(*) FROM records WHERE article_id = ?", (article_id,)).fetchone()[0])

    def tally_events(self, article_ids: Sequence[str]) -> tuple[int, int]:
        """The events these reports' records are in now, as (new, merged): new when only these reports
        tell it, merged when it holds a record of a report stored before (or of another writer)."""
        given = set(article_ids)
        told: set[str] = set()
        for chunk in _chunks(sorted(given)):
            told.update(r[0] for r in self._x(
                f"SELECT DISTINCT event_id FROM records WHERE article_id IN ({','.join('?' * len(chunk))})", chunk))
        merged: set[str] = set()
        for chunk in _chunks(sorted(told)):
            rows = self._x(f"SELECT event_id, article_id FROM records WHERE event_id IN ({','.join('?' * len(chunk))})",
                           chunk).fetchall()
            merged.update(e for e, a in rows if a not in given)
        return len(told) - len(merged), len(merged)

    def events(self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0,
               newest_first: bool = False, **conditions: str | None) -> list[Event]:
        """The stored events that pass ``where`` (and keyword conditions: ``type="attack"``), oldest first."""
        clauses, args = self._where(with_conditions(where, conditions), limit)
        sql = "SELECT record FROM events"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += (" ORDER BY date_start DESC NULLS LAST, id DESC" if newest_first
                else " ORDER BY date_start NULLS FIRST, id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [Event.from_dict(json.loads(r[0])) for r in self._x(sql, args)]

    # -- the filters as SQL: one condition per filter (``sitrep.store.filters``) -------------------
    def _where(self, f: EventFilter, limit: int | None = None) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        # the text first: a row the full-text index does not match is never read
        for name, value in sorted(f.given().items(), key=lambda kv: kv[0] != "text"):
            sql, values = self._condition(name, value, limit)
            clauses.append(sql)
            args += values
        return clauses, args

    def _condition(self, name: str, value: str, limit: int | None = None) -> tuple[str, list[Any]]:
        if name == "text":
            return self._text_condition(value, limit)
        if name == "actor":
            return self._actor_condition(value)
        like = like_pattern(value)
        simple: dict[str, tuple[str, list[Any]]] = {
            "type": ("(type = ? OR family = ?)", [value, value]),
            "status": ("status = ?", [value]),
            "country": ("country = ?", [value.upper()]),
            "admin1": ("upper(admin1) = ?", [value.upper()]),
            "since": ("coalesce(date_end, date_start) >= ?", [value]),
            "until": ("date_start <= ?", [value]),
            "claimant": ("id IN (SELECT event_id FROM claims WHERE lower(claimant_name) LIKE ? ESCAPE '\\')",
                         [like]),
        }
        return simple[name]

    def _text_condition(self, text: str, limit: int | None = None) -> tuple[str, list[Any]]:
        """The one place the text filter is made: words in the place, the evidence or a claimant. By the
        full-text index (migration 6), every word as a word or a word's start; a text of no words ("%",
        "--") as a substring, the slow way."""
        words = search_words(text)
        if words:
            query = self._text_query(words)
            return self._text_match(query, limit), [query]
        like = like_pattern(text)
        return ("id IN (SELECT id FROM events WHERE lower(coalesce(location_name, '')) LIKE ? ESCAPE '\\' UNION "
                "SELECT event_id FROM evidence WHERE lower(text) LIKE ? ESCAPE '\\' UNION "
                "SELECT event_id FROM claims WHERE lower(claimant_name) LIKE ? ESCAPE '\\')", [like, like, like])

    def _actor_condition(self, words: str) -> tuple[str, list[Any]]:
        """Words in the name or country code of any actor of the event (SQLite's JSON functions; PostgreSQL
        has its own)."""
        like = like_pattern(words)
        return ("EXISTS (SELECT 1 FROM json_each(events.record, '$.actors') a WHERE "
                "lower(coalesce(json_extract(a.value, '$.name'), '')) LIKE ? ESCAPE '\\' OR "
                "lower(coalesce(json_extract(a.value, '$.country'), '')) LIKE ? ESCAPE '\\')", [like, like])

    def text_ids(self, text: str) -> list[str]:
        """The ids of the events the text filter finds (the dashboard's index asks the store)."""
        sql, args = self._text_condition(text)
        return [r[0] for r in self._x(f"SELECT id FROM events WHERE {sql}", args)]

    def records(self, event_id: str) -> list[Event]:
        """The records, as read from their reports, that the event was made from."""
        rows = self._x("SELECT record FROM records WHERE event_id = ? ORDER BY id", (event_id,))
        return [Event.from_dict(json.loads(r[0])) for r in rows]

    def events_json(self, event_ids: Sequence[str]) -> list[str]:
        """The stored events as their JSON text, in the order asked (unknown ids left out): for pages
        that send records as stored, without parsing them."""
        if not event_ids:
            return []
        marks = ",".join("?" * len(event_ids))
        rows = dict(self._x(f"SELECT id, record FROM events WHERE id IN ({marks})", list(event_ids)).fetchall())
        return [rows[i] for i in event_ids if i in rows]

    def article_events(self, article_id: str) -> list[str]:
        """The ids of the events a report's records are in."""
        rows = self._x("SELECT DISTINCT event_id FROM records WHERE article_id = ? ORDER BY event_id", (article_id,))
        return [r[0] for r in rows.fetchall()]

    def splits(self, record_ids: list[str]) -> list[tuple[str, str]]:
        """The pairs of these records a user kept apart (``sitrep split``)."""
        return self._pairs("splits", record_ids)

    def joins(self, record_ids: list[str]) -> list[tuple[str, str]]:
        """The pairs of these records a user joined (``sitrep merge``)."""
        return self._pairs("joins", record_ids)

    def _pairs(self, table: str, record_ids: list[str]) -> list[tuple[str, str]]:
        marks = ",".join("?" * len(record_ids))
        return [(a, b) for a, b in self._x(
            f"SELECT a, b FROM {table} WHERE a IN ({marks}) OR b IN ({marks})", record_ids + record_ids)]

    def event(self, event_id: str) -> Event | None:
        """The stored event of this id (an old id that was merged away: None; see ``resolve``)."""
        row = self._x("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return Event.from_dict(json.loads(row[0])) if row else None

    def resolve(self, event_id: str) -> str | None:
        """The id of the event ``event_id`` names now: itself, or the event it was merged into (its
        alias); None when it names none."""
        if self._x("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is not None:
            return event_id
        row = self._x("SELECT a.event_id FROM aliases a JOIN events e ON e.id = a.event_id WHERE a.old = ?",
                      (event_id,)).fetchone()
        return str(row[0]) if row else None

    def aliases(self, event_id: str) -> list[str]:
        """The old ids that lead to this event (merged into it, or its names before)."""
        rows = self._x("SELECT old FROM aliases WHERE event_id = ? ORDER BY old", (event_id,))
        return [r[0] for r in rows.fetchall()]

    def explain_event(self, event_id: str) -> dict[str, Any]:
        """What ``sitrep event ID`` shows: the stored event, its records as read, the reports that told
        them and each pair's verdict (``sitrep.merge.explain_event``). An old id shows the event it
        leads to: ``redirected_from`` is then the id asked for; ``aliases`` are every old id of it."""
        found = self.resolve(event_id)
        ev = self.event(found) if found else None
        if found is None or ev is None:
            raise KeyError(f"{event_id}: no such event in the store")
        records = self.records(found)
        ids = [r.id for r in records]
        articles = {aid: self.article(aid) for r in records for aid in r.articles}
        shown = explain_event(ev, records, articles, self.merge_config, self.splits(ids) if ids else [],
                              self.joins(ids) if ids else [])
        shown["aliases"] = self.aliases(found)
        shown["redirected_from"] = event_id if found != event_id else None
        return shown

    def check(self) -> list[str]:
        """Problems the database finds in itself (integrity, foreign keys, records without their event)."""
        problems = self._integrity()
        n = self._x("SELECT count(*) FROM records WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[0]
        if n:
            problems.append(f"{n} records belong to no event")
        n = self._x("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM records)").fetchone()[0]
        if n:
            problems.append(f"{n} events have no record")
        n = self._x("SELECT count(*) FROM aliases WHERE event_id NOT IN (SELECT id FROM events)").fetchone()[0]
        if n:
            problems.append(f"{n} old event ids lead to no event")
        return problems

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

