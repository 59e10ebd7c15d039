"""The dashboard at 100,000 events (issue 18): the first page ready, and a filter change, on loopback.

Run:  .venv/bin/python benchmarks/bench_dashboard.py [--events 100000] [--changes 200]
      [--db /tmp/sitrep-bench-dashboard.db] [--browser | --only-browser]

1. A store of synthetic events is made once (kept at --db, reused by later runs): reports over three
   years, ten records each, of every type, at 1,500 towns, 60 regions and 12 countries (so the map has
   region- and country-level places), with sides, killed and injured counts and claims, stored with
   ``Store.add_article`` (merged as usual) until the store holds --events events.
2. ``sitrep serve`` runs over it on a free loopback port, in its own process; the time it takes to
   answer at all (the index is built before the first request) is printed apart.
3. First page: what the browser fetches for the overview: the page, then its styles, scripts and
   outlines and the three API calls (stats, the first table page, the map) six at a time, as a browser
   does; timed from the first request to the last byte. Five runs; the slowest is the figure.
4. A filter change: the three API calls the dashboard makes when the filters change (at once, as it
   does), for --changes filters drawn at random from every filter of the set; p50/p95/max.
5. With --browser: Chromium (Playwright) loads the dashboard until it says it is ready, five times, then
   changes the filter 100 times; with the p50/p95 of each stage app.js measures (fetch, map, timeline,
   ...), of the harness alone (a round trip with nothing to draw) and until the next frame is painted.
   --only-browser skips 3 and 4.

The figures are recorded in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx

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

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
COUNTRIES = ["UKR", "RUS", "SDN", "MMR", "ISR", "PSE", "LBN", "YEM", "COD", "MLI", "SYR", "SRB"]
START = date(2023, 1, 1)
DAYS = 3 * 365
STATIC = ["/static/style.css", "/static/vendor/leaflet/leaflet.css", "/static/vendor/markercluster/MarkerCluster.css",
          "/static/vendor/leaflet/leaflet.js", "/static/vendor/markercluster/leaflet.markercluster.js",
          "/static/app.js", "/static/countries.json"]
FIRST_API = ["/api/stats?daily=family%2Cside", "/api/events?limit=25&offset=0&order=newest", "/api/map?measure=killed&most=1000"]


def _places(rng: random.Random) -> list[Location]:
    towns = [Location(f"Town{i}", COUNTRIES[i % 12], f"X{chr(65 + i % 12)}-{i % 5}", round(rng.uniform(5, 60), 3),
                      round(rng.uniform(-15, 60), 3), "city", f"Town{i}") for i in range(1500)]
    regions = [Location(f"Region{i}", COUNTRIES[i % 12], f"X{chr(65 + i % 12)}-{i % 5}", round(rng.uniform(5, 60), 2),
                        round(rng.uniform(-15, 60), 2), "admin1", f"Region{i}") for i in range(60)]
    countries = [Location(c, c, None, round(rng.uniform(5, 60), 2), round(rng.uniform(-15, 60), 2), "country", c)
                 for c in COUNTRIES]
    return towns * 20 + regions * 3 + countries  # mostly towns, as in reports


def _event(rng: random.Random, art: Article, text: str, s: str, day: date, places: list[Location]) -> Event:
    etype = rng.choice(EVENT_TYPES)
    side = rng.choice(COUNTRIES)
    when = (DateWindow((day - timedelta(days=1)).isoformat(), day.isoformat(), "night", "overnight")
            if family(etype) == "attack" and rng.random() < 0.5 else DateWindow(day.isoformat(), day.isoformat(), "day", "on Tuesday"))
    start = text.index(s)
    claimant = Claimant(f"official {rng.randrange(60)} of {side}", "government", side)
    qs = ([Quantity("person", "killed", rng.randrange(0, 40), "exact", "n", 0),
           Quantity("person", "injured", rng.randrange(0, 90), "exact", "m", 0)]
          if family(etype) == "attack" else [])
    ev = Event(type=etype, status=rng.choice(["occurred"] * 8 + ["planned", "agreed"]), date=when,
               location=rng.choice(places), actors=[Actor("initiator", f"forces of {side}", side, "military", None)],
               quantities=qs, claims=[Claim(claimant, "said", None, "asserts", art.id, start, start + len(s), s)],
               evidence=[Span(art.id, start, start + len(s), s)], articles=[art.id], confidence=0.7)
    ev.assign_id()
    return ev


def make_store(path: Path, target: int, seed: int = 18) -> int:
    rng = random.Random(seed)
    places = _places(rng)
    with open_store(path) as st:
        n, k = st.count_events(), st.count_articles()
        t0 = time.perf_counter()
        while n < target:
            day = START + timedelta(days=rng.randrange(DAYS))
            sentences = [f"Dispatch {k} line {j}: something happened somewhere." for j in range(10)]
            text = " ".join(sentences)
            art = Article(text=text, published=day, title=f"Dispatch {k}", outlet=f"Outlet {k % 40}")
            st.add_article(art, [_event(rng, art, text, s, day, places) for s in sentences])
            k += 1
            if k % 1000 == 0:
                n = st.count_events()
                print(f"  {n} events from {k} reports, {time.perf_counter() - t0:.0f} s", flush=True)
        return st.count_events()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fetch_all(client: httpx.Client, paths: list[str], pool: ThreadPoolExecutor) -> None:
    for r in pool.map(client.get, paths):
        if r.status_code != 200:
            raise SystemExit(f"{r.request.url}: {r.status_code} {r.text[:200]}")


def first_page(client: httpx.Client, pool: ThreadPoolExecutor) -> float:
    t0 = time.perf_counter()
    assert client.get("/").status_code == 200
    _fetch_all(client, STATIC + FIRST_API, pool)
    return time.perf_counter() - t0


def random_filter(rng: random.Random) -> dict[str, str]:
    """One to three filters of the set, drawn at random."""
    a = START + timedelta(days=rng.randrange(DAYS))
    choices = {
        "type": lambda: rng.choice([*EVENT_TYPES, "attack", "diplomacy", "protest"]),
        "status": lambda: rng.choice(["occurred", "planned", "agreed"]),
        "country": lambda: rng.choice([*COUNTRIES, "Ukraine", "Sudan", "Syria"]),
        "admin1": lambda: f"X{chr(65 + rng.randrange(12))}-{rng.randrange(5)}",
        "actor": lambda: rng.choice(["forces of", "ukr", "of rus", "sdn"]),
        "claimant": lambda: f"official {rng.randrange(60)}",
        "since": lambda: a.isoformat(),
        "until": lambda: (a + timedelta(days=rng.choice([1, 7, 30, 90, 365]))).isoformat(),
    }
    return {name: choices[name]() for name in rng.sample(sorted(choices), rng.randint(1, 3))}


def filter_change(client: httpx.Client, pool: ThreadPoolExecutor, f: dict[str, str]) -> float:
    q = urlencode(f)
    paths = [f"/api/stats?{q}&daily=family%2Cside", f"/api/events?{q}&limit=25&offset=0&order=newest",
             f"/api/map?{q}&measure=killed&most=1000"]
    t0 = time.perf_counter()
    _fetch_all(client, paths, pool)
    return time.perf_counter() - t0


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000


# resolves once the frame after the redraw is painted (rAF runs just before the frame, the timeout after it)
PAINTED = "new Promise(done => requestAnimationFrame(() => setTimeout(done)))"
STAGES = "performance.getEntriesByType('measure').filter(e => e.name.startsWith('sitrep:'))" \
         ".map(e => [e.name.slice(7), e.duration])"


def browser_ready(base: str, runs: int = 5, changes: int = 100) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Chromium: seconds until the dashboard is ready, from a new tab (``runs`` times); and from a filter
    change (the hash set, as the form does) until it is drawn again (``changes`` times), with the
    seconds of each stage of the redraw that app.js measures (fetch, timeline, map, ...) and until
    the frame after it is painted ("painted")."""
    from playwright.sync_api import sync_playwright

    loads, redraws = [], []
    stages: dict[str, list[float]] = {}
    rng = random.Random(9)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"])
        for _ in range(runs):
            page = b.new_page(viewport={"width": 1280, "height": 1000})
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='overview']", timeout=60000)
            loads.append(time.perf_counter() - t0)
            for name, ms in page.evaluate(STAGES):
                stages.setdefault(f"new tab {name}", []).append(ms / 1000)
        for _ in range(changes // 2):  # the harness alone: the same round trips with nothing to draw
            t0 = time.perf_counter()
            page.evaluate("document.body.dataset.ready = ''; setTimeout(() => { document.body.dataset.ready = 'overview'; })")
            page.wait_for_selector("body[data-ready='overview']", timeout=60000)
            stages.setdefault("harness", []).append(time.perf_counter() - t0)
        for _ in range(changes):
            page.evaluate("performance.clearMeasures()")
            t0 = time.perf_counter()
            page.evaluate(f"document.body.dataset.ready = ''; location.hash = '#/?' + {urlencode(random_filter(rng))!r}")
            page.wait_for_selector("body[data-ready='overview']", timeout=60000)
            redraws.append(time.perf_counter() - t0)
            page.evaluate(PAINTED)
            stages.setdefault("painted", []).append(time.perf_counter() - t0)
            for name, ms in page.evaluate(STAGES):
                stages.setdefault(name, []).append(ms / 1000)
        b.close()
    return loads, redraws, stages


def http_figures(client: httpx.Client, pool: ThreadPoolExecutor, n_changes: int) -> None:
    firsts = [first_page(client, pool) for _ in range(5)]
    print("first page (page, 7 static files, 3 API calls): " + ", ".join(f"{t * 1000:.0f}" for t in firsts)
          + f" ms; slowest {max(firsts) * 1000:.0f} ms")
    rng = random.Random(5)
    changes = [filter_change(client, pool, random_filter(rng)) for _ in range(n_changes)]
    print(f"filter change ({n_changes} random filters, 3 API calls at once): p50 {_pct(changes, 50):.0f} ms, "
          f"p95 {_pct(changes, 95):.0f} ms, max {max(changes) * 1000:.0f} ms")
    every = filter_change(client, pool, {"since": "2023-01-01"})
    print(f"filter change over every event (the map grouped): {every * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--changes", type=int, default=200)
    ap.add_argument("--db", type=Path, default=Path("/tmp/sitrep-bench-dashboard.db"))
    ap.add_argument("--browser", action="store_true", help="also time Chromium until the dashboard is ready")
    ap.add_argument("--only-browser", action="store_true", help="time Chromium only (skip the HTTP figures)")
    args = ap.parse_args()
    print(f"store: {make_store(args.db, args.events):,} events at {args.db}")
    port = _port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "sitrep.cli", "serve", "--db", str(args.db), "--port", str(port)],
                              env=ENV, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=base, timeout=120) as client, ThreadPoolExecutor(6) as pool:
            while True:
                try:
                    client.get("/api/health")
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            print(f"server answering after {time.perf_counter() - t0:.1f} s (index built before the first request)")
            if not args.only_browser:
                http_figures(client, pool, args.changes)
        if args.browser or args.only_browser:
            loads, redraws, stages = browser_ready(base)
            print("Chromium, a new tab until the dashboard is ready: " + ", ".join(f"{t * 1000:.0f}" for t in loads)
                  + " ms")
            print(f"Chromium, a filter change until drawn again ({len(redraws)}): p50 {_pct(redraws, 50):.0f} ms, "
                  f"p95 {_pct(redraws, 95):.0f} ms, max {max(redraws) * 1000:.0f} ms")
            print("  its stages (p50 / p95 ms): " + ", ".join(f"{name} {_pct(v, 50):.0f} / {_pct(v, 95):.0f}"
                                                           for name, v in stages.items()))
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
