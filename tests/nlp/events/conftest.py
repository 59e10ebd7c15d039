"""The events tests' shared fixture: a report's records, published on a Thursday unless told."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

THURSDAY = date(2025, 5, 22)


@pytest.fixture(scope="module")
def events_of(extractor):
    def run(text: str, published: date = THURSDAY):
        return extractor.extract(Article(text, published))

    return run
