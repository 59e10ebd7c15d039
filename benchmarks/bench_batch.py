"""Batch extraction: a 10,000-report batch on Dask killed midway and resumed, and scaling.

Run:  .venv/bin/python benchmarks/bench_batch.py resume  [--count 10000] [--workers 2]
      .venv/bin/python benchmarks/bench_batch.py scaling [--count 600]

``resume`` generates ``count`` reports from examples/ (``sitrep.batch.generate``), extracts
them once in a single process (the reference), then runs ``sitrep batch --engine dask`` on a
local cluster, kills it (SIGKILL to the whole process group) once half of the shards are
written, runs it again, and checks that the records are exactly the reference's. It prints
the times, the shards done before and after the kill, and each worker's peak memory.

``scaling`` runs the local engine with 1 and then 2 workers on the same reports and prints
reports per second for each. Recorded figures: benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sitrep.batch.engine import run_batch
from sitrep.batch.generate import generate
from sitrep.batch.shards import is_done, read_shards

ROOT = Path(__file__).resolve().parent.parent


def records(out: Path) -> dict[str, list[str]]:
    return {a.id: sorted(e.to_json() for e in evs) for a, evs in read_shards(out)}


def resume(count: int, workers: int, shard_size: int, tmp: Path) -> None:
    corpus = tmp / "corpus"
    generate(ROOT / "examples", count, corpus)
    t0 = time.perf_counter()
    ref = run_batch([corpus], tmp / "ref", engine="local", workers=1, shard_size=shard_size)
    t_ref = time.perf_counter() - t0
    print(f"single process: {ref.articles} reports, {ref.records} records, {ref.shards} shards, "
          f"{t_ref:.0f} s ({ref.articles / t_ref:.1f} reports/s)", flush=True)
    out = tmp / "dask"
    cmd = [sys.executable, "-m", "sitrep.cli", "batch", str(corpus), "--out", str(out), "--engine", "dask",
           "--workers", str(workers), "--shard-size", str(shard_size)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while proc.poll() is None and sum(is_done(out, n) for n in range(ref.shards)) < ref.shards // 2:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    t_first = time.perf_counter() - t0
    done_before = sum(is_done(out, n) for n in range(ref.shards))
    print(f"dask, killed after {t_first:.0f} s with {done_before}/{ref.shards} shards written", flush=True)
    t0 = time.perf_counter()
    finished = subprocess.run(cmd, capture_output=True, text=True)
    t_second = time.perf_counter() - t0
    print(f"dask, resumed: exit {finished.returncode}, {t_second:.0f} s; {finished.stderr.strip().splitlines()[-1]}")
    same = records(out) == records(tmp / "ref")
    print(f"records identical to the single-process run: {same}")


def scaling(count: int, shard_size: int, tmp: Path) -> None:
    corpus = tmp / "corpus"
    generate(ROOT / "examples", count, corpus)
    for workers in (1, 2):
        t0 = time.perf_counter()
        rep = run_batch([corpus], tmp / f"w{workers}", engine="local", workers=workers, shard_size=shard_size)
        took = time.perf_counter() - t0
        peaks = ", ".join(f"{w['peak_mb']:.0f} MB" for w in rep.workers.values())
        print(f"{workers} worker(s): {rep.articles} reports in {took:.1f} s = {rep.articles / took:.1f} reports/s "
              f"(model load included); peak memory per worker: {peaks}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["resume", "scaling"])
    ap.add_argument("--count", type=int)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard-size", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.mode == "resume":
            resume(args.count or 10_000, args.workers, args.shard_size, Path(tmp))
        else:
            scaling(args.count or 600, args.shard_size // 4 or 25, Path(tmp))


if __name__ == "__main__":
    main()
