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
    coded = [e for e in events if e.type in ACLED_TYPES and e.location is not None]
    assert len(df) == len(coded) == 8  # the denial is not an ACLED event; the placeless talks and swap are left out
    assert list(df["event_id_cnty"]) == [e.id for e in coded]
    kyiv = df[df["location"] == "Kyiv"].iloc[0]
    assert (kyiv["event_type"], kyiv["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert kyiv["event_date"] == "2025-05-21" and kyiv["country"] == "Ukraine" and str(kyiv["iso"]) == "804"
    assert kyiv["actor1"] == "Military Forces of Russia (2000-)" and kyiv["inter1"] == 1
    assert kyiv["region"] == "Europe" and not kyiv["admin1"].startswith("UA-")
    assert set(kyiv["source"].split("; ")) == {"Kestrel Wire", "Harbour Post"}
    assert "Ukraine's air force said" in kyiv["notes"] and "officials in Kyiv said" in kyiv["notes"]
    sudan = df[df["location"] == "El Fasher"].iloc[0]
    assert sudan["fatalities"] == 12 and sudan["inter1"] == 2 and sudan["sub_event_type"].startswith("Shelling")
    riot_free = df[df["event_type"] == "Protests"].iloc[0]
    # "police detained 14 people" at the protest: ACLED's Protest with intervention
    assert riot_free["disorder_type"] == "Demonstrations" and riot_free["sub_event_type"] == "Protest with intervention"
    assert riot_free["actor1"] == "Protesters (Serbia)"
    assert df[df["event_type"] == "Strategic developments"]["sub_event_type"].isin(
        ["Agreement", "Other", "Arrests", "Disrupted weapons use"]).all()


# ACLED's column types, as its data export gives them (and pandas reads them back)
ACLED_DTYPES = {
    "event_id_cnty": "object", "event_date": "datetime64[ns]", "year": "int64", "time_precision": "int64",
    "disorder_type": "object", "event_type": "object", "sub_event_type": "object", "actor1": "object",
    "assoc_actor_1": "object", "inter1": "int64", "actor2": "object", "assoc_actor_2": "object", "inter2": "int64",
    "interaction": "int64", "civilian_targeting": "object", "iso": "int64", "region": "object", "country": "object",
    "admin1": "object", "admin2": "object", "admin3": "object", "location": "object", "latitude": "float64",
    "longitude": "float64", "geo_precision": "int64", "source": "object", "source_scale": "object",
    "notes": "object", "fatalities": "int64", "tags": "object", "timestamp": "int64", "population_best": "object",
}
TEXT = [k for k, v in ACLED_DTYPES.items() if v == "object"]
GENERIC = {"forces", "militants", "fighters", "army", "troops", "gunmen", "attackers", "military", "police"}


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    examples = Path(__file__).parents[2] / "examples"
    result = CliRunner().invoke(main, ["ingest", str(examples), "--db", str(db), "--create"])
    assert result.exit_code == 0, result.output
    return db


def test_acled_csv_of_the_examples_loads_with_acleds_dtypes(examples_store, tmp_path):
    path = export(examples_store, tmp_path, "acled-csv")
    dtypes = {k: (str if v == "object" else v) for k, v in ACLED_DTYPES.items() if not v.startswith("datetime")}
    df = pd.read_csv(path, dtype=dtypes, parse_dates=["event_date"], keep_default_na=False, na_values={
        "latitude": [""], "longitude": [""]})
    kinds = {k: "object" if pd.api.types.is_string_dtype(t) else "datetime64[ns]"
             if pd.api.types.is_datetime64_dtype(t) else str(t) for k, t in df.dtypes.items()}
    assert kinds == ACLED_DTYPES
    assert len(df) > 10
    assert (df["region"] != "").all() and (df["country"] != "").all()
    assert not df["admin1"].str.match(r"^[A-Z]{2}-[A-Z0-9]+$").any()  # names, not ISO codes
    assert not df["country"].isin(["Russian Federation", "Palestine, State of"]).any()
    actors = set(df["actor1"]) | set(df["actor2"])
    assert not {a.lower() for a in actors} & GENERIC
    assert set(df["geo_precision"]) <= {1, 2, 3} and set(df["time_precision"]) <= {1, 2, 3}
    assert set(df["inter1"]) | set(df["inter2"]) <= set(range(9))
    assert (df["population_best"] == "").all()


EXAMPLE_PLACES = [
    # location in the examples' export, its country, ACLED region, and admin1 as the gazetteer names it
    ("Kharkiv Oblast", "Ukraine", "Europe", "Kharkiv Oblast"),
    ("Tula", "Russia", "Europe", "Tul'skaya oblast'"),
    ("El Obeid", "Sudan", "Northern Africa", "North Kordofan State"),
    ("Qiryat Shmona", "Israel", "Middle East", "Ash Shamālī"),
    ("Kragujevac", "Serbia", "Europe", "Šumadijski okrug"),  # a district: its GeoNames code has no ISO row
]


@pytest.mark.parametrize(("location", "country", "region", "admin1"), EXAMPLE_PLACES, ids=[p[0] for p in EXAMPLE_PLACES])
def test_acled_places_of_the_examples(examples_store, tmp_path, location, country, region, admin1):
    df = pd.read_csv(export(examples_store, tmp_path, "acled-csv"), keep_default_na=False)
    rows = df[df["location"] == location]
    assert len(rows), location
    assert set(rows["country"]) == {country} and set(rows["region"]) == {region}
    assert set(rows["admin1"]) == {admin1}


# PLOVER's record, as the manual names its fields: field, JSON types it may hold, required
PLOVER_FIELDS = [
    ("id", (str,), True),
    ("date", (str,), True),
    ("enddate", (str, type(None)), False),
    ("event", (str,), True),
    ("mode", (str, type(None)), False),
    ("context", (list,), False),
    ("actor", (str, type(None)), True),
    ("actor_country", (str, type(None)), False),
    ("actor_sector", (str, type(None)), False),
    ("recipient", (str, type(None)), False),
    ("recipient_country", (str, type(None)), False),
    ("recipient_sector", (str, type(None)), False),
    ("location", (dict, type(None)), False),
    ("event_text", (list,), False),
    ("quad_code", (int,), False),
    ("event_scale", (float,), False),
    ("dead", (int, type(None)), False),
    ("injured", (int, type(None)), False),
    ("comment", (str,), False),
]
PLOVER_CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def check_plover(rec: dict) -> None:
    """A record as the manual's field list says: each required field present, each field of its type, the
    category one of the manual's."""
    for name, types, required in PLOVER_FIELDS:
        assert name in rec or not required, name
        if name in rec:
            assert isinstance(rec[name], types), (name, rec[name])
    assert rec["event"] in PLOVER_CATEGORIES
    assert len(rec["date"]) == 10 and rec["date"][4] == "-"
    assert set(rec) - {f[0] for f in PLOVER_FIELDS} == {k for k in rec if k.startswith("sitrep_")}


def test_plover_jsonl(store, events, tmp_path):
    lines = export(store, tmp_path, "plover-jsonl").read_text().splitlines()
    recs = [json.loads(line) for line in lines]
    assert [r["id"] for r in recs] == [e.id for e in events if e.type in CATEGORY and e.date.start]
    for rec in recs:
        check_plover(rec)
    by_type = {r["sitrep_type"]: r for r in recs}
    assert (by_type["attack.drone"]["event"], by_type["attack.drone"]["mode"]) == ("ASSAULT", "drone")
    assert (by_type["attack.artillery"]["event"], by_type["attack.artillery"]["mode"]) == ("ASSAULT", "artillery")
    assert by_type["attack.artillery"]["dead"] == 12 and by_type["attack.drone"]["context"] == ["military"]
    assert by_type["diplomacy.talks"]["event"] == "CONSULT"
    assert (by_type["prisoners.exchange"]["event"], by_type["prisoners.exchange"]["mode"]) == ("RETREAT", "release")
    assert by_type["arrest"]["event"] == "COERCE" and by_type["protest.demonstration"]["mode"] == "demo"
    talks = by_type["diplomacy.talks"]
    assert (talks["actor"], talks["recipient"]) == ("Russia", "Ukraine")
    assert (talks["actor_country"], talks["actor_sector"]) == ("RUS", "GOV")


def test_geojson(store, events, tmp_path):
    fc = geojson.loads(export(store, tmp_path, "geojson").read_text())
    assert fc.is_valid, fc.errors()
    assert len(fc["features"]) == len(events)
    for f, ev in zip(fc["features"], events, strict=True):
        assert f["id"] == ev.id and f["properties"]["id"] == ev.id
        assert f["properties"]["record"] == ev.to_dict()
        assert f["properties"]["type"] == ev.type and f["properties"]["family"] == ev.family
        assert isinstance(f["properties"]["killed"], int) and isinstance(f["properties"]["injured"], int)
        assert not any(isinstance(v, dict | list) for k, v in f["properties"].items() if k != "record")
        if ev.location:
            assert f["geometry"]["coordinates"] == [ev.location.lon, ev.location.lat]
            assert geojson.Point(f["geometry"]["coordinates"]).is_valid
        else:
            assert f["geometry"] is None


def test_geojson_filters_by_date_and_styles_by_deaths(store, events, tmp_path):
    features = json.loads(export(store, tmp_path, "geojson").read_text())["features"]
    june = [f["id"] for f in features if f["properties"]["date"] and f["properties"]["date"] >= "2025-06-01"]
    assert june == [e.id for e in events if e.date.start and e.date.start >= "2025-06-01"]
    deadly = {f["properties"]["place"]: f["properties"]["killed"] for f in features if f["properties"]["killed"]}
    assert deadly == {"El Fasher": 12, "Belgorod": 2}
    odesa = next(f["properties"] for f in features if f["properties"]["place"] == "Odesa")
    assert (odesa["injured"], odesa["injured_low"], odesa["injured_high"], odesa["killed_low"]) == (3, 3, 3, None)


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


def test_parquet_and_csv_have_numeric_counts(store, tmp_path):
    df = pd.read_parquet(export(store, tmp_path, "parquet"))
    assert str(df["killed"].dtype) == "int64" and str(df["injured"].dtype) == "int64"
    assert df["killed"].sum() == 14 and df["injured"].sum() == 3
    flat = pd.read_csv(export(store, tmp_path, "csv"))
    assert str(flat["killed"].dtype) == "int64" and flat["killed"].sum() == 14
    assert flat.loc[flat["place"] == "El Fasher", "killed_high"].item() == 12


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
    assert to_stdout.exit_code == 0 and to_stdout.output.count('"event": ') == 9  # the undated denial is left out


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
