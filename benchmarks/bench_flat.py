"""What the stored figures of ``events_flat`` cost (issues 17 and 18): filling ``event_figures`` when a store
from before them is opened (migration 7), writing them at ingest, and summing the view.

    PYTHONPATH=src python benchmarks/bench_flat.py --db /tmp/sitrep-bench-dashboard.db

``--db`` is a SQLite store of schema 6 (bench_dashboard's, with killed and injured counts and claims); it is
only read: a copy (SQLite's backup) is migrated. The old view is timed on the copy before it is opened.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from sitrep.store import open_store

SUM = "SELECT country, sum(killed_best) FROM events_flat {where} GROUP BY country"


def _timed(db: sqlite3.Connection, sql: str) -> tuple[float, list]:
    best, rows = float("inf"), []
    for _ in range(3):
        t0 = time.perf_counter()
        rows = db.execute(sql).fetchall()
        best = min(best, time.perf_counter() - t0)
    return best, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/sitrep-bench-dashboard.db"))
    ap.add_argument("--writes", type=int, default=5000, help="events whose figures are written again, timed")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.db"
        with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        with sqlite3.connect(copy) as db:
            n = db.execute("SELECT count(*) FROM events").fetchone()[0]
            old, _ = _timed(db, SUM.format(where=""))
            old_every, _ = _timed(db, "SELECT * FROM events_flat")
        print(f"{n} events; old view (max over the JSON), sum per country: {old:.2f} s; every row: {old_every:.2f} s")
        t0 = time.perf_counter()
        with open_store(copy) as st:
            opened = time.perf_counter() - t0
            figures = st._x("SELECT count(*) FROM event_figures").fetchone()[0]  # type: ignore[attr-defined]
            print(f"open with migration 7: {opened:.1f} s ({opened / n * 1e6:.0f} us an event), {figures} figures")
            new, _ = _timed(st.db, SUM.format(where="WHERE counted"))  # type: ignore[attr-defined]
            every, _ = _timed(st.db, "SELECT * FROM events_flat")  # type: ignore[attr-defined]
            print(f"new view, sum per country WHERE counted: {new:.2f} s; every row: {every:.2f} s")
            events = st.events(limit=args.writes)
            t0 = time.perf_counter()
            with st._tx():  # type: ignore[attr-defined]
                st._many("DELETE FROM event_figures WHERE event_id = ?", [(e.id,) for e in events])  # type: ignore[attr-defined]
                for ev in events:
                    st._insert_figures(ev)  # type: ignore[attr-defined]
            wrote = time.perf_counter() - t0
            print(f"figures of {len(events)} events written again: {wrote:.2f} s ({wrote / len(events) * 1e6:.0f} us an event)")


if __name__ == "__main__":
    main()
