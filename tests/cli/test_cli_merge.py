"""The commands over merged events: ``sitrep event``, ``sitrep split``, ``sitrep report``."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.records import Event
from sitrep.store import open_store
from tests.merge.test_merge import STORY, _article


@pytest.fixture
def store_path(tmp_path):
    db = tmp_path / "merged.db"
    with open_store(db) as st:
        for n, recs in STORY:
            st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])
    return db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _merged_id(db) -> str:
    with open_store(db) as st:
        return next(e.id for e in st.events() if len(e.articles) == 3)


def test_event_shows_records_side_by_side_and_why(runner, store_path):
    eid = _merged_id(store_path)
    result = runner.invoke(main, ["event", eid, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "record 1" in result.output and "record 3" in result.output
    assert "person killed: 2 to 3" in result.output
    assert "why these records are one event" in result.output
    assert "same type attack.drone" in result.output
    shown = json.loads(runner.invoke(main, ["event", eid, "--db", str(store_path), "--format", "json"]).output)
    assert len(shown["records"]) == 3 and len(shown["pairs"]) == 3
    assert all(p["ok"] for p in shown["pairs"])


def test_event_unknown_id_is_a_clear_error(runner, store_path):
    result = runner.invoke(main, ["event", "ev_nope", "--db", str(store_path)])
    assert result.exit_code != 0
    assert "ev_nope: no such event" in result.output


def test_split_parts_the_records_and_event_says_why(runner, store_path):
    eid = _merged_id(store_path)
    result = runner.invoke(main, ["split", eid, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    parted = result.stdout.split()
    assert len(parted) == 3
    with open_store(store_path) as st:
        assert all(len(st.records(i)) == 1 for i in parted)
    bad = runner.invoke(main, ["split", eid, "--db", str(store_path)])
    assert bad.exit_code != 0 and "no such event" in bad.output


def test_report_markdown_and_html(runner, store_path):
    md = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14"])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Situation report, 2025-09-14")
    assert "## Attacks" in md.output and "### Attacks by RUS" in md.output
    assert "2 killed (governor)" in md.output and "3 killed (emergency service)" in md.output
    assert "## Sources" in md.output and "[1]" in md.output
    assert "Lviv" not in md.output  # the next night is the next day's report
    html = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-15", "--format", "html"])
    assert html.exit_code == 0
    assert "<h1>Situation report, 2025-09-15</h1>" in html.output and "Lviv" in html.output
    only = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14", "--country", "RUS"])
    assert "Odesa" in only.output  # Russia is a side in it
    none = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14", "--country", "SDN"])
    assert "0 events" in none.output


def test_ingest_refuses_a_bad_config(runner, tmp_path, examples_dir):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[merge]\nmin_scor = 2\n")
    result = runner.invoke(main, ["ingest", str(examples_dir), "--db", str(tmp_path / "x.db"), "--config", str(cfg)])
    assert result.exit_code != 0
    assert "min_scor" in result.output
