"""The CLI tells what it does: bad filters are errors naming the value, a mistyped --db is an error
naming the path, ingest separates articles, records and events, watch says what it took in, and
progress bars are drawn only for a person at a terminal."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from sitrep.cli import main

# -- filters that can match nothing are errors, as the API's 422 ----------------------------------

BAD_FILTERS: list[tuple[str, list[str], int, list[str]]] = [
    # name, options, exit code, words the message must hold
    ("type-not-a-type", ["--type", "drone"], 2, ["'drone' is not an event type or family", "attack.drone",
                                                 "diplomacy"]),
    ("country-unknown", ["--country", "Narnia"], 2, ["'Narnia' is not a country", "ISO 3166-1"]),
    ("since-after-until", ["--since", "2025-09-20", "--until", "2025-09-01"], 2,
     ["--since", "2025-09-20 is after until 2025-09-01"]),
    ("since-not-a-date", ["--since", "last week"], 2, ["'last week' is not a date"]),
]


@pytest.mark.parametrize("command", [["events"], ["export", "--format", "csv"]])
@pytest.mark.parametrize(("options", "code", "words"), [c[1:] for c in BAD_FILTERS], ids=[c[0] for c in BAD_FILTERS])
def test_a_filter_that_can_match_nothing_is_an_error(runner, store_path, command, options, code, words):
    """On main these printed an empty table (or file) with exit 0."""
    result = runner.invoke(main, [*command, "--db", str(store_path), *options])
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    for word in words:
        assert word in result.output


COUNTRY_FORMS = ["UKR", "ukr", "UA", "Ukraine", "ukraine"]


@pytest.mark.parametrize("given", COUNTRY_FORMS)
def test_a_country_by_code_or_name(runner, store_path, given):
    """``--country Ukraine`` gave nothing on main: only the upper-cased alpha-3 code matched."""
    result = runner.invoke(main, ["events", "--db", str(store_path), "--country", given, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert found and all(e["location"]["country"] == "UKR" for e in found)


@pytest.mark.parametrize(("given", "code"), [("Russia", "RUS"), ("russia", "RUS"), ("Türkiye", "TUR"), ("GB", "GBR"),
                                            ("United Kingdom", "GBR"), (" ukr ", "UKR"), ("Northland", None)])
def test_country_codes(given, code):
    """"Russia" is not ISO's name (Russian Federation); the alias list knows it."""
    from sitrep.store.filters import FilterError, parse_filter

    try:
        got = parse_filter(country=given).country
    except FilterError:
        got = None
    assert got == code


# -- a store that is not there ---------------------------------------------------------------------

READING = [["events"], ["event", "x123"], ["rejects"], ["report"], ["export", "--format", "csv"],
           ["split", "x123"], ["merge", "x1", "x2"]]


@pytest.mark.parametrize("command", READING, ids=[c[0] for c in READING])
def test_a_command_that_reads_never_makes_a_store(runner, tmp_path, command):
    """On main a mistyped --db made an empty store and printed nothing, with exit 0."""
    typo = tmp_path / "sitrpe.db"
    result = runner.invoke(main, [*command, "--db", str(typo)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"Error: {typo}: no store there")
    assert not typo.exists()


def test_serve_without_a_store_is_an_error(runner, tmp_path):
    typo = tmp_path / "sitrpe.db"
    result = runner.invoke(main, ["serve", "--db", str(typo), "--port", "0"])
    assert result.exit_code == 1 and f"{typo}: no store there" in result.output
    assert not typo.exists()


# a command that writes, given a --db naming no file: tests/cli/test_create.py


# -- the ingest summary ----------------------------------------------------------------------------

SUMMARY = re.compile(r"sitrep: (\d+) articles read \((\d+) added, (\d+) already stored\), (\d+) refused; (\d+) records; "
                     r"(\d+) events \((\d+) new, (\d+) merged into stored events\)")


def test_ingest_summary_separates_articles_records_and_events(runner, tmp_path, examples_dir):
    """On main the line said "N reports added with M events", M being the records."""
    db = tmp_path / "s.db"
    result = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(db), "--create"])
    assert result.exit_code == 0, result.output
    m = SUMMARY.search(result.stderr)
    assert m, result.stderr
    read, added, skipped, refused, records, events, new, merged = map(int, m.groups())
    from sitrep.store import open_store

    with open_store(db) as st:
        assert (read, added, skipped, refused) == (st.count_articles(), st.count_articles(), 0, 0)
        assert records == st.count_records() and events == new == st.count_events() and merged == 0


# -- watch says what it took in --------------------------------------------------------------------

def test_watch_says_each_file_taken_or_refused(runner, tmp_path):
    """On main a pass printed one total, and nothing per file."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "dam.txt").write_text("date: 2026-11-24\n\nFloodwater broke the dam at Quillmere on Monday, the "
                                   "regional governor said, and crews evacuated 300 residents.\n", encoding="utf-8")
    (inbox / "blank.txt").write_text("", encoding="utf-8")
    for f in inbox.iterdir():  # written a while ago: complete, as far as the watcher can tell
        os.utime(f, (f.stat().st_mtime - 60, f.stat().st_mtime - 60))
    result = runner.invoke(main, ["watch", str(inbox), "--db", str(tmp_path / "s.db"), "--create", "--once"])
    assert result.exit_code == 1  # a file was refused
    lines = result.stderr.splitlines()
    assert f"sitrep: refused {inbox / 'blank.txt'}: empty file" in lines
    took = [line for line in lines if line.startswith(f"sitrep: took in {inbox / 'dam.txt'}: 1 report(s) added; ")]
    assert len(took) == 1 and " records; " in took[0] and " events (" in took[0]
    quiet = runner.invoke(main, ["watch", str(inbox), "--db", str(tmp_path / "q.db"), "--create", "--once", "--quiet"])
    assert "took in" not in quiet.stderr and "refused" in quiet.stderr


# -- progress bars: on a terminal only -------------------------------------------------------------

@pytest.fixture
def terminal(monkeypatch):
    """Standard error as if it were a terminal (the runner's is a pipe)."""
    import sitrep.cli.progress

    monkeypatch.delenv("SITREP_QUIET", raising=False)
    monkeypatch.setattr(sitrep.cli.progress, "showing_progress", lambda: True)


def test_ingest_draws_a_bar_on_a_terminal(runner, tmp_path, examples_dir, terminal):
    result = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(tmp_path / "s.db"), "--create"])
    assert result.exit_code == 0, result.output
    assert "sitrep: ingest" in result.stderr and "report" in result.stderr


def test_no_bar_when_piped(runner, tmp_path, examples_dir):
    result = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(tmp_path / "s.db"), "--create"])
    assert "sitrep: ingest" not in result.stderr and "\r" not in result.stderr


def test_export_draws_a_bar_on_a_terminal(runner, store_path, tmp_path, terminal):
    result = runner.invoke(main, ["export", "--format", "csv", "--db", str(store_path), "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == 0, result.output
    assert "sitrep: export" in result.stderr


def test_first_place_database_build_says_what_it_does(tmp_path: Path, monkeypatch, capsys):
    """On main the first run built the place database for half a minute without a word."""
    import sitrep.geo.build as geo_build

    steps = [("towns", lambda b: None), ("regions", lambda b: None)]
    monkeypatch.setattr(geo_build, "STEPS", steps)
    monkeypatch.setattr(geo_build, "showing_progress", lambda: True)
    geo_build.build(tmp_path / "g.sqlite")
    err = capsys.readouterr().err
    assert "building the place database" in err and "regions" in err
    assert (tmp_path / "g.sqlite").exists()


def test_place_database_build_is_quiet_when_piped(tmp_path: Path, monkeypatch, capsys):
    import sitrep.geo.build as geo_build

    monkeypatch.setattr(geo_build, "STEPS", [("towns", lambda b: None)])
    geo_build.build(tmp_path / "g.sqlite")
    assert capsys.readouterr().err == ""


# -- tables: drawn with rich for a terminal, plain when piped --------------------------------------

def test_events_table_is_drawn_on_a_terminal(runner, store_path, monkeypatch):
    import sitrep.cli.console

    monkeypatch.setattr(sitrep.cli.console, "stdout_is_terminal", lambda: True)
    result = runner.invoke(main, ["events", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    head = next(line for line in result.stdout.splitlines() if "date" in line)
    assert "┃" in head and "type" in head


def test_events_table_is_plain_when_piped(runner, store_path):
    result = runner.invoke(main, ["events", "--db", str(store_path)])
    assert result.stdout.split()[:3] == ["date", "type", "status"]
    assert not any(ch in result.stdout for ch in "┃│━─")
