"""``sitrep batch`` and ``sitrep load`` (sitrep.cli.batch): refusals a person can act on."""

from __future__ import annotations

from sitrep.cli import main


def test_load_of_a_folder_that_is_no_batch_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "s.db"), "--create"])
    assert result.exit_code == 1 and "plan.json" in result.output


def test_batch_needs_an_output_folder(runner, tmp_path):
    result = runner.invoke(main, ["batch", str(tmp_path)])
    assert result.exit_code == 2 and "--out" in result.output
