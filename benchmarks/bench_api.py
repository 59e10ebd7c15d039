"""API latency at 100,000 events: /api/events and /api/stats under a loopback load generator.

Run:  .venv/bin/python benchmarks/bench_api.py [--events 100000] [--requests 2000] [--concurrency 4]
      [--db /tmp/sitrep-bench-api.db] [--screenshot /tmp/sitrep-bench-api.png]

1. A store of synthetic events is made once (kept at --db and reused by later runs): reports over three
   years, ten records each, of every type in 300 places of 12 countries, with sides, counts and claims,
   stored with ``Store.add_article`` (so merged as usual) until the store holds --events events.
2. ``sitrep serve`` runs on a free loopback port in its own process (one uvicorn worker, as shipped).
3. A lean asyncio HTTP/1.1 client (kept-alive connections) keeps --concurrency requests in flight, each with filters drawn at random
   (type or family, country, date windows, deep offsets, both orders; stats with and without filters),
   and times each request from send to last byte. /api/stats keeps its answers until the store changes,
   so repeated filter sets are cheap; a run where every request is new and covers all events shows the
   cost without that. Text searches are timed apart (they scan the evidence and are not in the target).

It prints p50/p95/p99 per endpoint; the figures are recorded in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import urlopen

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
START = date(2023, 1, 1)
DAYS = 3 * 365


def make_store(path: Path, target: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    places = [Location(f"Place{i}", COUNTRIES[i % 12], None, round(rng.uniform(5, 60), 3),
                       round(rng.uniform(-15, 60), 3), "city", f"Place{i}", 200000 + i) for i in range(300)]
    with open_store(path) as st:
        n = st.count_events()
        k = st.count_articles()
        t0 = time.perf_counter()
        while n < target:
            day = START + timedelta(days=rng.randrange(DAYS))
            sentences = [f"Report {k} sentence {j}: something happened in a place." for j in range(10)]
            text = " ".join(sentences)
            art = Article(text=text, published=day, title=f"Report {k}", outlet=f"Outlet {k % 40}")
            events = []
            for s in sentences:
                etype = rng.choice(EVENT_TYPES)
                side = rng.choice(COUNTRIES)
                night = family(etype) == "attack" and rng.random() < 0.5
                when = (DateWindow((day - timedelta(days=1)).isoformat(), day.isoformat(), "night", "overnight")
                        if night else DateWindow(day.isoformat(), day.isoformat(), "day", "on Tuesday"))
                start = text.index(s)
                claimant = Claimant(f"official {rng.randrange(60)}", "government", side)
                qs = ([Quantity("drone", "launched", rng.randrange(1, 150), "exact", "n", 0),
                       Quantity("drone", "intercepted", rng.randrange(0, 100), "exact", "m", 0)]
                      if family(etype) == "attack" else [])
                ev = Event(type=etype, status="occurred", date=when, location=rng.choice(places),
                           actors=[Actor("initiator", side, side, "state", None)], quantities=qs,
                           claims=[Claim(claimant, "said", None, "asserts", art.id, start, start + len(s), s)],
                           evidence=[Span(art.id, start, start + len(s), s)], articles=[art.id], confidence=0.7)
                ev.assign_id()
                events.append(ev)
            st.add_article(art, events)
            k += 1
            if k % 1000 == 0:
                n = st.count_events()
                print(f"  {n} events from {k} reports, {time.perf_counter() - t0:.0f} s", flush=True)
        return st.count_events()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def random_window(rng: random.Random) -> tuple[str, str]:
    a = START + timedelta(days=rng.randrange(DAYS))
    return a.isoformat(), (a + timedelta(days=rng.choice([1, 7, 30, 90, 365]))).isoformat()


def events_params(rng: random.Random, total: int) -> dict[str, str]:
    p: dict[str, str] = {"limit": str(rng.choice([25, 50, 100]))}
    r = rng.random()
    if r < 0.25:
        p["type"] = rng.choice([*EVENT_TYPES, "attack", "diplomacy", "protest"])
    elif r < 0.45:
        p["country"] = rng.choice(COUNTRIES)
    elif r < 0.65:
        p["since"], p["until"] = random_window(rng)
    elif r < 0.8:
        p["country"] = rng.choice(COUNTRIES)
        p["type"] = "attack"
        p["since"] = random_window(rng)[0]
    if rng.random() < 0.5:
        p["order"] = "newest"
    if rng.random() < 0.3:
        p["offset"] = str(rng.randrange(0, max(total // 2, 1)))
    return p


def stats_params(rng: random.Random) -> dict[str, str]:
    r = rng.random()
    if r < 0.2:
        return {}
    if r < 0.4:
        return {"type": rng.choice(["attack", "diplomacy", "attack.drone"])}
    if r < 0.6:
        return {"country": rng.choice(COUNTRIES)}
    since, until = random_window(rng)
    return {"since": since, "until": until, **({"country": rng.choice(COUNTRIES)} if rng.random() < 0.5 else {})}


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str) -> tuple[int, bytes]:
    """One HTTP/1.1 GET on a kept-alive connection: a lean client, so that the timing is the server's."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    else:  # chunked
        body = b""
        while True:
            size = int((await reader.readline()).strip(), 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    return status, body


async def load(base: str, path: str, params: list[dict[str, str]], concurrency: int) -> list[float]:
    """Send every request, ``concurrency`` at a time (one kept-alive connection each); gives the times in ms."""
    host, port = base.removeprefix("http://").split(":")
    times: list[float] = []
    queue = [f"{path}?{urlencode(p)}" if p else path for p in params]

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while queue:
                target = queue.pop()
                t = time.perf_counter()
                status, body = await _get(reader, writer, target)
                times.append((time.perf_counter() - t) * 1000)
                if status != 200:
                    raise RuntimeError(f"{target}: {status} {body[:200]!r}")
        finally:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return times


def summary(name: str, times: list[float], wall: float) -> str:
    q = statistics.quantiles(times, n=100)
    return (f"{name:<28} n={len(times):<5} p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms  p99 {q[98]:6.1f} ms  "
            f"max {max(times):6.1f} ms  {len(times) / wall:6.0f} req/s")


def screenshot(base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = b.new_page(viewport={"width": 1400, "height": 1000})
        t = time.perf_counter()
        page.goto(base + "/")
        page.wait_for_selector("body[data-ready='overview']", timeout=60000)
        print(f"dashboard drawn in {time.perf_counter() - t:.2f} s (1,000 map points, the whole timeline)")
        page.screenshot(path=str(out), full_page=True)
        b.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=2000, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--db", type=Path, default=Path("/tmp/sitrep-bench-api.db"))
    ap.add_argument("--screenshot", type=Path, default=None, help="save a screenshot of the dashboard here")
    args = ap.parse_args()

    t = time.perf_counter()
    total = make_store(args.db, args.events)
    print(f"store: {total} events at {args.db} ({time.perf_counter() - t:.0f} s to make or open)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    sitrep = Path(sys.executable).parent / "sitrep"
    server = subprocess.Popen([str(sitrep), "serve", "--db", str(args.db), "--port", str(port)],
                              env={**os.environ, "SITREP_TOKEN": ""})
    try:
        t = time.perf_counter()
        while True:
            try:
                with urlopen(base + "/api/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.perf_counter() - t > 120:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        print(f"server up in {time.perf_counter() - t:.1f} s (index of {total} events built at start)")
        rng = random.Random(11)
        asyncio.run(load(base, "/api/events", [{}] * 50, 2))  # warm up
        runs = [
            ("/api/events", [events_params(rng, total) for _ in range(args.requests)]),
            ("/api/stats", [stats_params(rng) for _ in range(args.requests)]),
            # worst case: every request a new filter set (no answer to reuse) covering all events
            ("/api/stats (uncached, all events)", [{"since": (START - timedelta(days=k + 1)).isoformat()}
                                                  for k in range(args.requests // 4)]),
            ("/api/events?format=geojson", [{**events_params(rng, total), "format": "geojson"}
                                            for _ in range(args.requests // 4)]),
            ("/api/events (text search)", [{"text": f"report {rng.randrange(10000)} sentence", "limit": "50"}
                                          for _ in range(50)]),
        ]
        print(f"concurrency {args.concurrency}, one server process, client on the same machine")
        for name, params in runs:
            path = name.split(" ")[0].split("?")[0]
            t = time.perf_counter()
            times = asyncio.run(load(base, path, params, args.concurrency))
            print(summary(name, times, time.perf_counter() - t), flush=True)
        if args.screenshot:
            screenshot(base, args.screenshot)
            print(f"screenshot: {args.screenshot}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
