"""What the command tests share: a runner, and a store whose events were merged from three reports."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from sitrep.records import Event
from sitrep.store import open_store
from tests.merge.test_merge import STORY, _article


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_path(tmp_path):
    db = tmp_path / "merged.db"
    with open_store(db) as st:
        for n, recs in STORY:
            st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])
    return db
