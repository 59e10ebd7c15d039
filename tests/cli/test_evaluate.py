"""``sitrep eval`` (sitrep.cli.evaluate): extraction scored against gold files."""

from __future__ import annotations

import json

from sitrep.cli import main


def test_eval_on_seed(runner, shared_dir):
    gold = shared_dir / "gold" / "dev" / "000_5048a8dacc335c16.gold.json"
    result = runner.invoke(main, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.stdout)
    assert totals["f1"] >= 0.6
    assert totals["field_score"] >= 0.6
    assert totals["provenance_errors"] == 0


def test_eval_of_a_missing_gold_file_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path / "none.gold.json")])
    assert result.exit_code == 2 and "does not exist" in result.output
