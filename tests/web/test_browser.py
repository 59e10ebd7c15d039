"""The dashboard in a real headless Chromium (Debian's chromium package, driven by Playwright; no browser is
downloaded, nothing is fetched from elsewhere): the timeline, the map and the table show what the API
returns for the fixture store; the map zooms, pans and clusters and marks region- and country-level
places; every filter, sorting, each download (loaded back with pandas and json), the timeline brush and
the event page work as a user drives them. Each test saves screenshots in its temporary folder.

Skipped, saying why, when /usr/bin/chromium or the playwright package is absent.
"""

from __future__ import annotations

import json
import urllib.parse
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


def until(page: Any, expression: str, timeout: float = 20.0) -> None:
    """Wait until a JavaScript expression holds in the page (evaluated by the driver: the page's CSP
    refuses the eval that ``wait_for_function`` would need)."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout:g} s: {expression}")
        page.wait_for_timeout(50)


def overview(page: Any, base: str, hash_query: str = "") -> None:
    page.goto(base + "/#/" + (f"?{hash_query}" if hash_query else ""))
    ready(page, "overview")


def rows(page: Any) -> list[str]:
    return page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.id)")


def symbols(page: Any) -> list[dict[str, str]]:
    """The map's single symbols (an event each, or a cell of events) as their data attributes."""
    return page.eval_on_selector_all(".ev-icon .sym", "es => es.map(e => ({...e.dataset}))")


def clusters(page: Any) -> list[int]:
    return page.eval_on_selector_all(".ev-cluster span", "es => es.map(e => +e.dataset.events)")


def drawn_events(page: Any) -> int:
    """Events on the map: each single symbol's and each cluster's count."""
    return sum(int(s["events"]) for s in symbols(page)) + sum(clusters(page))


def shot(page: Any, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    assert (tmp_path / f"{name}.png").stat().st_size > 5_000


def test_overview_shows_what_the_api_returns(page: Any, live_server: str, tmp_path: Path) -> None:
    overview(page, live_server)
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
    # map: every placed event is drawn, alone or in a cluster, over the country outlines
    placed = api(live_server, "/api/map")["placed"]
    assert drawn_events(page) == placed == 8
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 170
    # table: the newest page, in order
    first = api(live_server, "/api/events?limit=25&order=newest")
    assert rows(page) == [e["id"] for e in first["events"]]
    shot(page, tmp_path, "dashboard")


def test_the_map_zooms_pans_and_splits_its_clusters(page: Any, live_server: str, tmp_path: Path) -> None:
    overview(page, live_server)
    zoom = float(page.get_attribute("#map", "data-zoom"))
    assert clusters(page)  # at the first view, Kyiv and Odesa (and Belgrade's two) are clustered
    shot(page, tmp_path, "clustered")
    page.click("#map .leaflet-control-zoom-in")
    until(page, f"+document.getElementById('map').dataset.zoom > {zoom}")
    # pan: drag the map; its centre moves west when dragged to the right
    before = page.evaluate("state.map.map.getCenter().lng")
    box = page.locator("#map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y, steps=8)
    page.mouse.up()
    until(page, f"state.map.map.getCenter().lng < {before} - 1")
    # a cluster clicked zooms in until its events stand apart; they keep their count
    total = drawn_events(page)
    page.evaluate("state.map.map.setView([48.5, 30.6], 7, {animate: false})")  # between Kyiv and Odesa
    until(page, "document.querySelectorAll('.sym[data-kind=town]').length >= 2")
    towns = {s["id"] for s in symbols(page) if s["kind"] == "town"}
    kyiv_odesa = {e["id"] for e in api(live_server, "/api/events?country=UKR")["events"]}
    assert kyiv_odesa <= towns
    page.evaluate("state.map.map.setView([45, 25], 3, {animate: false})")
    until(page, "document.querySelectorAll('.ev-cluster').length > 0")
    assert drawn_events(page) == total
    shot(page, tmp_path, "zoomed")


def test_a_cluster_opens_when_clicked(page: Any, live_server: str, tmp_path: Path) -> None:
    overview(page, live_server)
    singles = len(symbols(page))
    for k in range(len(clusters(page))):  # each opens: zoomed in to its events, or spread out when they share a spot
        if k:
            page.reload()
            ready(page, "overview")
        singles = len(symbols(page))
        page.click(f".ev-cluster >> nth={k}")
        until(page, f"document.querySelectorAll('.ev-icon').length > {singles}")
    shot(page, tmp_path, "cluster-opened")


def test_region_and_country_places_have_their_own_symbol(browser: Any, tmp_path: Path) -> None:
    from datetime import date

    from sitrep.records import Article, DateWindow, Event, Location, Quantity, Span
    from sitrep.store import open_store
    from tests.web.conftest import serving
    from tests.web.fixture_store import build_store

    db = build_store(tmp_path / "precision.db")
    text = "Air defences downed 41 drones over Russia overnight, the ministry in Varnholt said."
    art = Article(text=text, published=date(2025, 6, 9), title="Report 9", outlet="Quillmark Wire")
    ev = Event(type="attack.drone", status="occurred", date=DateWindow("2025-06-08", "2025-06-09", "night", "overnight"),
               location=Location("Russia", "RUS", None, 61.5, 105.3, "country", "Russia"), actors=[],
               quantities=[Quantity("drone", "intercepted", 41, text="41")],
               evidence=[Span(art.id, 0, len(text), text)], articles=[art.id])
    ev.assign_id()
    with open_store(db) as store:
        store.add_article(art, [ev])
    with serving(db) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        overview(page, base)
        drawn = {s["id"]: s for s in symbols(page)}
        assert drawn[ev.id]["kind"] == "country" and drawn[ev.id]["precision"] == "country"
        assert page.locator(f".sym-country[data-id='{ev.id}']").count() == 1
        moscow = api(base, "/api/events?admin1=RU-MOS")["events"]
        assert {drawn[e["id"]]["kind"] for e in moscow} == {"region"}
        legend = page.inner_text("#map-legend")
        assert "only the country is known" in legend and "only the region is known" in legend
        page.hover(f".sym[data-id='{ev.id}']")
        page.wait_for_selector(".leaflet-tooltip")
        assert "only the country is known" in page.inner_text(".leaflet-tooltip")
        shot(page, tmp_path, "precision")
        page.click(f".sym[data-id='{ev.id}']")
        ready(page, "event")
        assert "Russia (RUS), country" in page.inner_text("#event .facts")
        context.close()


def test_symbols_are_sized_and_coloured_by_the_chosen_measure(page: Any, live_server: str, tmp_path: Path) -> None:
    overview(page, live_server)
    by_killed = {s["id"]: int(s["value"]) for s in symbols(page)}
    el_fasher = next(e["id"] for e in api(live_server, "/api/events?country=Sudan")["events"] if e["location"])
    assert by_killed[el_fasher] == 12
    width = page.eval_on_selector(f".sym[data-id='{el_fasher}']", "e => e.getBoundingClientRect().width")
    page.select_option("#map-measure", "injured")
    ready(page, "overview")
    page.evaluate("state.map.map.setView([47, 30.6], 6, {animate: false})")
    odesa = next(e["id"] for e in api(live_server, "/api/events?country=UKR")["events"] if e["location"]["name"] == "Odesa")
    page.wait_for_selector(f".sym[data-id='{odesa}']")
    assert int(page.get_attribute(f".sym[data-id='{odesa}']", "data-value")) == 3
    assert "injured" in page.inner_text("#map-legend")
    small = page.eval_on_selector(f".sym[data-id='{odesa}']", "e => e.getBoundingClientRect().width")
    assert small < width  # 3 injured draws smaller than 12 killed
    shot(page, tmp_path, "injured")


FILTER_CASES = [  # (how the form is filled, the API query it must give)
    ({"f-type": "attack"}, {"type": "attack"}),
    ({"f-status": "agreed"}, {"status": "agreed"}),
    ({"f-country": "Ukraine"}, {"country": "Ukraine"}),
    ({"f-admin1": "ru-mos"}, {"admin1": "ru-mos"}),
    ({"f-actor": "russia"}, {"actor": "russia"}),
    ({"f-claimant": "air force"}, {"claimant": "air force"}),
    ({"f-text": "belgrade"}, {"text": "belgrade"}),
    ({"f-since": "2025-06-01", "f-until": "2025-06-10"}, {"since": "2025-06-01", "until": "2025-06-10"}),
    ({"f-type": "attack", "f-country": "RUS"}, {"type": "attack", "country": "RUS"}),
]


@pytest.mark.parametrize(("form", "wanted"), FILTER_CASES)
def test_every_filter(page: Any, live_server: str, tmp_path: Path, form: dict[str, str], wanted: dict[str, str]) -> None:
    overview(page, live_server)
    for field, value in form.items():
        if page.locator(f"#{field}").evaluate("e => e.tagName") == "SELECT":
            page.select_option(f"#{field}", value)
        else:
            page.fill(f"#{field}", value)
    page.click("#filters button[type=submit]")
    until(page, f"location.hash.includes({json.dumps(urllib.parse.urlencode(wanted))})")
    ready(page, "overview")
    q = urllib.parse.urlencode(wanted)
    expected = api(live_server, f"/api/events?{q}&order=newest")
    assert expected["total"] > 0 and rows(page) == [e["id"] for e in expected["events"]]
    assert drawn_events(page) == api(live_server, f"/api/map?{q}")["placed"]
    assert f"{expected['total']} events" in page.inner_text("#summary")
    assert q in page.get_attribute("#dl-csv", "href")
    shot(page, tmp_path, "filtered")


@pytest.mark.parametrize(("field", "value", "named"), [
    ("f-country", "Narnia", "country: 'Narnia'"),
    ("f-admin1", "somewhere", "admin1: 'somewhere'"),
    ("f-since", "2025-06-10", "since: 2025-06-10 is after until"),
])
def test_a_bad_filter_shows_the_error(page: Any, live_server: str, tmp_path: Path, field: str, value: str,
                                      named: str) -> None:
    overview(page, live_server)
    page.fill(f"#{field}", value)
    if field == "f-since":
        page.fill("#f-until", "2025-06-01")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#error:not([hidden])")
    assert named in page.inner_text("#error")
    shot(page, tmp_path, "bad-filter")


@pytest.mark.parametrize(("heading", "first", "second"), [("killed", "-killed", "killed"), ("type", "-type", "type"),
                                                          ("place", "-place", "place"), ("date", "date", "-date")])
def test_sorting_by_a_column(page: Any, live_server: str, tmp_path: Path, heading: str, first: str, second: str) -> None:
    overview(page, live_server)
    for sort in (first, second):
        page.click(f"#events th[data-sort='{heading}'] button")
        ready(page, "overview")
        until(page, f"state.sort === {json.dumps(sort)}")
        ready(page, "overview")
        expected = api(live_server, f"/api/events?sort={sort}&limit=25")
        assert rows(page) == [e["id"] for e in expected["events"]]
        direction = "descending" if sort.startswith("-") else "ascending"
        assert page.get_attribute(f"#events th[data-sort='{heading}']", "aria-sort") == direction
    shot(page, tmp_path, "sorted")


def test_pages_turn(page: Any, live_server: str) -> None:
    overview(page, live_server, "type=attack")
    page.evaluate("PAGE")  # 25 a page: the fixture has fewer, so the buttons are off
    assert page.is_disabled("#next") and page.is_disabled("#prev")
    assert "1–5 of 5" in page.inner_text("#page")


@pytest.mark.parametrize("fmt", ["csv", "geojson", "acled-csv"])
def test_each_download_holds_the_filter(page: Any, live_server: str, tmp_path: Path, fmt: str) -> None:
    import pandas as pd

    overview(page, live_server, "country=Russia")
    expected = [e["id"] for e in api(live_server, "/api/events?country=Russia&limit=1000")["events"]]
    with page.expect_download() as caught:
        page.click(f"#dl-{fmt}")
    path = tmp_path / caught.value.suggested_filename
    caught.value.save_as(path)
    if fmt == "csv":
        assert pd.read_csv(path)["id"].tolist() == expected
    elif fmt == "geojson":
        doc = json.loads(path.read_text())
        assert [f["id"] for f in doc["features"]] == expected
        geojson = pytest.importorskip("geojson")
        assert geojson.loads(path.read_text()).is_valid
        try:
            import geopandas
        except ImportError:
            pass
        else:
            assert len(geopandas.read_file(path)) == len(expected)
    else:
        table = pd.read_csv(path)
        assert 0 < len(table) <= len(expected) and table["country"].nunique() == 1
        assert set(table["event_id_cnty"]) <= set(expected)
    shot(page, tmp_path, f"download-{fmt}")


def test_brushing_the_timeline_sets_the_dates(page: Any, live_server: str, tmp_path: Path) -> None:
    overview(page, live_server)
    box = page.locator("#timeline svg").bounding_box()
    first = page.locator("#timeline rect.bar[data-day='2025-05-21'] >> nth=0").bounding_box()
    third = page.locator("#timeline rect.bar[data-day='2025-06-02'] >> nth=0").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(first["x"] + first["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(third["x"] + third["width"] / 2, y, steps=10)
    shot(page, tmp_path, "brushing")
    page.mouse.up()
    until(page, "location.hash.includes('until=2025-06-02')")
    ready(page, "overview")
    assert "since=2025-05-21" in page.evaluate("location.hash")
    assert page.input_value("#f-since") == "2025-05-21" and page.input_value("#f-until") == "2025-06-02"
    expected = api(live_server, "/api/events?since=2025-05-21&until=2025-06-02&order=newest")
    assert rows(page) == [e["id"] for e in expected["events"]] and expected["total"] == 6
    shot(page, tmp_path, "brushed")


def test_a_bar_tells_its_day_and_count_when_hovered(page: Any, live_server: str) -> None:
    overview(page, live_server)
    bar = page.locator("#timeline rect.bar[data-day='2025-05-21'] >> nth=0")
    assert bar.locator("title").count() == 0  # made on the first hover, not with every redraw
    bar.hover()
    key, count = bar.get_attribute("data-key"), bar.get_attribute("data-count")
    assert bar.locator("title").text_content() == f"2025-05-21: {count} {key}"


def test_a_newer_filter_replaces_one_still_loading(page: Any, live_server: str) -> None:
    overview(page, live_server)
    # the second filter comes while the first one's requests are in flight: they are cancelled, and
    # neither an error nor the first filter's events are shown
    page.evaluate("window.summaries = []; new MutationObserver(() => summaries.push(document.getElementById('summary')"
                  ".textContent)).observe(document.getElementById('summary'), { childList: true, characterData: true,"
                  " subtree: true }); window.addEventListener('hashchange', () => setTimeout(() => {"
                  " location.hash = '#/?country=UKR'; }), { once: true }); document.body.dataset.ready = '';"
                  " location.hash = '#/?type=diplomacy';")
    until(page, "location.hash.includes('country=UKR')")
    ready(page, "overview")
    page.wait_for_timeout(300)
    expected = api(live_server, "/api/events?country=UKR&order=newest")
    assert rows(page) == [e["id"] for e in expected["events"]]
    assert page.is_hidden("#error")
    assert f"{expected['total']} events" in page.inner_text("#summary")
    diplomacy = api(live_server, "/api/stats?type=diplomacy")["total"]
    assert diplomacy != expected["total"]
    assert not [s for s in page.evaluate("summaries") if s.startswith(f"{diplomacy} events")]


@pytest.mark.parametrize("width", [1280, 390])
def test_nothing_is_cut_off_on_the_right(browser: Any, live_server: str, tmp_path: Path, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    overview(page, live_server)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    table = page.eval_on_selector("#table-panel", "e => [e.scrollWidth, e.clientWidth]")
    assert table[0] <= table[1]
    sortable = page.locator("#events th[data-sort]")
    assert sortable.count() == 7 and sortable.first.is_visible()
    shot(page, tmp_path, f"width-{width}")
    context.close()


def test_filters_and_the_event_page(page: Any, live_server: str, tmp_path: Path) -> None:
    page.goto(live_server + "/")
    ready(page, "overview")
    page.select_option("#f-type", "attack")
    page.fill("#f-country", "UKR")
    page.click("#filters button[type=submit]")
    until(page, "location.hash.includes('country=UKR')")
    ready(page, "overview")
    expected = api(live_server, "/api/events?type=attack&country=UKR&order=newest")
    assert page.eval_on_selector_all("#events tbody tr", "rs => rs.map(r => r.dataset.id)") == \
        [e["id"] for e in expected["events"]]
    assert drawn_events(page) == expected["total"] == 2
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
    shot(page, tmp_path, "event")
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
        assert drawn_events(page) == sum(1 for f in every["features"] if f["geometry"])
        assert f"of {stats['total']}" in page.inner_text("#page")
        page.screenshot(path=str(tmp_path / "examples.png"), full_page=True)
        page.evaluate("state.map.map.setView([48.5, 33], 9, {animate: false})")
        page.wait_for_selector(".sym[data-id]:not([data-id=''])")
        page.locator(".sym[data-id]:not([data-id=''])").first.dispatch_event("click")
        ready(page, "event")
        assert page.locator("#event .evidence p").count() >= 1
        context.close()
        assert outside == []
