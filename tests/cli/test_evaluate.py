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


def test_eval_errors_ends_with_the_kinds_and_json_has_them(runner, shared_dir):
    gold = shared_dir / "gold" / "dev" / "000_5048a8dacc335c16.gold.json"
    text = runner.invoke(main, ["eval", str(gold), "--errors"])
    assert text.exit_code == 0, text.output
    lines = text.stdout.splitlines()
    at = lines.index(next(ln for ln in lines if ln.startswith("errors by kind")))
    assert [ln.split()[0] for ln in lines[at + 1:] if not ln.startswith(" ")] == ["false", "miss", "field"]
    out = json.loads(runner.invoke(main, ["eval", str(gold), "--json"]).stdout)
    assert set(out["error_kinds"]) == {"false +", "miss", "field"}
    # each miss and false positive has a kind
    assert sum(out["error_kinds"]["miss"].values()) == out["fn"]
    assert sum(out["error_kinds"]["false +"].values()) == out["fp"]
