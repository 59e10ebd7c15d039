"""The SQLite store: schema migrations, refused inputs, watched files, and its own consistency check."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from sitrep.records import Article, Event
from sitrep.store import open_store
from sitrep.store.schema import MIGRATIONS, SCHEMA_VERSION
from sitrep.store.sqlite import SchemaError
from tests.merge.test_merge import record


def test_new_store_is_at_the_latest_schema(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        assert st.schema_version == SCHEMA_VERSION
        assert st.check() == []


def test_store_from_version_1_is_migrated_and_its_events_become_records(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.executescript(MIGRATIONS[0])
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    ev = record("a_old")
    db.execute("INSERT INTO articles VALUES ('a_old', '2025-09-14', NULL, NULL, NULL, NULL, 'text', 'now')")
    db.execute("INSERT INTO events (id, type, family, status, record) VALUES (?,?,?,?,?)",
               (ev.id, ev.type, ev.family, ev.status, ev.to_json()))
    db.execute("INSERT INTO event_articles VALUES (?, 'a_old')", (ev.id,))
    db.commit()
    db.close()
    with open_store(path) as st:
        assert st.schema_version == SCHEMA_VERSION
        assert [r.id for r in st.records(ev.id)] == [ev.id]
        new = record("a_new")
        st.add_article(Article(text="another", published=date(2025, 9, 14), id="a_new"), [new])
        [merged] = st.events()
        assert merged.articles == ["a_new", "a_old"]
        assert st.check() == []


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with open_store(path):
        pass
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(SchemaError, match="newer than this sitrep knows"):
        open_store(path)


def test_rejects_are_counted_and_cleared(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        st.add_reject("in/a.txt", "empty file")
        st.add_reject("in/a.txt", "empty file")
        st.add_reject("in/b.bin", "binary file")
        rows = st.rejects()
        assert [(r["path"], r["times"]) for r in rows] == [("in/a.txt", 2), ("in/b.bin", 1)]
        st.clear_rejects("in/a.txt")
        assert [r["path"] for r in st.rejects()] == ["in/b.bin"]


def test_seen_files(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        assert st.file_seen("x.txt") is None
        st.mark_file("x.txt", 10, 123)
        assert st.file_seen("x.txt") == (10, 123)
        st.mark_file("x.txt", 11, 456)
        assert st.file_seen("x.txt") == (11, 456)


def test_a_failed_write_leaves_nothing_half_written(tmp_path):
    """An event that cannot be stored rolls back its whole report."""
    with open_store(tmp_path / "s.db") as st:
        bad = record("a1")
        bad.type = None  # type: ignore[assignment]  # NOT NULL in the events table
        with pytest.raises(Exception):  # noqa: B017
            st.add_article(Article(text="t", published=date(2025, 9, 14), id="a1"), [bad])
        assert st.count_articles() == 0 and st.count_events() == 0
        assert st.db.execute("SELECT count(*) FROM records").fetchone()[0] == 0  # type: ignore[attr-defined]


def test_events_round_trip_through_the_store(tmp_path):
    ev = record("a1", killed=4, claimant="governor")
    with open_store(tmp_path / "s.db") as st:
        st.add_article(Article(text="t", published=date(2025, 9, 14), id="a1"), [Event.from_dict(ev.to_dict())])
        [back] = st.events()
        assert json.loads(back.to_json()) == json.loads(ev.to_json())
        assert st.event(ev.id) == back
        assert st.events(type="attack", country="UKR", since="2025-09-14", until="2025-09-14") == [back]
        assert st.events(country="RUS") == []
        assert st.events(text="governor") == [back]
