"""What the claim probes share: the record of a probe text whose claimants a case checks."""

from __future__ import annotations

from datetime import date

from sitrep.records import Article, Event


def probe_record(extractor, text: str, fam: str | None, key: str | None) -> Event | None:
    """The first record of family ``fam`` (with ``key`` in its evidence, when given) of an invented report
    published on 2025-05-22; None for a case of no event (``fam`` None), after checking there is no record."""
    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    if fam is None:
        assert records == []
        return None
    mine = [r for r in records if r.type.split(".")[0] == fam and (not key or any(key in e.text for e in r.evidence))]
    assert mine
    return mine[0]
