"""Gazetteer speed: warm load time and resolves per second on one core.

Run:  .venv/bin/python benchmarks/bench_gazetteer.py [--repeat N]

- load (warm): opening the compiled index (already in the user cache) and reading the data
  files, in a fresh process each time, as a command does; the build itself (once per
  machine) is timed separately when the index is missing.
- resolves/s (wall clock, and for the distinct pairs also by CPU time, which other jobs on a
  shared machine do not inflate): ``Gazetteer.resolve`` of every gold toponym phrase of TR-News and LGL
  (../shared/eval/geo) with its article's place names as context, N passes; the first pass
  starts from an empty cache ("cold"), the later ones hit the resolve cache ("warm"); the
  distinct phrase+context pairs alone, from an empty cache, give the rate with no repeats. Without
  ../shared, a built-in list of names is used.

Recorded figures: docs/benchmarks.md and benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT.parent / "shared" / "eval" / "geo"
FALLBACK = ["Kyiv", "Kharkiv region", "the Moscow region", "Pokrovsk", "Odesa", "the Black Sea", "Gaza Strip",
            "North Darfur state", "Paris", "Athens", "Ga.", "Fulton County", "Texas", "Georgia", "Khartoum"]

LOAD = """
import time
t0 = time.perf_counter()
from sitrep.geo.gazetteer import Gazetteer
t1 = time.perf_counter()
g = Gazetteer.load()
g.resolve("Kyiv")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def phrases() -> list[tuple[str, tuple[str, ...]]]:
    """(phrase, context countries) for every gold toponym; context: the countries of the
    article's other toponyms as the gazetteer resolves them without context."""
    from sitrep.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    out: list[tuple[str, tuple[str, ...]]] = []
    for name in ("TR-News.xml", "lgl.xml"):
        path = GEO / name
        if not path.exists():
            continue
        for a in ET.parse(path).getroot().iter("article"):
            names = [t.findtext("phrase") or "" for t in a.iter("toponym")]
            ctx: dict[str, int] = {}
            for n in names:
                p = gaz.resolve(n)
                if p and p.country:
                    ctx[p.country] = ctx.get(p.country, 0) + 1
            countries = tuple(sorted(ctx, key=lambda c: -ctx[c])[:4])
            out += [(n, countries) for n in names]
    return out or [(n, ("UKR",)) for n in FALLBACK]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from sitrep.geo.gazetteer import INDEX_VERSION, cache_dir

    index = cache_dir() / f"gazetteer-v{INDEX_VERSION}.sqlite"
    if not index.exists():
        t0 = time.perf_counter()
        from sitrep.geo.gazetteer import Gazetteer

        Gazetteer.load()
        print(f"build (once per machine): {time.perf_counter() - t0:.1f} s")
    loads = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout.split()
        loads.append((float(out[0]), float(out[1])))
    imp = min(x[0] for x in loads)
    load = min(x[1] for x in loads)
    print(f"index: {index} ({index.stat().st_size / 1e6:.0f} MB)")
    print(f"load (warm, best of {args.repeat}): {load * 1000:.0f} ms (+ {imp * 1000:.0f} ms importing the module)")

    from sitrep.geo.gazetteer import Gazetteer

    items = phrases()
    fresh = Gazetteer(index)  # a new instance: empty caches
    t0 = time.perf_counter()
    for text, ctx in items:
        fresh.resolve(text, context_countries=ctx)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, ctx in items:
            fresh.resolve(text, context_countries=ctx)
    warm = (time.perf_counter() - t0) / args.repeat
    distinct = list(dict.fromkeys(items))
    other = Gazetteer(index)
    t0, c0 = time.perf_counter(), time.process_time()
    for text, ctx in distinct:
        other.resolve(text, context_countries=ctx)
    unique, unique_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"toponyms: {len(items)} ({len(distinct)} distinct phrase+context)")
    print(f"resolve, distinct only (empty cache, no repeats): {len(distinct) / unique:,.0f} toponyms/s")
    # on a machine shared with other jobs the wall clock counts their time too; the CPU time is this core's
    print(f"resolve, distinct only, by CPU time:               {len(distinct) / unique_cpu:,.0f} toponyms/s")
    print(f"resolve, first pass (empty cache): {len(items) / cold:,.0f} toponyms/s")
    print(f"resolve, later passes (cached):    {len(items) / warm:,.0f} toponyms/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
