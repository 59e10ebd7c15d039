"""One stored event from the records that tell it: every article, evidence sentence and claim,
each count with its claim, and the range where claims disagree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from sitrep.merge.rules import PLACE_RANK, article_of
from sitrep.records import Actor, DateWindow, Event, Quantity, Range

UNKNOWN_DAY = "9999-12-31"
"""Where a record whose report's date is not known falls in the order of ``event_id``: last."""


def event_id(records: Sequence[Event], published: Mapping[str, str] | None = None) -> str:
    """The id of the group's earliest record: the one whose report was published first (``published``
    gives each report's ISO day by its id), ties by record id. A lone record keeps its id, and an
    event keeps its id as later reports join it or leave it; the order is total, so any ingest
    order names a group alike. E.g. records ev_b (report of 3 May) and ev_a (of 4 May) make ev_b."""
    days = published or {}
    return min(records, key=lambda r: (days.get(article_of(r), UNKNOWN_DAY), r.id)).id


def _primary(records: Sequence[Event]) -> Event:
    """The record whose place is the most precise and whose telling is the fullest."""
    return min(records, key=lambda r: (PLACE_RANK.get(r.location.precision, 5) if r.location else 6,
                                       -len(r.claims) - len(r.quantities), r.id))


def _window_days(ev: Event) -> int:
    if not ev.date.start or not ev.date.end:
        return 10**6
    return (date.fromisoformat(ev.date.end) - date.fromisoformat(ev.date.start)).days


def _commonest_type(records: Sequence[Event], main: Event) -> str:
    """The type most records give; on a tie the primary record's, else the first by name."""
    types = Counter(r.type for r in records)
    top = max(types.values())
    return main.type if types[main.type] == top else sorted(t for t, n in types.items() if n == top)[0]


def _narrowest_date(records: Sequence[Event], main: Event) -> DateWindow:
    """"on Tuesday" over "this week"; on a tie the primary record's."""
    return min(records, key=lambda r: (_window_days(r), r is not main, r.id)).date


def _actors(records: Sequence[Event], main: Event) -> list[Actor]:
    """Each actor once by role and name, the primary record's first."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in [main, *[x for x in records if x is not main]]:
        for a in r.actors:
            key = (a.role, a.name.lower())
            if key not in seen:
                seen.add(key)
                out.append(Actor(**vars(a)))
    return out


def _add_telling(merged: Event, record: Event, damage_seen: set[str]) -> None:
    """``record``'s claims, evidence and counts (each count still pointing at its claim, and
    saying which report told it), and its damage not told yet."""
    offset = len(merged.claims)
    merged.claims.extend(record.claims)
    merged.evidence.extend(record.evidence)
    for q in record.quantities:
        merged.quantities.append(Quantity(q.item, q.role, q.value, q.qualifier, q.text,
                                          None if q.claim is None else q.claim + offset, article_of(record)))
    for d in record.damage:
        if d.object not in damage_seen:
            damage_seen.add(d.object)
            merged.damage.append(d)


def _confidence(records: Sequence[Event]) -> float:
    """Each report that tells it makes it likelier: one minus the chance that every one is wrong."""
    doubt = 1.0
    for r in records:
        doubt *= 1.0 - r.confidence
    return min(0.99, 1.0 - doubt)


def combine(records: Sequence[Event], published: Mapping[str, str] | None = None) -> Event:
    """One stored event from the records that tell it (a lone record comes back as it is), named by
    its earliest record (``event_id``)."""
    recs = sorted(records, key=lambda r: r.id)
    if len(recs) == 1:
        return recs[0]
    main = _primary(recs)
    merged = Event(type=_commonest_type(recs, main), status=main.status, date=_narrowest_date(recs, main),
                   location=main.location)
    merged.actors.extend(_actors(recs, main))
    damage_seen: set[str] = set()
    for r in recs:
        _add_telling(merged, r, damage_seen)
    merged.articles = sorted({a for r in recs for a in r.articles})
    merged.confidence = _confidence(recs)
    merged.sense = max((r.sense for r in recs if r.sense is not None), default=None)  # its likeliest reading
    merged.ranges = ranges(merged.quantities)
    merged.id = event_id(recs, published)
    return merged


def ranges(quantities: Sequence[Quantity]) -> list[Range]:
    """For each count told with different numbers, the low and high and which quantities say so."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for i, q in enumerate(quantities):
        by_key.setdefault((q.item, q.role), []).append(i)
    out = []
    for (item, role), idx in by_key.items():
        values = {quantities[i].value for i in idx}
        if len(values) > 1:
            out.append(Range(item, role, min(values), max(values), idx))
    return out
