"""The dashboard in a real headless Chromium (Debian's chromium package, driven by Playwright; no browser is
downloaded): the timeline, the map and the table show what the API returns for the fixture store, and
the event page shows the evidence with its spans marked and the claims side by side.

Skipped, saying why, when /usr/bin/chromium or the playwright package is absent.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    requested: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    pg.requested = requested
    yield pg
    context.close()
    assert all(u.startswith((live_server, "data:")) for u in requested), requested  # nothing from elsewhere


def api(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path) as r:
        return json.load(r)


def ready(page: Any, what: str) -> None:
    page.wait_for_selector(f"body[data-ready='{what}']", timeout=20000)


def test_overview_shows_what_the_api_returns(page: Any, live_server: str, tmp_path: Path) -> None:
    page.goto(live_server + "/")
    ready(page, "overview")
    stats = api(live_server, "/api/stats")
    # timeline: each bar is one family on one day, with the count the API gives
    bars = page.eval_on_selector_all(
        "#timeline rect.bar", "rs => rs.map(r => [r.dataset.day, r.dataset.key, +r.dataset.count])")
    daily = stats["daily"]
    expected = sorted((d, fam, col[k]) for fam, col in daily["family"].items()
                      for k, d in enumerate(daily["date"]) if col[k])
    assert sorted(map(tuple, bars)) == expected
    page.select_option("#timeline-by", "side")  # the same days by side
    by_side = page.eval_on_selector_all(
        "#timeline rect.bar", "rs => rs.map(r => [r.dataset.day, r.dataset.key, +r.dataset.count])")
    assert sorted(map(tuple, by_side)) == sorted((d, side, col[k]) for side, col in daily["side"].items()
                                                 for k, d in enumerate(daily["date"]) if col[k])
    page.select_option("#timeline-by", "family")
    assert f"{stats['total']} events" in page.inner_text("#summary")
    # map: one circle per placed event, coloured by family
    geo = api(live_server, "/api/events?format=geojson&limit=1000&order=newest")
    dots = page.eval_on_selector_all("#map circle.event-dot", "cs => cs.map(c => [c.dataset.id, c.dataset.family])")
    assert sorted(map(tuple, dots)) == sorted((f["id"], f["properties"]["type"].split(".")[0]) for f in geo["features"]
                                  if f["geometry"])
    assert page.locator("#map path.country").count() > 170
    sizes = dict(page.eval_on_selector_all("#map circle.event-dot", "cs => cs.map(c => [c.dataset.id, +c.getAttribute('r')])"))
    kyiv = next(f["id"] for f in geo["features"] if f["properties"]["location"] and
                f["properties"]["location"]["name"] == "Kyiv")
    assert sizes[kyiv] == max(sizes.values())  # 120 drones: the largest count, the largest circle
    # table: the newest page, in order
    first = api(live_server, "/api/events?limit=25&order=newest")
    rows = page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.id)")
    assert rows == [e["id"] for e in first["events"]]
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_filters_and_the_event_page(page: Any, live_server: str, tmp_path: Path) -> None:
    page.goto(live_server + "/")
    ready(page, "overview")
    page.select_option("#f-type", "attack")
    page.fill("#f-country", "ukr")
    page.click("#filters button[type=submit]")
    page.wait_for_function("location.hash.includes('country=UKR')")
    ready(page, "overview")
    expected = api(live_server, "/api/events?type=attack&country=UKR&order=newest")
    assert page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.id)") == \
        [e["id"] for e in expected["events"]]
    assert page.locator("#map circle.event-dot").count() == expected["total"] == 2
    kyiv = next(e for e in expected["events"] if e["location"]["name"] == "Kyiv")
    page.click(f"#events tbody tr[data-id='{kyiv['id']}']")
    ready(page, "event")
    assert page.locator("#event .evidence p").count() == len(kyiv["evidence"])
    marked = page.eval_on_selector_all("#event .evidence mark", "ms => ms.map(m => [m.className, m.textContent])")
    assert ["place", "Kyiv"] in marked and ["count", "120"] in marked and ["count", "110"] in marked
    cards = page.locator("#event .claims .claim[data-claim]")
    assert cards.count() == 2
    names = [cards.nth(k).locator("h4").inner_text() for k in range(2)]
    assert any("Ukraine's air force" in n for n in names) and any("officials in Kyiv" in n for n in names)
    assert "120 drone launched" in cards.nth(0).inner_text() + cards.nth(1).inner_text()
    assert page.locator("#event .records li").count() == 2
    page.screenshot(path=str(tmp_path / "event.png"), full_page=True)
    page.click("text=← back")
    ready(page, "overview")
    assert page.input_value("#f-country") == "UKR"


def test_the_examples_store_is_shown_whole_with_nothing_from_outside(browser: Any, examples_dir: Path,
                                                                     tmp_path: Path) -> None:
    from sitrep.api import ingest_paths
    from tests.web.conftest import serving

    db = tmp_path / "examples.db"
    assert not ingest_paths([examples_dir], db=db).refused
    with serving(db) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        outside: list[str] = []

        def only_here(route: Any) -> None:  # the network is off: anything not from the server fails
            if route.request.url.startswith((base, "data:")):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", only_here)
        page = context.new_page()
        page.goto(base + "/")
        ready(page, "overview")
        stats = api(base, "/api/stats")
        every = api(base, "/api/events?limit=1000&format=geojson")
        assert stats["total"] == every["total"] == len(every["features"]) > 20
        bars = page.eval_on_selector_all("#timeline rect.bar", "rs => rs.reduce((n, r) => n + +r.dataset.count, 0)")
        assert bars == stats["total"] - stats["undated"]
        assert page.locator("#map circle.event-dot").count() == sum(1 for f in every["features"] if f["geometry"])
        assert f"of {stats['total']}" in page.inner_text("#page")
        page.screenshot(path=str(tmp_path / "examples.png"), full_page=True)
        page.click("#map circle.event-dot >> nth=0", force=True)
        ready(page, "event")
        assert page.locator("#event .evidence p").count() >= 1
        context.close()
        assert outside == []
