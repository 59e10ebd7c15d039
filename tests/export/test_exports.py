"""Each export read back with the tool its users load it with: pandas for the CSVs, pyarrow (and pandas)
for Parquet, the json module for PLOVER JSON Lines, the geojson package's validator for GeoJSON."""

from __future__ import annotations

import json
from pathlib import Path

import geojson
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.export.acled import COLUMNS as ACLED_COLUMNS
from sitrep.export.acled import TYPES as ACLED_TYPES
from sitrep.export.plover import CATEGORY
from sitrep.export.table import COLUMNS as CSV_COLUMNS
from sitrep.records import EVENT_TYPES, Event
from sitrep.store import open_store
from tests.web.conftest import BASE
from tests.web.fixture_store import build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("export") / "fixture.db")


@pytest.fixture(scope="module")
def events(store: Path) -> list[Event]:
    with open_store(store) as st:
        return st.events()


def export(store: Path, tmp_path: Path, fmt: str, *filters: str) -> Path:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "--format", fmt, "--db", str(store), "-o", str(out), *filters])
    assert result.exit_code == 0, result.output
    return out


def test_every_type_has_a_mapping_or_is_left_out_on_purpose():
    assert set(ACLED_TYPES) <= set(EVENT_TYPES) and set(CATEGORY) <= set(EVENT_TYPES)
    assert set(EVENT_TYPES) - set(ACLED_TYPES) == {
        "diplomacy.call", "diplomacy.proposal", "diplomacy.rejection", "diplomacy.sanctions", "diplomacy.aid",
        "statement.accusation", "statement.denial", "statement.threat"}
    assert set(EVENT_TYPES) - set(CATEGORY) == {"disruption.transport", "disruption.power", "humanitarian.evacuation"}


def test_acled_csv(store, events, tmp_path):
    df = pd.read_csv(export(store, tmp_path, "acled-csv"), keep_default_na=False)
    assert list(df.columns) == ACLED_COLUMNS
    coded = [e for e in events if e.type in ACLED_TYPES]
    assert len(df) == len(coded) == 10  # the denial is not an ACLED event
    assert list(df["event_id_cnty"]) == [e.id for e in coded]
    kyiv = df[df["location"] == "Kyiv"].iloc[0]
    assert (kyiv["event_type"], kyiv["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert kyiv["event_date"] == "2025-05-21" and kyiv["country"] == "Ukraine" and str(kyiv["iso"]) == "804"
    assert kyiv["actor1"] == "Russian forces" and kyiv["inter1"] == 1
    assert set(kyiv["source"].split("; ")) == {"Kestrel Wire", "Harbour Post"}
    assert "Ukraine's air force said" in kyiv["notes"] and "officials in Kyiv said" in kyiv["notes"]
    sudan = df[df["location"] == "El Fasher"].iloc[0]
    assert sudan["fatalities"] == 12 and sudan["inter1"] == 2 and sudan["sub_event_type"].startswith("Shelling")
    riot_free = df[df["event_type"] == "Protests"].iloc[0]
    assert riot_free["disorder_type"] == "Demonstrations" and riot_free["sub_event_type"] == "Peaceful protest"
    assert df[df["event_type"] == "Strategic developments"]["sub_event_type"].isin(["Agreement", "Other", "Arrests"]).all()


def test_plover_jsonl(store, events, tmp_path):
    lines = export(store, tmp_path, "plover-jsonl").read_text().splitlines()
    recs = [json.loads(line) for line in lines]
    assert [r["id"] for r in recs] == [e.id for e in events if e.type in CATEGORY]
    by_type = {r["sitrep_type"]: r for r in recs}
    assert by_type["attack.drone"]["event_type"] == "ASSAULT" and by_type["attack.drone"]["mode"] == "aerial"
    assert by_type["diplomacy.talks"]["event_type"] == "CONSULT"
    assert by_type["prisoners.exchange"]["event_type"] == "CONCEDE"
    assert by_type["statement.denial"]["event_type"] == "REJECT"
    assert by_type["arrest"]["event_type"] == "COERCE" and by_type["protest.demonstration"]["event_type"] == "PROTEST"
    talks = by_type["diplomacy.talks"]
    assert (talks["actor"], talks["recipient"]) == ("Russia", "Ukraine")


def test_geojson(store, events, tmp_path):
    fc = geojson.loads(export(store, tmp_path, "geojson").read_text())
    assert fc.is_valid, fc.errors()
    assert len(fc["features"]) == len(events)
    for f, ev in zip(fc["features"], events, strict=True):
        assert f["id"] == ev.id
        assert f["properties"] == {"family": ev.family, **{k: v for k, v in ev.to_dict().items() if k != "id"}}
        if ev.location:
            assert f["geometry"]["coordinates"] == [ev.location.lon, ev.location.lat]
            assert geojson.Point(f["geometry"]["coordinates"]).is_valid
        else:
            assert f["geometry"] is None


def test_parquet_keeps_the_nested_record(store, events, tmp_path):
    path = export(store, tmp_path, "parquet", "--type", "attack")
    table = pq.read_table(path)
    attacks = [e for e in events if e.family == "attack"]
    assert table.num_rows == len(attacks)
    for row, ev in zip(table.to_pylist(), attacks, strict=True):
        assert row["id"] == ev.id and row["family"] == "attack"
        d = ev.to_dict()
        assert row["claims"] == d["claims"] and row["evidence"] == d["evidence"] and row["actors"] == d["actors"]
        assert [q["value"] for q in row["quantities"]] == [q.value for q in ev.quantities]
    df = pd.read_parquet(path)
    kyiv = df[df["location"].map(lambda loc: loc is not None and loc["name"] == "Kyiv")].iloc[0]
    assert len(kyiv["claims"]) == 2 and kyiv["ranges"][0]["high"] == 120


def test_flat_csv_with_filters(store, events, tmp_path):
    df = pd.read_csv(export(store, tmp_path, "csv", "--country", "RUS", "--since", "2025-05-22"),
                     keep_default_na=False)
    assert list(df.columns) == CSV_COLUMNS
    with open_store(store) as st:
        assert list(df["id"]) == [e.id for e in st.events(country="RUS", since="2025-05-22")]
    assert set(df["country"]) == {"RUS"}


def test_export_refuses_bad_input(store):
    runner = CliRunner()
    bad_date = runner.invoke(main, ["export", "--format", "csv", "--db", str(store), "--since", "May"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    bad_format = runner.invoke(main, ["export", "--format", "xlsx", "--db", str(store)])
    assert bad_format.exit_code == 2
    to_stdout = runner.invoke(main, ["export", "--format", "plover-jsonl", "--db", str(store)])
    assert to_stdout.exit_code == 0 and to_stdout.output.count('"event_type"') == 10


# --- formulas in report text never reach a spreadsheet as formulas (OWASP: CSV injection) ------------

CELLS = [
    ("equals", "=HYPERLINK(\"http://x.example\",\"see\")", "'=HYPERLINK(\"http://x.example\",\"see\")"),
    ("plus", "+1+2", "'+1+2"),
    ("minus", "-2+3", "'-2+3"),
    ("at", "@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("tab", "\t=1+1", "'\t=1+1"),
    ("carriage-return", "\r=1+1", "'\r=1+1"),
    ("dde", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("plain", "Drones struck the depot.", "Drones struck the depot."),
    ("inside", "a=b+c", "a=b+c"),
    ("empty", "", ""),
    ("negative-number", -3.7, -3.7),
    ("count", 12, 12),
    ("none", None, None),
]


@pytest.mark.parametrize(("value", "written"), [c[1:] for c in CELLS], ids=[c[0] for c in CELLS])
def test_csv_cell(value, written):
    from sitrep.export.table import csv_cell

    assert csv_cell(value) == written


HOSTILE_TEXT = "=HYPERLINK(\"http://x.example\",\"see\")"


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    from datetime import date

    from sitrep.records import Actor, Article, Claim, Claimant, DateWindow, Location, Span

    text = HOSTILE_TEXT + " Drones struck the depot overnight, officials said."
    ev = Event(type="attack.drone", status="occurred", date=DateWindow("2025-05-22", "2025-05-22", "day", "-1"),
               location=Location("+Examplegrad", "UKR", "@UA-1", -3.7, 30.5, "city", "+Examplegrad"),
               actors=[Actor("initiator", "-2+3", None, "military"), Actor("target", "@SUM(A1)", None, "civilians")],
               claims=[Claim(Claimant("=officials", "government"), "said", None, "asserts", "a1", 0, len(text), text)],
               evidence=[Span("a1", 0, len(text), text)], articles=["a1"])
    ev.assign_id()
    db = tmp_path / "hostile.db"
    with open_store(db) as st:
        st.add_article(Article(text=text, published=date(2025, 5, 22), outlet="=cmd|' /C calc'!A0", id="a1"), [ev])
    return db


def _csv_cells(text: str) -> list[str]:
    import csv
    import io

    return [cell for row in list(csv.reader(io.StringIO(text)))[1:] for cell in row]


def _cli_export(db: Path, tmp_path: Path, fmt: str) -> str:
    return export(db, tmp_path, fmt).read_text()


def _cli_events(db: Path, tmp_path: Path, fmt: str) -> str:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _api(db: Path, tmp_path: Path, fmt: str) -> str:
    from fastapi.testclient import TestClient

    from sitrep.web.app import Settings, create_app

    with TestClient(create_app(Settings(db=str(db))), client=("127.0.0.1", 5000), base_url=BASE) as c:
        r = c.get("/api/events?format=csv")
    assert r.status_code == 200
    return r.text


@pytest.mark.parametrize(("write", "fmt"), [(_cli_export, "csv"), (_cli_export, "acled-csv"), (_cli_events, "csv"),
                                            (_api, "csv")], ids=["export-csv", "export-acled-csv", "events-csv",
                                                                 "api-csv"])
def test_no_cell_starts_a_formula(hostile_store, tmp_path, write, fmt):
    cells = _csv_cells(write(hostile_store, tmp_path, fmt))
    assert cells
    starting = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")
                or (c.startswith("-") and not c[1:].replace(".", "", 1).isdigit())]
    assert starting == []
    assert any(c.startswith("'=") for c in cells)
