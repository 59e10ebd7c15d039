"""``sitrep export`` (sitrep.cli.export): the store written in the formats other tools read."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.cli.export import FORMATS


def test_export_help_lists_the_formats():
    out = CliRunner().invoke(main, ["export", "--help"]).output
    for fmt in ("acled-csv", "plover-jsonl", "geojson", "parquet", "csv"):
        assert fmt in out


def test_the_command_offers_the_formats_the_library_writes():
    from sitrep.api import EXPORT_FORMATS

    assert tuple(FORMATS) == EXPORT_FORMATS


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_day_that_is_not_a_date_names_its_option(runner, store_path, option):
    result = runner.invoke(main, ["export", "--format", "csv", "--db", str(store_path), option, "2024-13-01"])
    assert result.exit_code == 2
    assert option in result.output and "is not a date (YYYY-MM-DD" in result.output


def test_export_to_a_file_and_to_standard_output(runner, store_path, tmp_path):
    out = tmp_path / "events.geojson"
    to_file = runner.invoke(main, ["export", "--format", "geojson", "--db", str(store_path), "-o", str(out)])
    assert to_file.exit_code == 0, to_file.output
    features = json.loads(out.read_text())["features"]
    assert f"{len(features)} events written as geojson -> {out}" in to_file.stderr
    to_stdout = runner.invoke(main, ["export", "--format", "geojson", "--db", str(store_path)])
    assert json.loads(to_stdout.stdout)["features"] == features
