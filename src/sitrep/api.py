"""The library calls behind each command: read, extract, ingest, query.

    from sitrep.api import extract_paths, ingest_paths
    for article, events in extract_paths(["examples/"]):
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from sitrep.nlp.pipeline import Extractor
from sitrep.read import ReadError, iter_reports
from sitrep.records import Article, Event
from sitrep.store import Store, open_store


@cache
def default_extractor() -> Extractor:
    """One pipeline per process: loading the model and the gazetteer is the slow part."""
    return Extractor()


def extract_paths(
    paths: Sequence[str | Path], *, published: date | None = None, extractor: Extractor | None = None,
) -> Iterator[tuple[Article | ReadError, list[Event]]]:
    """Each report under ``paths`` with its records; a report that cannot be read comes as a ReadError."""
    ex = extractor or default_extractor()
    batch: list[Article] = []
    for item in iter_reports([Path(p) for p in paths], published=published):
        if isinstance(item, ReadError):
            yield from ex.pipe(batch)
            batch = []
            yield item, []
        else:
            batch.append(item)
            if len(batch) >= 32:
                yield from ex.pipe(batch)
                batch = []
    yield from ex.pipe(batch)


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    events: int = 0
    refused: list[ReadError] = field(default_factory=list)


def ingest_paths(
    paths: Sequence[str | Path], *, db: str | Path | None = None, published: date | None = None,
    extractor: Extractor | None = None, store: Store | None = None,
) -> IngestReport:
    """Extract every report under ``paths`` and store it with its events, one article per transaction.

    A report already stored (same text, same id) is skipped before extraction, so ingesting
    twice adds nothing.
    """
    report = IngestReport()
    own = store is None
    st = store or open_store(db)
    try:
        ex = extractor or default_extractor()
        for item in iter_reports([Path(p) for p in paths], published=published):
            if isinstance(item, ReadError):
                report.refused.append(item)
                continue
            if st.has_article(item.id):
                report.skipped += 1
                continue
            events = ex.extract(item)
            if st.add_article(item, events):
                report.added += 1
                report.events += len(events)
            else:
                report.skipped += 1
    finally:
        if own:
            st.close()
    return report
