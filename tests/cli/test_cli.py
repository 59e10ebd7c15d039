"""The command line: extract, ingest, events, eval, and bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main


@pytest.fixture()
def runner():
    return CliRunner()


def test_extract_jsonl_prints_only_records(runner, examples_dir):
    path = sorted(examples_dir.glob("*.txt"))[0]
    result = runner.invoke(main, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert lines
    for line in lines:
        assert json.loads(line)["type"]


def test_extract_refuses_undated_text_and_goes_on(runner, tmp_path, examples_dir):
    bad = tmp_path / "undated.txt"
    bad.write_text("Shelling killed two people in Kherson on Monday.\n")
    good = sorted(examples_dir.glob("*.txt"))[0]
    result = runner.invoke(main, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "undated.txt" in result.stderr and "date" in result.stderr
    assert result.stdout.strip()  # the good report still gave its records


def test_published_option_dates_plain_text(runner, tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Russian artillery shelled the city of Kherson overnight, killing two civilians, "
                 "regional governor Oleksandr Prokudin said.\n")
    result = runner.invoke(main, ["extract", str(p), "--published", "2025-03-04", "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["type"] == "attack.artillery" for r in records)


def test_ingest_twice_adds_nothing(runner, tmp_path, examples_dir):
    db = tmp_path / "s.db"
    first = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    from sitrep.store import open_store

    with open_store(db) as st:
        counts = (st.count_articles(), st.count_events())
    second = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db)])
    assert second.exit_code == 0
    assert "0 reports added" in second.stderr
    with open_store(db) as st:
        assert (st.count_articles(), st.count_events()) == counts
    assert counts[0] >= 5 and counts[1] > 0


def test_events_filters(runner, tmp_path, examples_dir):
    db = tmp_path / "s.db"
    runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db)])
    result = runner.invoke(main, ["events", "--db", str(db), "--type", "attack", "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["type"].startswith("attack.") for r in records)


def test_eval_on_seed(runner, shared_dir):
    gold = shared_dir / "gold" / "dev" / "000_5048a8dacc335c16.gold.json"
    result = runner.invoke(main, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.stdout)
    assert totals["f1"] >= 0.6
    assert totals["field_score"] >= 0.6
    assert totals["provenance_errors"] == 0


def test_places_jsonl(runner, tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("Shelling hit the town of Nikopol in the Dnipropetrovsk region and a village near Kherson.\n")
    result = runner.invoke(main, ["places", str(p), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = p.read_text()
    by_text = {r["text"]: r for r in rows}
    assert by_text["Nikopol"]["admin1"] == "UA-12"
    assert by_text["the Dnipropetrovsk region"]["precision"] == "admin1"
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["candidates"] and r["candidates"][0]["name"] == r["name"]


def test_times_jsonl(runner, tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("date: 2025-05-22\n\nDrones struck overnight. Talks were held last Friday and lasted two hours.")
    result = runner.invoke(main, ["times", str(p), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = {r["text"]: r for r in (json.loads(line) for line in result.stdout.splitlines())}
    assert rows["overnight"]["start_date"] == "2025-05-21" and rows["overnight"]["precision"] == "night"
    assert rows["last Friday"]["start_date"] == "2025-05-16"
    assert rows["two hours"]["start_date"] is None
