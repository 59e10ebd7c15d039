"""``sitrep extract``, ``places``, ``times`` and ``triggers`` (sitrep.cli.extract): records, places and times of reports."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main


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


def test_extract_table_heads_each_report_and_json_is_one_array(runner, tmp_path):
    p = tmp_path / "wire.txt"
    p.write_text("date: 2024-02-03\n\nArtillery shelled the port of Odesa overnight, the governor said.\n")
    table = runner.invoke(main, ["extract", str(p)])
    assert table.exit_code == 0, table.output
    assert table.stdout.startswith(f"# {p}  (2024-02-03, ")
    assert "date" in table.stdout.splitlines()[1] and "claimants" in table.stdout.splitlines()[1]
    whole = runner.invoke(main, ["extract", str(p), "--format", "json"])
    assert isinstance(json.loads(whole.stdout), list)


@pytest.mark.parametrize("command", [["extract"], ["times"]])
def test_a_published_date_that_is_not_a_date_is_a_usage_error(runner, tmp_path, command):
    p = tmp_path / "x.txt"
    p.write_text("Talks were held on Tuesday.\n")
    result = runner.invoke(main, [*command, str(p), "--published", "2024-02-30"])
    assert result.exit_code == 2 and "not a date in the form YYYY-MM-DD" in result.output


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


def test_places_table_and_a_path_column_for_several_reports(runner, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("A convoy reached Odesa on Monday.\n")
    two.write_text("Flooding closed roads near Lviv.\n")
    table = runner.invoke(main, ["places", str(one)])
    assert table.exit_code == 0, table.output
    assert table.stdout.split()[:3] == ["text", "start", "name"] and "Odesa" in table.stdout
    rows = [json.loads(line) for line in runner.invoke(main, ["places", str(one), str(two), "--format", "jsonl"])
            .stdout.splitlines()]
    assert {r["path"] for r in rows} == {str(one), str(two)}


def test_triggers_say_which_words_became_records_and_which_rule_read_the_rest(runner, tmp_path):
    p = tmp_path / "t.txt"
    text = ("Rebels stormed a checkpoint near Velden on Sunday. "
            "The coach said his team would fight its battles on the field.")
    p.write_text(text)
    result = runner.invoke(main, ["triggers", str(p), "--published", "2024-05-06", "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    stormed = [r for r in rows if r["text"] == "stormed" and r["verdict"] == "event"]
    assert len(stormed) == 1 and stormed[0]["record_type"] == "attack.ground" and stormed[0]["record"]
    fight = [r for r in rows if r["text"] == "fight"]
    assert fight and all(r["verdict"] not in ("event",) and r["record"] is None for r in fight)
    table = runner.invoke(main, ["triggers", str(p), "--published", "2024-05-06"])
    assert table.stdout.split()[:4] == ["text", "start", "entry", "verdict"]


def test_times_jsonl(runner, tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("date: 2025-05-22\n\nDrones struck overnight. Talks were held last Friday and lasted two hours.")
    result = runner.invoke(main, ["times", str(p), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = {r["text"]: r for r in (json.loads(line) for line in result.stdout.splitlines())}
    assert rows["overnight"]["start_date"] == "2025-05-21" and rows["overnight"]["precision"] == "night"
    assert rows["last Friday"]["start_date"] == "2025-05-16"
    assert rows["two hours"]["start_date"] is None


def test_times_of_an_unreadable_report_exit_1(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, ["times", str(empty)])
    assert result.exit_code == 1 and "empty.txt" in result.stderr
