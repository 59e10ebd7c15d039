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
from typing import Any

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
    articles: list[str] = field(default_factory=list)  # ids of the reports read that the store holds


def ingest_paths(
    paths: Sequence[str | Path], *, db: str | Path | None = None, published: date | None = None,
    extractor: Extractor | None = None, store: Store | None = None,
) -> IngestReport:
    """Extract every report under ``paths`` and store it with its events, one article per transaction.

    A report already stored (same text, same id) is skipped before extraction, so ingesting
    twice adds nothing. An input that cannot be read, or a report whose extraction fails, is
    refused: recorded in the store with its reason (``sitrep rejects``), and the rest goes on.
    """
    report = IngestReport()
    own = store is None
    st = store or open_store(db)
    try:
        ex = extractor or default_extractor()
        for item in iter_reports([Path(p) for p in paths], published=published):
            if isinstance(item, ReadError):
                report.refused.append(item)
                st.add_reject(item.path, item.reason)
                continue
            if st.has_article(item.id):
                report.skipped += 1
                report.articles.append(item.id)
                continue
            try:
                events = ex.extract(item)
            except Exception as exc:  # one report's failure must not stop the batch
                err = ReadError(item.source or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
                report.refused.append(err)
                st.add_reject(err.path, err.reason)
                continue
            report.articles.append(item.id)
            if st.add_article(item, events):
                report.added += 1
                report.events += st.count_records(item.id)  # what was stored: a record read twice is one
                if item.source:
                    st.clear_rejects(item.source)
            else:
                report.skipped += 1
    finally:
        if own:
            st.close()
    return report


def _parsed(article: Article, extractor: Extractor | None = None) -> Any:
    ex = extractor or default_extractor()
    return ex.nlp(ex._doc(article))


def place_mentions(article: Article, *, extractor: Extractor | None = None, top: int = 5) -> list[dict[str, Any]]:
    """Every place name found in a report, how it was resolved, and the candidates it was weighed against."""
    from sitrep.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    doc = _parsed(article, extractor)
    out = []
    from sitrep.nlp.places.finder import extra_mentions

    for m in sorted([*(doc._.places or []), *extra_mentions(doc)], key=lambda m: m.start):
        ranked = ([(m.place, 100.0)] if m.hint in ("demonym", "within", "facility") else
                  gaz.candidates(m.text, context_countries=m.context[0], context_admin1=m.context[1], hint=m.hint,
                                 near=m.near))
        p = m.place
        out.append({
            "text": m.text, "start": m.start, "end": m.end, "name": p.name, "country": p.country,
            "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "precision": p.precision,
            "score": ranked[0][1] if ranked else None, "metonymic": m.metonymic,
            "candidates": [{"name": c.name, "country": c.country, "admin1": c.admin1, "lat": c.lat, "lon": c.lon,
                            "geonameid": c.geonameid, "precision": c.precision, "score": sc}
                           for c, sc in ranked[:top]],
            # a site, or a village the gazetteer does not know, placed at the town or region it is in
            **({"facility": getattr(m, "kind", "facility"), "within": p.name} if m.hint == "facility" else
               {"within": p.name} if m.hint == "within" else {}),
        })
    return out


def time_mentions(article: Article, *, extractor: Extractor | None = None) -> list[dict[str, Any]]:
    """Every time expression found in a report and the window it resolved to (null for durations and sets).

    ``start_date``..``end_date`` is what an act dated by the expression may occupy ("this week" in a
    past act ends on publication day); ``value`` is the calendar unit the words name, written as
    TimeML writes it (``2025-05-22``, ``2025-W21``, ``2025-05``, ``2025``; null for nights and spans).
    """
    doc = _parsed(article, extractor)
    resolved = {(t.start, t.end): t for t in doc._.times or []}
    spans = {(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")} | set(resolved)
    out = []
    for s, e in sorted(spans):
        if any(rs <= s and e <= re_ and (rs, re_) != (s, e) for rs, re_ in resolved):
            continue  # inside a longer expression that was resolved
        t = resolved.get((s, e))
        w = t.window if t else None
        out.append({
            "text": article.text[s:e], "start": s, "end": e,
            "start_date": w.start.isoformat() if w and w.start else None,
            "end_date": w.end.isoformat() if w and w.end else None,
            "precision": w.precision if w else None,
            "value": w.value if w else None,
            "anchor": t.anchor if t else None,
        })
    return out
