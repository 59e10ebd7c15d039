"""``sitrep serve`` (sitrep.cli.serve): help for people, refusals before anything starts."""

from __future__ import annotations

from click.testing import CliRunner

from sitrep.cli import main


def test_serve_help_says_what_it_serves():
    out = CliRunner().invoke(main, ["serve", "--help"]).output
    for words in ("--db", "--host", "--port", "--ingest", "SITREP_TOKEN", "--public", "loopback", "/api/openapi.json"):
        assert words in out


def test_ingest_needs_a_token(monkeypatch):
    monkeypatch.delenv("SITREP_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--ingest", "--db", ":memory:"])
    assert result.exit_code == 2 and "SITREP_TOKEN" in result.output
