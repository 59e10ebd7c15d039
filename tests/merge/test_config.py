"""The merge thresholds: sitrep's own, and a user's file over them."""

from __future__ import annotations

import pytest

from sitrep.merge import MergeConfig, compare
from sitrep.merge.rules import FoldConfig
from tests.merge.factory import record

CFG = MergeConfig.load()


def test_config_override(tmp_path) -> None:
    cfg_file = tmp_path / "sitrep.toml"
    cfg_file.write_text("[merge]\nmin_score = 5.0\n")
    strict = MergeConfig.load(cfg_file)
    assert strict.min_score == 5.0 and strict.weights == CFG.weights
    assert not compare(record("a1"), record("a2"), strict).ok
    cfg_file.write_text("[merge]\nno_such_setting = 1\n")
    with pytest.raises(ValueError, match="no_such_setting"):
        MergeConfig.load(cfg_file)


def test_a_weight_alone_can_be_overridden(tmp_path, monkeypatch) -> None:
    cfg_file = tmp_path / "sitrep.toml"
    cfg_file.write_text("[merge.weights]\nsame_type = 0.5\n")
    monkeypatch.setenv("SITREP_CONFIG", str(cfg_file))
    mine = MergeConfig.load()
    assert mine.w("same_type") == 0.5 and mine.w("same_place") == CFG.w("same_place")
    assert mine.w("no_such_weight") == 0.0


def test_an_unreadable_file_is_a_clear_error(tmp_path) -> None:
    cfg_file = tmp_path / "sitrep.toml"
    cfg_file.write_text("[merge\n")
    with pytest.raises(ValueError, match="cannot read the merge configuration"):
        MergeConfig.load(cfg_file)


def test_the_fold_thresholds_are_read() -> None:
    fold = FoldConfig.load()
    assert fold.attack_slack_days <= fold.slack_days
    assert "attack" in fold.loose_families and "attack.ground" in fold.apart_types
