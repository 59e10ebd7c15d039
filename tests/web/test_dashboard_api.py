"""What the dashboard asks the API beyond pages of events: the map's points (each event, or cells when
there are many), pages sorted by a column, and the whole filter as a file to download."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest


def test_the_map_gets_every_placed_event_with_its_measure(client):
    every = client.get("/api/events?limit=1000").json()["events"]
    placed = {e["id"]: e for e in every if e["location"] and e["location"]["lat"] is not None}
    got = client.get("/api/map").json()
    assert got["aggregated"] is False and got["placed"] == len(placed) == len(got["points"])
    by_id = {p["id"]: p for p in got["points"]}
    assert set(by_id) == set(placed)
    for eid, ev in placed.items():
        killed = max((q["value"] for q in ev["quantities"] if q["role"] == "killed"), default=0)
        assert by_id[eid]["value"] == killed
        assert by_id[eid]["precision"] == ev["location"]["precision"]
    injured = client.get("/api/map?measure=injured").json()["points"]
    assert sorted(p["value"] for p in injured if p["value"]) == [3]


@pytest.mark.parametrize(("query", "events"), [
    ("", 8),  # the placed events of the fixture store
    ("&country=Russia", 3),
    ("&type=attack", 5),
])
def test_many_events_are_grouped_into_cells_that_add_up(client, query, events):
    cells = client.get(f"/api/map?most=1{query}").json()
    assert cells["aggregated"] is True and cells["placed"] == events
    assert sum(c["n"] for c in cells["points"]) == events
    whole = client.get(f"/api/map?most=1000{query}").json()["points"]
    assert sum(c["value"] for c in cells["points"]) == sum(p["value"] for p in whole)
    # a region-level place is never grouped with a town at the same spot
    assert {c["precision"] for c in cells["points"]} == {p["precision"] for p in whole}


def test_a_bounding_box_keeps_the_events_inside(client):
    inside = client.get("/api/map?bbox=20,40,32,52").json()["points"]  # a box around the fixture's Kyiv, Odesa, Belgrade
    assert sorted(p["place"] for p in inside) == ["Belgrade", "Belgrade", "Kyiv", "Odesa"]
    assert client.get("/api/map?bbox=0,60,10,50").status_code == 422


@pytest.mark.parametrize(("sort", "key", "reverse"), [
    ("killed", lambda e: max([q["value"] for q in e["quantities"] if q["role"] == "killed"] or [0]), False),
    ("-killed", lambda e: max([q["value"] for q in e["quantities"] if q["role"] == "killed"] or [0]), True),
    ("type", lambda e: e["type"], False),
    ("-type", lambda e: e["type"], True),
    ("status", lambda e: e["status"], False),
    ("place", lambda e: e["location"]["name"] if e["location"] else "", False),
    ("-country", lambda e: (e["location"] or {}).get("country") or "none", True),
])
def test_pages_sort_by_a_column(client, sort, key, reverse):
    page = client.get(f"/api/events?sort={sort}&limit=1000").json()
    keys = [key(e) for e in page["events"]]
    assert keys == sorted(keys, reverse=reverse) and page["total"] == 11
    # pages of a sorted listing add up to the whole
    parts = [e["id"] for k in range(0, 11, 4)
             for e in client.get(f"/api/events?sort={sort}&limit=4&offset={k}").json()["events"]]
    assert parts == [e["id"] for e in page["events"]]


def test_an_unknown_sort_column_is_refused(client):
    r = client.get("/api/events?sort=colour")
    assert r.status_code == 422 and "colour" in r.json()["error"] and "killed" in r.json()["error"]


@pytest.mark.parametrize("query", ["", "country=Ukraine", "type=attack&since=2025-05-22"])
def test_downloads_hold_the_whole_filter(client, query):
    expected = client.get(f"/api/events?limit=1000&{query}").json()
    ids = [e["id"] for e in expected["events"]]
    csv = client.get(f"/api/export?format=csv&{query}")
    assert csv.status_code == 200 and "attachment" in csv.headers["content-disposition"]
    assert pd.read_csv(io.StringIO(csv.text))["id"].tolist() == ids
    geo = client.get(f"/api/export?format=geojson&{query}")
    assert [f["id"] for f in json.loads(geo.text)["features"]] == ids
    acled = client.get(f"/api/export?format=acled-csv&{query}")
    table = pd.read_csv(io.StringIO(acled.text))
    assert len(table) <= len(ids) and "event_type" in table.columns


def test_a_download_with_a_bad_filter_is_refused(client):
    r = client.get("/api/export?format=csv&country=Narnia")
    assert r.status_code == 422 and "Narnia" in r.json()["error"]
