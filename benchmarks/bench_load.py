"""Load test of ``sitrep serve`` on loopback while an ingest runs (issue 19).

Run:  .venv/bin/python benchmarks/bench_load.py [--requests 20000] [--in-flight 16] [--ingest 300]

1. A fresh store gets the bundled examples (so the API has events from the start).
2. ``sitrep serve`` starts on a free loopback port over it (its own process), and ``sitrep ingest``
   of ``--ingest`` synthetic reports (``sitrep.batch.generate``) into the same store starts beside it.
3. ``--in-flight`` clients send ``--requests`` requests in all, a mix of endpoints: pages of
   /api/events (filters, orders, csv and geojson), one event by an id a page listed moments before,
   /api/stats, /api/health, /api/articles/{id}, the page and its script.
4. It prints the answers by status, the 5xx, the 404s for event ids the API had listed (and how many of
   those ids a later page no longer lists: ids that changed when records merged, issue 17), the
   latency p50/p95/p99/max, and whether the ingest had finished when the requests ended.

Recorded figures: see benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
SITREP = [sys.executable, "-m", "sitrep.cli"]
FAMILIES = ["attack", "protest", "arrest", "diplomacy", "humanitarian", "statement"]


@dataclass
class Tally:
    status: Counter[int] = field(default_factory=Counter)
    latency: list[float] = field(default_factory=list)
    listed: list[str] = field(default_factory=list)  # event ids pages listed
    articles: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # listed ids that then gave 404
    errors: list[str] = field(default_factory=list)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _request(rng: random.Random, t: Tally) -> tuple[str, str | None]:
    """(path, the listed event id it asks for, if it does)."""
    roll = rng.random()
    if roll < 0.30 and t.listed:
        eid = rng.choice(t.listed[-200:])
        return f"/api/events/{eid}", eid
    if roll < 0.60:
        params = [f"limit={rng.choice([10, 50, 100])}", f"offset={rng.choice([0, 0, 20, 100])}"]
        if rng.random() < 0.4:
            params.append(f"type={rng.choice(FAMILIES)}")
        if rng.random() < 0.2:
            params.append(f"order={rng.choice(['oldest', 'newest'])}")
        if rng.random() < 0.1:
            params.append(f"format={rng.choice(['csv', 'geojson'])}")
        return "/api/events?" + "&".join(params), None
    if roll < 0.75:
        return rng.choice(["/api/stats", "/api/stats?daily=type", f"/api/stats?type={rng.choice(FAMILIES)}"]), None
    if roll < 0.85:
        return "/api/health", None
    if roll < 0.95 and t.articles:
        return f"/api/articles/{rng.choice(t.articles)}", None
    return rng.choice(["/", "/static/app.js"]), None


def _note(path: str, r: httpx.Response, eid: str | None, t: Tally) -> None:
    if path.startswith("/api/events?") and r.status_code == 200 and "format=" not in path:
        events = r.json()["events"]
        t.listed.extend(e["id"] for e in events)
        t.articles.extend(a for e in events[:3] for a in e["articles"])
        del t.listed[:-2000], t.articles[:-500]
    if eid is not None and r.status_code == 404:
        t.missing.append(eid)


async def _client(base: str, n: int, seed: int, t: Tally) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        for _ in range(n):
            path, eid = _request(rng, t)
            t0 = time.perf_counter()
            try:
                r = await client.get(path)
            except httpx.HTTPError as err:
                t.errors.append(f"{path}: {type(err).__name__}")
                continue
            t.latency.append(time.perf_counter() - t0)
            t.status[r.status_code] += 1
            _note(path, r, eid, t)


async def _load(base: str, total: int, in_flight: int, t: Tally) -> None:
    each = [total // in_flight + (1 if k < total % in_flight else 0) for k in range(in_flight)]
    await asyncio.gather(*(_client(base, n, k, t) for k, n in enumerate(each)))


def _wait_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("sitrep serve stopped before answering")
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("sitrep serve did not answer in 120 s")


def _still_listed(base: str, ids: list[str]) -> int:
    """How many of ``ids`` the API lists now (a whole listing, page by page)."""
    now: set[str] = set()
    offset = 0
    while True:
        page = httpx.get(f"{base}/api/events", params={"limit": 1000, "offset": offset}, timeout=60).json()
        now |= {e["id"] for e in page["events"]}
        offset += 1000
        if offset >= page["total"]:
            return sum(1 for i in ids if i in now)


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000 if s else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--in-flight", type=int, default=16)
    ap.add_argument("--ingest", type=int, default=300, help="synthetic reports ingested during the load")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitrep-load-"))
    db = work / "load.db"
    subprocess.run([*SITREP, "ingest", str(ROOT / "examples"), "--db", str(db), "--create"], env=ENV, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "sitrep.batch.generate", "--count", str(args.ingest), "--out",
                    str(work / "reports")], env=ENV, check=True, stdout=subprocess.DEVNULL)
    port = _port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*SITREP, "serve", "--db", str(db), "--port", str(port)], env=ENV)
    try:
        _wait_up(base, server)
        ingest = subprocess.Popen([*SITREP, "ingest", str(work / "reports"), "--db", str(db)], env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t = Tally()
        t0 = time.perf_counter()
        asyncio.run(_load(base, args.requests, args.in_flight, t))
        elapsed = time.perf_counter() - t0
        ingest_done = ingest.poll() is not None
        ingest.wait()
        still = _still_listed(base, sorted(set(t.missing)))
    finally:
        server.terminate()
        server.wait(30)
    answered = sum(t.status.values())
    fivexx = sum(n for s, n in t.status.items() if s >= 500)
    print(f"{answered:,} answers in {elapsed:.1f} s ({answered / elapsed:.0f}/s), {args.in_flight} in flight; "
          f"ingest of {args.ingest} reports {'finished' if ingest_done else 'still running'} when the load ended "
          f"(exit {ingest.returncode})")
    print("by status:", dict(sorted(t.status.items())), "transport errors:", len(t.errors))
    print(f"5xx: {fivexx}; 404 for listed event ids: {len(t.missing)} ({len(set(t.missing))} ids, "
          f"{still} of them listed again afterwards)")
    print(f"latency ms: p50 {_pct(t.latency, 50):.1f}  p95 {_pct(t.latency, 95):.1f}  "
          f"p99 {_pct(t.latency, 99):.1f}  max {max(t.latency) * 1000:.1f}")


if __name__ == "__main__":
    main()
