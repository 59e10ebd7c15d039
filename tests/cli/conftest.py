"""What the command tests share: a runner, and a store whose events were merged from three reports."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from sitrep.records import Event
from sitrep.store import open_store
from tests.merge.test_merge import STORY, _article


@pytest.fixture()
def runner(monkeypatch) -> CliRunner:
    """A runner; ``--quiet`` puts $SITREP_QUIET in this process's environment (for worker processes), so
    it is reset here and after the test, not to silence the next test's messages."""
    monkeypatch.setenv("SITREP_QUIET", "")
    return CliRunner()


@pytest.fixture
def store_path(tmp_path):
    db = tmp_path / "merged.db"
    with open_store(db) as st:
        for n, recs in STORY:
            st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])
    return db
