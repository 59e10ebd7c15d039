"""The store's schema as an ordered list of migrations; ``meta.schema_version`` says how many ran.

A migration is SQL both databases run (statements separated by ``;``), or, where they differ, a
table of statements by dialect (``sqlite``, ``postgresql``), each run whole (a trigger's body holds
``;``). The flat views (``store/views.py``) are no migration: they hold no data, and are made anew
whenever their definition changes.
"""

from __future__ import annotations

# what full-text search reads of an event: its place, its evidence sentences and its claimants (what
# ``--text`` looked in before), as ``SQLStore._search_text`` writes it for new events
_SEARCH_TEXT_SQLITE = """
    UPDATE events SET search_text = trim(coalesce(location_name, '') || ' ' ||
        coalesce((SELECT group_concat(text, ' ') FROM evidence v WHERE v.event_id = events.id), '') || ' ' ||
        coalesce((SELECT group_concat(claimant_name, ' ') FROM claims c WHERE c.event_id = events.id), ''))
"""
_SEARCH_TEXT_POSTGRES = """
    UPDATE events SET search_text = trim(coalesce(location_name, '') || ' ' ||
        coalesce((SELECT string_agg(text, ' ' ORDER BY idx) FROM evidence v WHERE v.event_id = events.id), '')
        || ' ' ||
        coalesce((SELECT string_agg(claimant_name, ' ' ORDER BY idx) FROM claims c WHERE c.event_id = events.id), ''))
"""

Migration = str | dict[str, tuple[str, ...]]

MIGRATIONS: list[Migration] = [
    # 1: articles, events, their links, claims and evidence
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, published TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, source TEXT,
        text TEXT NOT NULL, ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, family TEXT NOT NULL, status TEXT NOT NULL,
        date_start TEXT, date_end TEXT, date_precision TEXT, location_name TEXT, country TEXT, admin1 TEXT,
        lat REAL, lon REAL, confidence REAL, record TEXT NOT NULL
    );
    CREATE TABLE event_articles (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, article_id)
    );
    CREATE TABLE claims (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        claimant_name TEXT NOT NULL, claimant_kind TEXT, claimant_country TEXT, verb TEXT, channel TEXT,
        stance TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id), start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (event_id, idx)
    );
    CREATE TABLE evidence (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, PRIMARY KEY (event_id, idx)
    );
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_country ON events(country);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX claims_claimant ON claims(claimant_name);
    """,
    # 2: every record as read from its report, the block it is compared in, and the event it
    # was folded into; pairs of records a user kept apart with `sitrep split`
    """
    CREATE TABLE records (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL, block TEXT NOT NULL, record TEXT NOT NULL
    );
    CREATE INDEX records_block ON records(block);
    CREATE INDEX records_event ON records(event_id);
    CREATE TABLE splits (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
    CREATE INDEX splits_b ON splits(b);
    """,
    # 3: inputs that were refused, with the reason (`sitrep rejects`); files `sitrep watch` has taken in
    """
    CREATE TABLE rejects (
        path TEXT NOT NULL, reason TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
        times INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (path, reason)
    );
    CREATE TABLE seen_files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
        seen_at TEXT NOT NULL);
    """,
    # 4: the reports each watched file gave when it was last taken in, so a partial copy taken while
    # the file was being written is replaced by the whole
    """
    CREATE TABLE file_reports (
        path TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (path, article_id)
    );
    CREATE INDEX file_reports_article ON file_reports(article_id);
    """,
    # 5: ids that were merged away (or renamed) and the event they now lead to, so an old id still
    # finds its event; pairs of records a user joined with `sitrep merge`
    """
    CREATE TABLE aliases (old TEXT PRIMARY KEY, event_id TEXT NOT NULL);
    CREATE INDEX aliases_event ON aliases(event_id);
    CREATE TABLE joins (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
    CREATE INDEX joins_b ON joins(b);
    """,
    # 6: full-text search over each event's place, evidence and claimants (``--text``). SQLite: an FTS5
    # table over the events' ``search_text`` column (external content: the text is held once), kept in
    # step by triggers on every insert, delete and update; words match by prefix ("drone" finds
    # "drones"). PostgreSQL: a tsvector column computed from ``search_text`` and a GIN index on it.
    # Both: events in the order they are listed, for a page of a search that matches many.
    {
        "sqlite": (
            "ALTER TABLE events ADD COLUMN search_text TEXT",
            _SEARCH_TEXT_SQLITE,
            "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
            "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
            "CREATE INDEX events_order ON events(date_start, id)",
            "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
            "INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
            "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
            "CREATE TRIGGER events_fts_update AFTER UPDATE OF search_text ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
            "INSERT INTO events_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
        ),
        "postgresql": (
            "ALTER TABLE events ADD COLUMN search_text TEXT",
            _SEARCH_TEXT_POSTGRES,
            "ALTER TABLE events ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(search_text, ''))) STORED",
            "CREATE INDEX events_search ON events USING GIN (search_vector)",
            "CREATE INDEX events_order ON events(date_start, id)",
        ),
    },
    # 7: each event's one figure per (item, role), as ``sitrep.merge.figures.event_figures`` chooses it
    # (best, low, high, and the rule that chose best), so SQL users (``events_flat``) count as
    # ``sitrep report``, ``/api/stats`` and the exports do; ``idx`` keeps the order the counts were first
    # told in. The events stored before are filled when the store is opened (``SQLStore._backfill_figures``).
    """
    CREATE TABLE event_figures (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        item TEXT NOT NULL, role TEXT NOT NULL, best INTEGER NOT NULL, low INTEGER NOT NULL,
        high INTEGER NOT NULL, rule TEXT NOT NULL, PRIMARY KEY (event_id, idx)
    );
    """,
]

FIGURES_MIGRATION = 7
"""The migration that made ``event_figures``: a store older than it has its events' figures computed."""

SCHEMA_VERSION = len(MIGRATIONS)
