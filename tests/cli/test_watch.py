"""``sitrep watch`` (sitrep.cli.watch): one pass over a folder with ``--once``."""

from __future__ import annotations

from sitrep.cli import main


def test_one_pass_over_an_empty_folder_adds_nothing(runner, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    result = runner.invoke(main, ["watch", str(inbox), "--db", str(tmp_path / "s.db"), "--create", "--once"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"sitrep: created new store at {tmp_path / 's.db'}\n"  # and nothing taken in


def test_watch_needs_a_folder(runner, tmp_path):
    result = runner.invoke(main, ["watch", str(tmp_path / "missing"), "--once"])
    assert result.exit_code == 2 and "does not exist" in result.output
