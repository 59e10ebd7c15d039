"""Ingest cost as the store grows: 100,000 synthetic records folded into events.

Run:  .venv/bin/python benchmarks/bench_merge.py [--records 100000] [--slice 10000]

Synthetic reports (no NLP: the records are made directly) arrive as a feed does: day by day
over three years, about 45 a day, telling invented incidents in 300 places of 12 countries;
half of the records tell an incident of the last days again, with their own numbers and
claimants, so merging has real work. The store is a SQLite file. The script
prints the cost per record for each slice of records ingested (wall clock and this process's
CPU time, which other work on the machine disturbs less) and the mean number of records in
the blocks the slice touched: flat columns mean that finding candidate events (by block:
family and day) does not grow with the store.

Recorded figures: see benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sitrep.merge import block_key
from sitrep.records import (
    EVENT_TYPES,
    Actor,
    Article,
    Claim,
    Claimant,
    DateWindow,
    Event,
    Location,
    Quantity,
    Span,
    family,
)
from sitrep.store import open_store

COUNTRIES = ["UKR", "RUS", "SDN", "MMR", "ISR", "PSE", "LBN", "YEM", "COD", "MLI", "SYR", "SRB"]


def places(rng: random.Random) -> list[Location]:
    out = []
    for i in range(300):
        c = COUNTRIES[i % len(COUNTRIES)]
        prec = "city" if i % 10 else "admin1"
        out.append(Location(f"Place{i}", c, None, rng.uniform(-60, 60), rng.uniform(-150, 150), prec, f"Place{i}",
                            100000 + i))
    return out


def incident(rng: random.Random, where: list[Location], day: date) -> dict:
    etype = rng.choice(EVENT_TYPES)
    night = family(etype) == "attack" and rng.random() < 0.5
    loc = rng.choice(where)
    return {"type": etype, "day": day, "night": night, "loc": loc, "killed": rng.randrange(0, 20),
            "side": rng.choice(COUNTRIES)}


def telling(inc: dict, art: str, rng: random.Random, n: int) -> Event:
    d: date = inc["day"]
    window = DateWindow((d - timedelta(days=1)).isoformat(), d.isoformat(), "night", "overnight") if inc["night"] \
        else DateWindow(d.isoformat(), d.isoformat(), "day", "on Tuesday")
    text = f"Report {art} sentence {n}."
    ev = Event(type=inc["type"], status="occurred", date=window, location=inc["loc"], articles=[art],
               actors=[Actor("initiator", inc["side"], inc["side"], "state")],
               evidence=[Span(art, 0, len(text), text)], confidence=0.6)
    ev.claims.append(Claim(Claimant(f"official {rng.randrange(50)}", "government", None), "said", None, "asserts",
                           art, 0, len(text), text))
    ev.quantities.append(Quantity("person", "killed", max(0, inc["killed"] + rng.randrange(-2, 3)), "exact",
                                  "two", 0))
    ev.assign_id()
    return ev


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--slice", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    where = places(rng)
    start = date(2023, 1, 1)
    per_day = max(1, args.records // 2 // (3 * 365))
    recent: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with open_store(db) as store:
            done, n_article, t_slice, c_slice = 0, 0, time.perf_counter(), time.process_time()
            touched: list[int] = []
            print(f"{'records':>9} {'events':>8} {'ms/record':>10} {'cpu ms/rec':>10} {'block size':>10}")
            reports_in_slice = 0
            while done < args.records:
                n_article += 1
                art = Article(text=f"synthetic report {n_article}", published=start, id=f"a_{n_article:07d}")
                today = start + timedelta(days=n_article // per_day)
                told = []
                for k in range(rng.choice((1, 2, 3))):
                    if not recent or rng.random() < 0.5:
                        recent.append(incident(rng, where, today - timedelta(days=rng.choice((0, 0, 1)))))
                        recent = recent[-4 * per_day:]
                    told.append(telling(rng.choice(recent), art.id, rng, k))
                store.add_article(art, told)
                if n_article % 97 == 0:  # a sample of the blocks this report touched, and their size
                    blk = block_key(told[0])
                    touched.append(store.db.execute(  # type: ignore[attr-defined]
                        "SELECT count(*) FROM records WHERE block = ?", (blk,)).fetchone()[0])
                done += len(told)
                reports_in_slice += 1
                if done // args.slice != (done - len(told)) // args.slice:
                    took, cpu = time.perf_counter() - t_slice, time.process_time() - c_slice
                    size = sum(touched) / max(1, len(touched))
                    print(f"{done:>9} {store.count_events():>8} {1000 * took / args.slice:>10.3f} "
                          f"{1000 * cpu / args.slice:>10.3f} {size:>10.1f}", flush=True)
                    t_slice, c_slice, reports_in_slice, touched = time.perf_counter(), time.process_time(), 0, []
            print(f"{store.count_articles()} reports, {done} records, {store.count_events()} events; "
                  f"store {db.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
