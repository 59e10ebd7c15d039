"""Commands that write (``ingest``, ``watch``, ``load``, ``serve --ingest``) make a missing ``--db`` file only
with ``--create``: without it a mistyped path is an error naming it, and no stray store is made. The
default store ($SITREP_DB or the user data folder) is still made on first use, and said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.cli import main


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder each writing command accepts: no reports (nothing to extract, so the test stays fast), and
    the plan of a finished batch with no shards (what ``sitrep load`` reads)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "plan.json").write_text('{"shards": []}', encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def no_server(monkeypatch):
    """``serve`` returns at once instead of listening, with a token so ``--ingest`` is allowed."""
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    monkeypatch.setenv("SITREP_TOKEN", "made-up-token")


# name, the command's words before --db ("{inputs}" stands for the inputs folder), words after --db
WRITING: list[tuple[str, list[str], list[str]]] = [
    ("ingest", ["ingest", "{inputs}"], []),
    ("watch", ["watch", "{inputs}"], ["--once"]),
    ("load", ["load", "{inputs}"], []),
    ("serve-ingest", ["serve", "--ingest", "--port", "0"], []),
]


def _args(words: list[str], inputs: Path) -> list[str]:
    return [w.replace("{inputs}", str(inputs)) for w in words]


@pytest.mark.parametrize(("before", "after"), [c[1:] for c in WRITING], ids=[c[0] for c in WRITING])
def test_a_missing_db_without_create_is_an_error(runner, tmp_path, inputs, before, after):
    """Before issue 18 a typo in --db made a new, empty store beside the real one."""
    typo = tmp_path / "stroe.db"
    result = runner.invoke(main, [*_args(before, inputs), "--db", str(typo), *after])
    assert result.exit_code == 1, result.output
    assert f"{typo}: no store there; add --create to make a new one" in result.output
    assert not typo.exists()


@pytest.mark.parametrize("form", ["{}", "sqlite:///{}"], ids=["path", "sqlite-url"])
@pytest.mark.parametrize(("before", "after"), [c[1:] for c in WRITING], ids=[c[0] for c in WRITING])
def test_create_makes_the_store_and_says_so(runner, tmp_path, inputs, before, after, form):
    db = tmp_path / "fresh.db"
    result = runner.invoke(main, [*_args(before, inputs), "--db", form.format(db), "--create", *after])
    assert result.exit_code == 0, result.output
    assert f"sitrep: created new store at {db}\n" in result.stderr
    assert db.exists()


@pytest.mark.parametrize(("before", "after"), [c[1:] for c in WRITING], ids=[c[0] for c in WRITING])
def test_create_on_a_store_that_is_there_just_opens_it(runner, tmp_path, inputs, before, after):
    """``make run`` passes --create every time: the second run must use the store the first made."""
    db = tmp_path / "kept.db"
    assert runner.invoke(main, [*_args(before, inputs), "--db", str(db), "--create", *after]).exit_code == 0
    again = runner.invoke(main, [*_args(before, inputs), "--db", str(db), "--create", *after])
    assert again.exit_code == 0, again.output
    assert "created new store" not in again.stderr


@pytest.mark.parametrize(("before", "after"), [c[1:] for c in WRITING], ids=[c[0] for c in WRITING])
def test_the_default_store_is_made_without_create(runner, tmp_path, inputs, monkeypatch, before, after):
    """A first-time user's ``sitrep ingest reports/`` (no --db) still works."""
    default = tmp_path / "data" / "default.db"
    default.parent.mkdir()
    monkeypatch.setenv("SITREP_DB", str(default))
    result = runner.invoke(main, [*_args(before, inputs), *after])
    assert result.exit_code == 0, result.output
    assert f"sitrep: created new store at {default}\n" in result.stderr
    assert default.exists()


def test_quiet_keeps_the_made_store_unsaid(runner, tmp_path, inputs):
    db = tmp_path / "silent-run.db"
    result = runner.invoke(main, ["ingest", str(inputs), "--db", str(db), "--create", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "created new store" not in result.stderr and db.exists()


def test_serve_create_needs_ingest(runner, tmp_path):
    """A store served read-only is never made: it would show an empty dashboard."""
    db = tmp_path / "shown.db"
    result = runner.invoke(main, ["serve", "--db", str(db), "--create", "--port", "0"])
    assert result.exit_code == 2 and "--create needs --ingest" in result.output
    assert not db.exists()


@pytest.mark.parametrize("command", ["ingest", "watch", "load", "serve"])
def test_help_tells_of_create(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "--create" in result.output
