"""The library calls behind the commands (sitrep.api) that need no pipeline: days, exports, refusals."""

from __future__ import annotations

import io
from datetime import date

import pytest

from sitrep.api import daily_brief, export_store, latest_day, mentions_in_paths, write_events
from sitrep.read import ReadError
from sitrep.store import open_store


def test_an_empty_store_has_no_latest_day_and_no_brief_without_a_day(tmp_path):
    with open_store(tmp_path / "empty.db") as store:
        assert latest_day(store) is None
        with pytest.raises(LookupError, match="no dated events"):
            daily_brief(store)
        assert daily_brief(store, date(2024, 3, 1)).events == 0


def test_an_empty_store_exports_nothing(tmp_path):
    out = io.StringIO()
    with open_store(tmp_path / "empty.db") as store:
        assert export_store(store, "geojson", out, type="attack") == (0, 0)
    assert '"features"' in out.getvalue()


def test_an_unknown_format_names_the_known_ones():
    with pytest.raises(ValueError, match="one of acled-csv, plover-jsonl, geojson, parquet, csv"):
        write_events([], "xlsx", io.StringIO())


@pytest.mark.parametrize("kind", ["places", "times"])
def test_a_report_that_cannot_be_read_comes_with_no_mentions(tmp_path, kind):
    blank = tmp_path / "blank.txt"
    blank.write_text("")
    [(item, mentions)] = list(mentions_in_paths([blank], kind))
    assert isinstance(item, ReadError) and mentions == []
