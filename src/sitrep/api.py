"""The library calls behind each command: read, extract, ingest, query.

    from sitrep.api import extract_paths, ingest_paths
    for article, events in extract_paths(["examples/"]):
        ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from sitrep.evaluate import EvalResult, GoldReport, evaluate
from sitrep.evaluate.corpora import corpus_text, is_corpus_reference
from sitrep.export.daily import DailyReport, daily_report
from sitrep.merge.figures import COUNTED_STATUSES
from sitrep.nlp.pipeline import Extractor, default_extractor
from sitrep.read import ReadError, iter_reports, read_path
from sitrep.records import Article, Event
from sitrep.store import Store, open_store


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
            if len(batch) >= 64:  # Extractor.pipe's batch: the model's own
                yield from ex.pipe(batch)
                batch = []
    yield from ex.pipe(batch)


@dataclass
class IngestReport:
    """What an ingest did, articles, records and events apart: "12 articles read (10 added, 2 already
    stored), 3 refused; 41 records; 29 events (17 new, 12 merged into stored events)"."""

    added: int = 0  # reports stored now
    skipped: int = 0  # reports the store held already
    records: int = 0  # records the added reports gave, as stored (a record told twice is one)
    new_events: int = 0  # events the added reports' records are in, told by none stored before
    merged_events: int = 0  # events the added reports' records joined, told by reports stored before
    refused: list[ReadError] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # ids of the reports read that the store holds

    @property
    def events(self) -> int:
        return self.new_events + self.merged_events

    def summary(self) -> str:
        """The line ``sitrep ingest`` ends with."""
        read = self.added + self.skipped
        return (f"{read} articles read ({self.added} added, {self.skipped} already stored), "
                f"{len(self.refused)} refused; {self.records} records; {self.events} events "
                f"({self.new_events} new, {self.merged_events} merged into stored events)")


def ingest_paths(
    paths: Sequence[str | Path], *, db: str | Path | None = None, published: date | None = None,
    extractor: Extractor | None = None, store: Store | None = None,
    on_report: Callable[[Article | ReadError], None] | None = None,
) -> IngestReport:
    """Extract every report under ``paths`` and store it with its events, one article per transaction.

    A report already stored (same text, same id) is skipped before extraction, so ingesting
    twice adds nothing. An input that cannot be read, or a report whose extraction fails, is
    refused: recorded in the store with its reason (``sitrep rejects``), and the rest goes on.
    ``on_report`` is told of each report (or refusal) once it is dealt with (a progress bar).
    """
    report = IngestReport()
    own = store is None
    st = store or open_store(db)
    added: list[str] = []
    try:
        ex = extractor or default_extractor()
        for item in iter_reports([Path(p) for p in paths], published=published):
            _ingest_one(item, st, ex, report, added)
            if on_report is not None:
                on_report(item)
        report.new_events, report.merged_events = st.tally_events(added)
    finally:
        if own:
            st.close()
    return report


def _ingest_one(item: Article | ReadError, st: Store, ex: Extractor, report: IngestReport, added: list[str]) -> None:
    """Store one report (or record its refusal) and count it in ``report``."""
    if isinstance(item, ReadError):
        report.refused.append(item)
        st.add_reject(item.path, item.reason)
        return
    if st.has_article(item.id):
        report.skipped += 1
        report.articles.append(item.id)
        return
    try:
        events = ex.extract(item)
    except Exception as exc:  # one report's failure must not stop the batch
        err = ReadError(item.source or item.id, f"extraction failed: {type(exc).__name__}: {exc}")
        report.refused.append(err)
        st.add_reject(err.path, err.reason)
        return
    report.articles.append(item.id)
    if st.add_article(item, events):
        report.added += 1
        added.append(item.id)
        report.records += st.count_records(item.id)  # what was stored: a record read twice is one
        if item.source:
            st.clear_rejects(item.source)
    else:
        report.skipped += 1


def mentions_in_paths(
    paths: Sequence[str | Path], kind: Literal["places", "times", "triggers"], *, published: date | None = None,
) -> Iterator[tuple[Article | ReadError, list[dict[str, Any]]]]:
    """Each report under ``paths`` with its place (or time, or trigger) mentions, as ``place_mentions``,
    ``time_mentions`` and ``trigger_verdicts`` give them; a report that cannot be read comes as a
    ReadError with none. A report with no date of its own is read as published ``published``, else today."""
    for item in iter_reports([Path(p) for p in paths], published=published or date.today()):
        if isinstance(item, ReadError):
            yield item, []
        elif kind == "places":  # the command lists the names refused as places too, and why
            yield item, place_mentions(item, refused=True)
        else:
            yield item, time_mentions(item) if kind == "times" else trigger_verdicts(item)


def evaluate_gold(paths: Sequence[str | Path], *, extractor: Extractor | None = None) -> EvalResult:
    """Extract the report of each gold file under ``paths`` and score its records against the gold."""
    ex = extractor or default_extractor()

    def extract(gold: GoldReport) -> tuple[str, list[dict[str, Any]]]:
        article = gold_article(gold)
        return article.text, [e.to_dict() for e in ex.extract(article)]

    return evaluate([Path(p) for p in paths], extract)


def gold_article(gold: GoldReport) -> Article:
    """The report a gold file is about: a report file read as sitrep reads any, or an article of an
    evaluation corpus (``eval/geo/lgl.xml#39165156``, a TimeML file) dated by the gold file."""
    path = Path(gold.report_path)
    if is_corpus_reference(path, gold.docid):
        return Article(text=corpus_text(path, gold.docid), published=gold.published, outlet=gold.outlet,
                       source=f"{path}#{gold.docid}" if gold.docid else str(path))
    return read_path(path, published=gold.published)[0]


def latest_day(store: Store) -> date | None:
    """The last day the store's events reach."""
    day = store.latest_day()
    return date.fromisoformat(day) if day else None


def daily_brief(store: Store, day: date | None = None, *, country: str | None = None) -> DailyReport:
    """The daily situation report of ``day``; with no day, of the latest day with an event that happened
    (a protest planned for next week is not yet news), and the report says so. Raises LookupError when
    no day is given and the store holds no dated event."""
    if day is not None:
        return daily_report(store, day, country=country)
    found = store.latest_event_day(COUNTED_STATUSES)
    if found is None:
        if latest_day(store) is None:
            raise LookupError("the store holds no dated events")
        raise LookupError("the store holds no dated events that occurred (only planned or proposed ones)")
    brief = daily_report(store, date.fromisoformat(found), country=country)
    brief.chosen = (f"No day was asked for: {found} is the latest day with events that occurred "
                    f"(planned, proposed or agreed events later than it are not reported).")
    return brief


EXPORT_FORMATS = ("acled-csv", "plover-jsonl", "geojson", "parquet", "csv")


def iter_events(store: Store, *, page: int = 1000, **filters: Any) -> Iterator[Event]:
    """The store's events that pass ``filters``, oldest first (as ``Store.events`` orders them), read
    ``page`` at a time by id, so that a large store is never held whole."""
    from sitrep.web.index import EventIndex, Filters

    index = EventIndex(store)
    _, ids = index.page(Filters(**filters), limit=len(index.facts))
    for k in range(0, len(ids), page):
        yield from index.events(ids[k:k + page])


def write_events(events: Iterable[Event], fmt: str, out: Any,
                 article: Callable[[str], Article | None] | None = None) -> tuple[int, int]:
    """Write ``events`` in ``fmt`` to ``out`` (text stream; a binary one for parquet). Gives (written,
    left out: events of a type the format has no category for). ``article`` finds a report by id
    (ACLED's source columns)."""
    if fmt == "csv":
        from sitrep.export.table import write_csv

        return write_csv(events, out), 0
    if fmt == "geojson":
        from sitrep.export.geojson import write_geojson

        return write_geojson(events, out), 0
    if fmt == "plover-jsonl":
        from sitrep.export.plover import write_plover

        return write_plover(events, out)
    if fmt == "acled-csv":
        from sitrep.export.acled import write_acled

        return write_acled(events, out, article or (lambda _aid: None))
    if fmt == "parquet":
        from sitrep.export.parquet import write_parquet

        return write_parquet(events, out), 0
    raise ValueError(f"{fmt}: not an export format (one of {', '.join(EXPORT_FORMATS)})")


def export_store(store: Store, fmt: str, out: Any, *, on_event: Callable[[Event], None] | None = None,
                 **filters: Any) -> tuple[int, int]:
    """Write the store's events that pass ``filters`` (those of ``Store.events``), oldest first, in
    ``fmt`` to ``out``. Gives (written, left out). ``on_event`` is told of each event as it is read (a
    progress bar)."""
    events = iter_events(store, **filters)
    if on_event is not None:
        events = _told(events, on_event)
    return write_events(events, fmt, out, cache(store.article))


def _told(events: Iterable[Event], on_event: Callable[[Event], None]) -> Iterator[Event]:
    for ev in events:
        yield ev
        on_event(ev)


def _parsed(article: Article, extractor: Extractor | None = None) -> Any:
    return (extractor or default_extractor()).parse(article)


def place_mentions(article: Article, *, extractor: Extractor | None = None, top: int = 5,
                   refused: bool = False) -> list[dict[str, Any]]:
    """Every place name found in a report, how it was resolved, the candidates it was weighed against,
    why it was taken or refused as a place (``reason``) and the ranking feature that chose its place
    (``decided_by``); with ``refused``, also the place and nationality names no rule took, and why."""
    from sitrep.nlp.places.finder import PlaceFinder, extra_mentions
    from sitrep.nlp.places.reasons import reason, refused_names

    ex = extractor or default_extractor()
    finder = ex.nlp.get_pipe("sitrep_places")  # the gazetteer and lexicon the pipeline read the report with
    assert isinstance(finder, PlaceFinder)
    gaz, lex = finder.gaz, finder.lex
    doc = _parsed(article, ex)
    out = []
    pipeline = {id(m) for m in doc._.places or []}
    listed = sorted([*(doc._.places or []), *extra_mentions(doc, gaz, lex)], key=lambda m: m.start)
    for m in listed:
        ctx = {"context_countries": m.context[0], "context_admin1": m.context[1], "hint": m.hint, "near": m.near}
        fixed = m.hint in ("demonym", "within", "facility")
        ranked = [(m.place, 100.0)] if fixed else gaz.candidates(m.text, **ctx)
        p = m.place
        out.append({
            "text": m.text, "start": m.start, "end": m.end, "name": p.name, "country": p.country,
            "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "precision": p.precision,
            "score": ranked[0][1] if ranked else None, "metonymic": m.metonymic,
            "reason": reason(doc, m, lex, id(m) in pipeline),
            "decided_by": m.hint if fixed else gaz.decided_by(m.text, **ctx),
            "candidates": [{"name": c.name, "country": c.country, "admin1": c.admin1, "lat": c.lat, "lon": c.lon,
                            "geonameid": c.geonameid, "precision": c.precision, "score": sc}
                           for c, sc in ranked[:top]],
            # a site, or a village the gazetteer does not know, placed at the town or region it is in
            **({"facility": getattr(m, "kind", "facility"), "within": p.name} if m.hint == "facility" else
               {"within": p.name} if m.hint == "within" else {}),
        })
    if refused:
        out += [{"text": e.text, "start": e.start_char, "end": e.end_char, "name": None, "refused": True,
                 "reason": why, "candidates": []}
                for e, why in refused_names(doc, listed, frozenset({"GPE", "LOC", "NORP"}))]
        out.sort(key=lambda row: row["start"])
    return out


def _adjective_of_a_set(doc: Any, start: int, end: int) -> bool:
    """"quarterly" in "quarterly earnings", "daily" in "a daily newspaper": a word of a repeated time
    that modifies a noun names no time."""
    from sitrep.nlp.time.units import words

    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ == "amod" and span[0].lower_ in words().timex_sets


def _time_spans(doc: Any, text: str) -> dict[tuple[int, int], str]:
    """Every time expression's span and its NER label (DATE or TIME): the NER's, those resolved, and
    those with a TIMEX3 value but no window ("now", "daily", "every Monday", "8 p.m.") where nothing
    longer is. An adjective of a repeated time is no expression ("a daily newspaper")."""
    from sitrep.nlp.time.value import find_values, names_no_time

    resolved = {(t.start, t.end) for t in doc._.times or []}
    spans = {(e.start_char, e.end_char): e.label_ for e in doc.ents if e.label_ in ("DATE", "TIME")}
    spans.update({se: spans.get(se, "DATE") for se in resolved})
    kept = {se: label for se, label in spans.items()
            if not any(rs <= se[0] and se[1] <= re_ and (rs, re_) != se for rs, re_ in resolved)
            and not _adjective_of_a_set(doc, *se) and not names_no_time(text[se[0]:se[1]])}
    for s, e in find_values(text):
        inside = [ks for ks in kept if s <= ks[0] and ks[1] <= e]
        if any(ks < e and s < ke for ks, ke in kept if (ks, ke) not in inside) or _adjective_of_a_set(doc, s, e):
            continue
        for ks in inside:  # "each Thursday" over "Thursday"
            del kept[ks]
        kept[(s, e)] = "DATE"
    return kept


def trigger_verdicts(article: Article, *, extractor: Extractor | None = None) -> list[dict[str, Any]]:
    """Every match of a trigger word in a report and what became of it: why sitrep made a record of a
    sentence, or did not.

    ``entry`` is the type of the lexicon entry that matched; ``verdict`` is "event", or the name of the
    rule or step that read the match as no event (its docstring in ``sitrep.nlp.triggers`` gives a
    made-up example), or "unmet: " and the entry's condition the match failed; ``type`` and ``status`` are the trigger's, for an event; ``record`` is the id of
    the record whose evidence holds the word, and ``record_type`` its type (an event with no record was
    folded into another of the sentence, or dropped later: sides, dates or the sense step)."""
    from sitrep.nlp.triggers import TriggerFinder

    ex = extractor or default_extractor()
    finder = ex.nlp.get_pipe("sitrep_triggers")  # the rules the pipeline read the report with
    assert isinstance(finder, TriggerFinder)
    doc = _parsed(article, ex)
    verdicts: list[Any] = []
    finder.find(doc, verdicts)
    records = [(sp.start, sp.end, ev) for ev in doc._.events or [] for sp in ev.evidence]
    out = []
    for v in verdicts:
        holder = next((ev for s, e, ev in records if s <= v.start and v.end <= e), None) \
            if v.verdict == "event" else None
        out.append({"text": v.text, "start": v.start, "end": v.end, "entry": v.entry, "verdict": v.verdict,
                    "type": v.type, "status": v.status, "record": holder.id if holder else None,
                    "record_type": holder.type if holder else None})
    return out


def time_mentions(article: Article, *, extractor: Extractor | None = None) -> list[dict[str, Any]]:
    """Every time expression found in a report, the window it resolved to and its TIMEX3 value.

    ``start_date``..``end_date`` is what an act dated by the expression may occupy ("this week" in a
    past act ends on publication day; null for durations and sets); ``value`` is the calendar unit
    the words name, written as TimeML writes it (``2025-05-22``, ``2025-W21``, ``2025-05``, ``2025``;
    null for nights and spans). ``type`` (DATE, TIME, DURATION, SET), ``timex_value`` (``P3Y``,
    ``2025-05-21TNI``, ``XXXX-WXX-1``, ``PAST_REF``), ``mod`` (START, MID, END, APPROX, ...) and
    ``quant`` (EVERY) are its TimeML TIMEX3 attributes (``sitrep.nlp.time.value``); ``timex_anchor``
    is "publication" when a clock time's day was taken from the publication date; ``timex_start``..
    ``timex_end`` are the characters TimeML tags (no leading "since", "in", "on"; no trailing "'s").
    """
    from sitrep.nlp.time.story import read_story
    from sitrep.nlp.time.value import timex_extent

    doc = _parsed(article, extractor)
    resolved = {(t.start, t.end): t for t in doc._.times or []}
    spans = [(s, e, label, resolved[(s, e)].window if (s, e) in resolved else None)
             for (s, e), label in sorted(_time_spans(doc, article.text).items())]
    out = []
    for r in read_story(article.text, spans, article.published):
        t, w, tx = resolved.get(r.whole), r.window, r.timex
        ts, te = timex_extent(article.text, r.start, r.end)
        out.append({
            "text": article.text[r.start:r.end], "start": r.start, "end": r.end,
            "start_date": w.start.isoformat() if w and w.start else None,
            "end_date": w.end.isoformat() if w and w.end else None,
            "precision": w.precision if w else None,
            "value": w.value if w else None,
            "anchor": t.anchor if t else None,
            "type": tx.type, "timex_value": tx.value, "mod": tx.mod, "quant": tx.quant,
            "timex_anchor": tx.anchor, "timex_start": ts, "timex_end": te,
        })
    return out
