"""Full-text search (``sitrep events --text``) in a store of 100,000 events.

Run:  .venv/bin/python benchmarks/bench_search.py [--events 100000] [--runs 200] [--db PATH]

Synthetic events (no NLP, no merging: each made directly and written by the store's own write
path, so the search index is kept in step as in use) tell invented incidents in 400 invented places,
each with one or two evidence sentences drawn from a few hundred words and a claimant. The script
times ``Store.events(text=..., limit=...)`` for a mix of searches (a place, a claimant, a rare word,
a common word, two words, a word's start), each run ``--runs`` times in a shuffled order, and prints
p50 and p95 per search and overall, beside the substring scan (LIKE over place, evidence and
claimants) that ``--text`` was before, for the same words. The store is a SQLite file (kept with
``--db`` to run again without building it).

Recorded figures: see benchmarks/RESULTS.md ("Full-text search").
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sitrep.records import EVENT_TYPES, Claim, Claimant, DateWindow, Event, Location, Span
from sitrep.store import open_store
from sitrep.store.sql import like_pattern

SYLLABLES = ["bram", "quil", "mor", "ash", "fen", "hol", "dun", "cor", "wyn", "tarn", "lis", "ober", "kel", "vey"]
ENDS = ["ford", "mere", "wick", "by", "stead", "holm", "gate", "dale", "ton", "worth"]
NOUNS = ["depot", "bridge", "silo", "convoy", "substation", "harbour", "railway", "school", "clinic", "market",
         "checkpoint", "warehouse", "pipeline", "ferry", "tower", "reservoir", "airfield", "barracks"]
VERBS = ["struck", "damaged", "hit", "shelled", "closed", "blocked", "evacuated", "repaired", "seized", "left"]
SPEAKERS = ["the regional governor", "the defence ministry", "the harbour master", "emergency services",
            "a local council", "the border guard", "the rail operator", "the mayor's office"]


def _places(rng: random.Random, n: int = 400) -> list[Location]:
    names = sorted({(rng.choice(SYLLABLES) + rng.choice(ENDS)).capitalize() for _ in range(n * 3)})[:n]
    return [Location(name, f"X{k % 12:02d}"[:3], None, rng.uniform(-60, 60), rng.uniform(-170, 170), "city", name,
                     None) for k, name in enumerate(names)]


def _event(rng: random.Random, k: int, places: list[Location]) -> Event:
    place = rng.choice(places)
    day = f"20{20 + k % 8:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}"
    ev = Event(type=rng.choice(EVENT_TYPES), status="occurred", date=DateWindow(day, day, "day", "on Monday"),
               location=place, articles=[f"b{k}"], confidence=0.5)
    for _ in range(rng.choice((1, 1, 2))):
        text = (f"{rng.choice(['Drones', 'Shells', 'Crews', 'Troops', 'Protesters'])} {rng.choice(VERBS)} the "
                f"{rng.choice(NOUNS)} near {place.name} and the {rng.choice(NOUNS)} on the {rng.choice(NOUNS)} road.")
        ev.evidence.append(Span(f"b{k}", 0, len(text), text))
    speaker = rng.choice(SPEAKERS)
    ev.claims.append(Claim(Claimant(speaker, "government", None), "said", None, "asserts", f"b{k}", 0, 10, "x"))
    ev.id = f"bench{k:07d}"
    return ev


def build(db: Path, n: int) -> None:
    """``n`` events, written by the store's write path (the search index follows by its triggers)."""
    rng = random.Random(7)
    places = _places(rng)
    with open_store(db) as st:
        st._x("INSERT INTO articles VALUES ('bench', '2025-01-01', NULL, NULL, NULL, NULL, 'x', '2025-01-01')")
        t0 = time.perf_counter()
        for start in range(0, n, 5000):
            with st._tx():
                for k in range(start, min(n, start + 5000)):
                    ev = _event(rng, k, places)
                    ev.articles = ["bench"]
                    for span in ev.evidence:
                        span.article = "bench"
                    ev.claims[0].article = "bench"
                    st._insert_event(ev)
        print(f"built {n:,} events in {time.perf_counter() - t0:.1f} s")


def _ms(samples: list[float], q: float) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[int(q) - 1] * 1000 if len(samples) > 1 \
        else samples[0] * 1000


def run(db: Path, runs: int, limit: int) -> None:
    with open_store(db) as st:
        places = [r[0] for r in st._x("SELECT DISTINCT location_name FROM events LIMIT 3")]
        searches = {
            "a place": places[0], "a claimant": "harbour master", "a rare pair": f"{places[1]} reservoir",
            "a common word": "bridge", "a word's start": "substa", "no match": "cathedral",
        }
        samples: dict[str, list[float]] = {name: [] for name in searches}
        cpu: dict[str, list[float]] = {name: [] for name in searches}
        found: dict[str, int] = {}
        order = [name for name in searches for _ in range(runs)]
        random.Random(1).shuffle(order)
        for name in order:
            t0, c0 = time.perf_counter(), time.process_time()
            got = st.events(text=searches[name], limit=limit)
            samples[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
            found[name] = len(got)
        print(f"{'search':<16} {'text':<24} {'found':>6} {'p50 ms':>8} {'p95 ms':>8} {'cpu p95':>8} {'all':>7} "
              f"{'LIKE scan ms':>13} {'LIKE all':>9}")
        for name, text in searches.items():
            like = like_pattern(text)
            t0 = time.perf_counter()
            scan = st._x("SELECT count(*) FROM events WHERE lower(coalesce(location_name, '')) LIKE ? ESCAPE '\\' OR "
                         "id IN (SELECT event_id FROM evidence WHERE lower(text) LIKE ? ESCAPE '\\') OR id IN "
                         "(SELECT event_id FROM claims WHERE lower(claimant_name) LIKE ? ESCAPE '\\')",
                         (like, like, like)).fetchone()[0]
            scan_ms = (time.perf_counter() - t0) * 1000
            total = len(st.events(text=text))
            print(f"{name:<16} {text[:24]:<24} {found[name]:>6} {_ms(samples[name], 50):>8.1f} "
                  f"{_ms(samples[name], 95):>8.1f} {_ms(cpu[name], 95):>8.1f} {total:>7} {scan_ms:>13.0f} {scan:>9}")
        every = [s for v in samples.values() for s in v]
        every_cpu = [s for v in cpu.values() for s in v]
        print(f"all {len(every)} searches (limit {limit}): p50 {_ms(every, 50):.1f} ms, p95 {_ms(every, 95):.1f} ms "
              f"(CPU time of this process: p50 {_ms(every_cpu, 50):.1f} ms, p95 {_ms(every_cpu, 95):.1f} ms); "
              f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=200, help="Times each search is run.")
    ap.add_argument("--limit", type=int, default=100, help="At most this many events per search, as --limit.")
    ap.add_argument("--db", type=Path, help="Keep the store here (built when missing).")
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "search.db"
    if not db.exists():
        build(db, args.events)
    run(db, args.runs, args.limit)


if __name__ == "__main__":
    main()
