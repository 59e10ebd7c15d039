"""How long the index of /api/stats takes to read its facts (launched, intercepted, killed: each event's
one figure, ``sitrep.merge.figures``) from a SQLite store, and how fast ``event_figures`` is.

    PYTHONPATH=src python benchmarks/bench_figures.py --events 30000 --db /tmp/bench_figures.db

The store is bench_api's synthetic one (every type, two counts per attack, one claim each).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import make_store  # noqa: E402

from sitrep.store import open_store  # noqa: E402
from sitrep.web.index import load_facts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=30000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/bench_figures.db"))
    args = ap.parse_args()
    n = make_store(args.db, args.events)
    with open_store(args.db) as store:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            facts = load_facts(store)
            best = min(best, time.perf_counter() - t0)
        print(f"{n} events: facts read in {best:.2f} s ({best / n * 1e6:.0f} us an event), {len(facts)} rows")
        events = store.events(limit=5000)
    try:
        from sitrep.merge.figures import event_figures
    except ImportError:
        return
    t0 = time.perf_counter()
    for ev in events:
        event_figures(ev)
    took = time.perf_counter() - t0
    print(f"event_figures: {took / len(events) * 1e6:.1f} us an event over {len(events)}")


if __name__ == "__main__":
    main()
