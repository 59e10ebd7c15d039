"""``sitrep report`` (sitrep.cli.report): the daily situation report of a store."""

from __future__ import annotations

from sitrep.cli import main


def test_report_markdown_and_html(runner, store_path):
    md = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14"])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Situation report, 2025-09-14")
    assert "## Attacks" in md.output and "### Attacks by RUS" in md.output
    # one figure per count: the lowest claim, with the spread and who gives which number
    assert "2 killed (2-3: governor 2; emergency service 3)" in md.output
    assert "## Totals\n\n- killed: 2\n" in md.output
    assert "## Sources" in md.output and "[1]" in md.output
    assert "Lviv" not in md.output  # the next night is the next day's report
    html = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-15", "--format", "html"])
    assert html.exit_code == 0
    assert "<h1>Situation report, 2025-09-15</h1>" in html.output and "Lviv" in html.output
    only = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14", "--country", "RUS"])
    assert "Odesa" in only.output  # Russia is a side in it
    none = runner.invoke(main, ["report", "--db", str(store_path), "--date", "2025-09-14", "--country", "SDN"])
    assert "0 events" in none.output


def test_report_without_a_date_takes_the_latest_day(runner, store_path):
    result = runner.invoke(main, ["report", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Situation report, 2025-09-15")
    assert "No day was asked for: 2025-09-15 is the latest day with events that occurred" in result.output


def test_report_of_an_empty_store_asks_for_a_date(runner, tmp_path):
    from sitrep.store import open_store

    open_store(tmp_path / "empty.db").close()
    result = runner.invoke(main, ["report", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 1
    assert "the store holds no dated events; give --date" in result.output
