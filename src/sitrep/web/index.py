"""Fast reads over a store for the HTTP API: filtered pages of event ids, counts and daily statistics.

    index = EventIndex(store)
    total, ids = index.page(Filters(type="attack", country="UKR"), limit=50, offset=0)
    summary = index.stats(Filters(since="2025-05-01"), daily=("family", "side"))

The index holds one row of facts per event (dates, type, family, country, side, launched and
intercepted totals) in numpy arrays, so a filter, a count or a day-by-day breakdown over
100,000 events takes a millisecond or two. It is rebuilt when the store changes: for SQLite
that is seen from ``PRAGMA data_version`` and the connection's own change count; for other
stores after ``ttl`` seconds. The filters mean exactly what ``Store.events`` makes of them
(``tests/web/test_index.py`` holds the two side by side).

The *side* of an event is the country (else the name) of its first initiator, or
``unattributed``. *Launched*, *intercepted* and *killed* are, per event, its one figure of each
(``sitrep.merge.figures``: a total is not added to its parts, nor one claim to itself told twice,
nor two claimants' numbers; killed is ACLED's fatalities), and 0 for an event that does not add to
tolls (a planned protest, an accusation), so they agree with ``sitrep report`` and the exports. The *day* of an event is its start, or for a night its end (the morning after,
as the daily report has it).
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from sitrep.merge.figures import counted, figures_of, people_of, role_total_of
from sitrep.records import Event, Quantity, family
from sitrep.store.filters import SEPARATOR, EventFilter

NONE_DAY = -(2**31)  # a missing date: fails every since/until comparison, as NULL does in SQL
DIMENSIONS = ("family", "type", "country", "side")
# columns held as codes into a vocabulary; "actors" and "claimants" too: a word filter then looks
# through each distinct list of names once, not through every event
CODED = (*DIMENSIONS, "status", "admin1", "place_precision", "actors", "claimants")
MASKS_KEPT = 16  # filters whose rows are kept until the store changes (a filter change asks three times)
MEASURES = ("killed", "injured", "largest")  # what the map sizes and colours its symbols by
UNATTRIBUTED = "unattributed"
NO_COUNTRY = "none"


Filters = EventFilter  # the one filter set (``sitrep.store.filters``), by its older name here


@dataclass
class Fact:
    id: str
    type: str
    country: str | None
    start: str | None
    end: str | None
    precision: str | None
    side: str
    launched: int
    intercepted: int
    status: str = "occurred"
    admin1: str | None = None
    actors: str = ""  # names and country codes of the actors, lower case, joined by SEPARATOR
    claimants: str = ""  # names of the claimants, lower case, joined by SEPARATOR
    place: str | None = None  # the place's name
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None  # point, city, ... admin1, country
    killed: int = 0  # the event's one figure of the dead (12 civilians including 5 children: 12)
    injured: int = 0  # ... and of the injured
    largest: int = 0  # the largest count of anything the event gives


def _joined(names: Iterable[str | None]) -> str:
    return SEPARATOR.join(n.lower() for n in names if n)


def _ordinal(value: str | None) -> int:
    if not value:
        return NONE_DAY
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return NONE_DAY


Tolls = tuple[int, int, int, int]  # launched, intercepted, killed, injured


def _tolls(type_: str, status: str, quantities: Iterable[dict[str, Any]], claimants: list[str]) -> Tolls:
    """Launched, intercepted, killed and injured: the event's one figure of each (``sitrep.merge.figures``;
    people as ACLED's fatalities: the person figure, else the largest group's)."""
    if not counted(type_, status):
        return 0, 0, 0, 0
    figs = figures_of([Quantity(**q) for q in quantities], claimants)
    return (role_total_of(figs, "launched"), role_total_of(figs, "intercepted"), people_of(figs, "killed"),
            people_of(figs, "injured"))


def _stored_tolls(type_: str, status: str, quantities: str | None, claimants: str | None) -> Tolls:
    """``_tolls`` of the JSON SQLite hands over, read only for an event that adds to tolls and counts."""
    if not counted(type_, status) or not quantities or quantities == "[]":
        return 0, 0, 0, 0
    return _tolls(type_, status, json.loads(quantities), json.loads(claimants or "[]"))


def _sqlite_fact(r: Sequence[Any]) -> Fact:
    """One row of ``_SQLITE_FACTS`` as facts."""
    launched, intercepted, killed, injured = _stored_tolls(r[1], r[7], r[15], r[16])
    return Fact(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or UNATTRIBUTED, launched, intercepted,
                r[7], r[8], (r[9] or "").lower(), (r[10] or "").lower(), r[11], r[12], r[13], r[14],
                killed, injured, int(r[17] or 0))


def fact_of(ev: Event | dict[str, Any]) -> Fact:
    """The facts the index keeps about one event."""
    d = ev.to_dict() if isinstance(ev, Event) else ev
    loc = d.get("location") or {}
    side = next((a.get("country") or a.get("name") for a in d.get("actors", []) if a.get("role") == "initiator"),
                None) or UNATTRIBUTED
    qs = d.get("quantities", [])
    actors = d.get("actors", [])
    names = [c["claimant"]["name"] for c in d.get("claims", [])]
    launched, intercepted, killed, injured = _tolls(d["type"], d["status"], qs, names)
    return Fact(d["id"], d["type"], loc.get("country"), d["date"].get("start"), d["date"].get("end"),
                d["date"].get("precision"), side, launched, intercepted, d["status"], loc.get("admin1"),
                _joined([*(a.get("name") for a in actors), *(a.get("country") for a in actors)]),
                _joined(names), loc.get("name"), loc.get("lat"), loc.get("lon"), loc.get("precision"),
                killed, injured, _largest(qs))


def _largest(quantities: Iterable[dict[str, Any]], role: str | None = None) -> int:
    return max((q["value"] for q in quantities if isinstance(q.get("value"), int)
                and (role is None or q.get("role") == role)), default=0)


class _Vocab:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.codes: dict[str, int] = {}

    def code(self, name: str) -> int:
        if name not in self.codes:
            self.codes[name] = len(self.names)
            self.names.append(name)
        return self.codes[name]


class Facts:
    """Column arrays over all events, kept in the store's order (date_start, nulls first, then id). Rows
    can be taken out and added without building the whole anew."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.vocab = {dim: _Vocab() for dim in CODED}
        self._set(self._columns(facts))

    def _columns(self, facts: Sequence[Fact]) -> dict[str, np.ndarray]:
        n = len(facts)
        start = np.fromiter((_ordinal(f.start) for f in facts), dtype=np.int64, count=n)
        end = np.fromiter((_ordinal(f.end) for f in facts), dtype=np.int64, count=n)
        night = np.fromiter((f.precision == "night" for f in facts), dtype=bool, count=n)
        v = self.vocab
        return {
            "id": np.array([f.id for f in facts], dtype=str) if n else np.array([], dtype=str),
            "start": start,
            "end": np.where(end == NONE_DAY, start, end),  # coalesce(date_end, date_start)
            "day": np.where(night & (end != NONE_DAY), end, start),
            "type": np.fromiter((v["type"].code(f.type) for f in facts), dtype=np.int32, count=n),
            "family": np.fromiter((v["family"].code(family(f.type)) for f in facts), dtype=np.int32, count=n),
            "country": np.fromiter((v["country"].code(f.country or NO_COUNTRY) for f in facts), dtype=np.int32,
                                   count=n),
            "side": np.fromiter((v["side"].code(f.side) for f in facts), dtype=np.int32, count=n),
            "status": np.fromiter((v["status"].code(f.status) for f in facts), dtype=np.int32, count=n),
            "admin1": np.fromiter((v["admin1"].code((f.admin1 or "").upper()) for f in facts), dtype=np.int32,
                                  count=n),
            "actors": np.fromiter((v["actors"].code(f.actors) for f in facts), dtype=np.int32, count=n),
            "claimants": np.fromiter((v["claimants"].code(f.claimants) for f in facts), dtype=np.int32, count=n),
            "place": np.array([f.place or "" for f in facts], dtype=object),
            "lat": np.fromiter((np.nan if f.lat is None else f.lat for f in facts), dtype=np.float64, count=n),
            "lon": np.fromiter((np.nan if f.lon is None else f.lon for f in facts), dtype=np.float64, count=n),
            "place_precision": np.fromiter((v["place_precision"].code(f.place_precision or "") for f in facts),
                                           dtype=np.int32, count=n),
            **{m: np.fromiter((getattr(f, m) for f in facts), dtype=np.int64, count=n) for m in MEASURES},
            "launched": np.fromiter((f.launched for f in facts), dtype=np.int64, count=n),
            "intercepted": np.fromiter((f.intercepted for f in facts), dtype=np.int64, count=n),
        }

    def _set(self, cols: dict[str, np.ndarray]) -> None:
        order = np.lexsort((cols["id"], cols["start"]))
        self.cols = {k: c[order] for k, c in cols.items()}
        self.ids = self.cols["id"]
        self.start, self.end, self.day = self.cols["start"], self.cols["end"], self.cols["day"]
        self.codes = {dim: self.cols[dim] for dim in CODED}
        self.launched, self.intercepted = self.cols["launched"], self.cols["intercepted"]
        self.killed = self.cols["killed"]
        self._position: dict[str, int] | None = None
        self._ranks: dict[str, np.ndarray] = {}

    def rank(self, column: str) -> np.ndarray:
        """Each row's place in the alphabetical order of a column of names (for sorting by it)."""
        if column not in self._ranks:
            if column in self.vocab:
                names = self.vocab[column].names
                order = np.argsort(np.array(names, dtype=object)) if names else np.array([], dtype=np.int64)
                by_code = np.empty(len(names), dtype=np.int64)
                by_code[order] = np.arange(len(names))
                self._ranks[column] = by_code[self.cols[column]] if len(names) else self.cols[column]
            else:
                self._ranks[column] = np.unique(self.cols[column].astype(str), return_inverse=True)[1]
        return self._ranks[column]

    @property
    def position(self) -> dict[str, int]:
        if self._position is None:
            self._position = {eid: i for i, eid in enumerate(self.ids.tolist())}
        return self._position

    def replace(self, gone: Collection[str], new: Sequence[Fact]) -> None:
        """Take out the rows of ``gone`` and add ``new`` ones."""
        keep = ~np.isin(self.ids, np.array(list(gone), dtype=str)) if gone else np.ones(len(self), dtype=bool)
        added = self._columns(new)
        self._set({k: np.concatenate([c[keep], added[k]]) for k, c in self.cols.items()})

    def __len__(self) -> int:
        return len(self.ids)


# One SQL pass over a SQLite store's events (JSON1 functions), about 15 s per million events.
_SQLITE_FACTS = """
SELECT e.id, e.type, e.country, e.date_start, e.date_end, e.date_precision,
  (SELECT coalesce(json_extract(a.value, '$.country'), json_extract(a.value, '$.name'))
     FROM json_each(e.record, '$.actors') a WHERE json_extract(a.value, '$.role') = 'initiator' LIMIT 1),
  e.status, e.admin1,
  (SELECT group_concat(n, char(31)) FROM (
     SELECT json_extract(a.value, '$.name') n FROM json_each(e.record, '$.actors') a UNION ALL
     SELECT json_extract(a.value, '$.country') FROM json_each(e.record, '$.actors') a)),
  (SELECT group_concat(c.claimant_name, char(31)) FROM claims c WHERE c.event_id = e.id),
  e.location_name, e.lat, e.lon, json_extract(e.record, '$.location.precision'),
  json_extract(e.record, '$.quantities'),
  (SELECT json_group_array(json_extract(c.value, '$.claimant.name')) FROM json_each(e.record, '$.claims') c),
  (SELECT max(json_extract(q.value, '$.value')) FROM json_each(e.record, '$.quantities') q)
FROM events e
"""


def _sqlite(store: Any) -> Any:
    """The store's sqlite3 connection, if it is a SQLite store."""
    import sqlite3

    db = getattr(store, "db", None)
    return db if isinstance(db, sqlite3.Connection) else None


def _sqlite_facts(db: Any, rowids: Sequence[int] | None = None) -> list[Fact]:
    def facts(sql: str, args: Sequence[Any] = ()) -> list[Fact]:
        return [_sqlite_fact(r) for r in db.execute(sql, args)]

    if rowids is None:
        return facts(_SQLITE_FACTS)
    out: list[Fact] = []
    for k in range(0, len(rowids), 500):
        chunk = list(rowids[k:k + 500])
        out += facts(_SQLITE_FACTS + f" WHERE e.rowid IN ({','.join('?' * len(chunk))})", chunk)
    return out


def load_facts(store: Any) -> Facts:
    db = _sqlite(store)
    if db is not None:
        return Facts(_sqlite_facts(db))
    return Facts([fact_of(ev) for ev in store.events()])


class EventIndex:
    """Filtered pages, counts and statistics over a store, kept in step with it."""

    def __init__(self, store: Any, *, ttl: float = 5.0) -> None:
        self.store = store
        self.ttl = ttl
        self._facts: Facts | None = None
        self._version: Any = None
        self._loaded_at = 0.0
        self._rowids: dict[str, int] = {}  # SQLite: each event's rowid when last read
        self._masks: OrderedDict[Filters, np.ndarray] = OrderedDict()
        self.rebuilds = self.updates = 0

    # -- keeping in step ---------------------------------------------------------------
    def _current_version(self) -> Any:
        db = _sqlite(self.store)
        if db is not None:
            return (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
        return None

    @property
    def generation(self) -> int:
        """A number that changes whenever the facts do (for caching what is computed from them)."""
        self.facts  # noqa: B018 - bring them in step first
        return self.rebuilds + self.updates

    @property
    def facts(self) -> Facts:
        version = self._current_version()
        stale = (self._facts is None or version != self._version
                 or (version is None and time.monotonic() - self._loaded_at > self.ttl))
        if stale:
            self._masks.clear()
            self._version = version
            db = _sqlite(self.store)
            if db is None:
                self._facts = load_facts(self.store)
                self.rebuilds += 1
            else:
                self._sync(db)
            self._loaded_at = time.monotonic()
        assert self._facts is not None
        return self._facts

    def _sync(self, db: Any) -> None:
        """Bring the facts in step with a SQLite store: read anew only the events that changed (an event
        rewritten by a merge comes back under a new rowid, or under the highest one when it was last)."""
        own = not db.in_transaction
        if own:
            db.execute("BEGIN")  # one snapshot for the rowids and the facts
        try:
            current = dict(db.execute("SELECT id, rowid FROM events").fetchall())
            known, top = self._rowids, max(self._rowids.values(), default=0)
            changed = [r for i, r in current.items() if known.get(i) != r or r >= top]
            if self._facts is None or len(changed) > max(len(current) // 4, 1000):
                self._facts = Facts(_sqlite_facts(db))
                self.rebuilds += 1
            else:
                gone = {i for i, r in known.items() if current.get(i) != r or r >= top}
                self._facts.replace(gone, _sqlite_facts(db, changed))
                self.updates += 1
            self._rowids = current
        finally:
            if own:
                db.execute("COMMIT")

    # -- filtering ---------------------------------------------------------------------
    def mask(self, f: Filters) -> np.ndarray:
        """Which events pass the filters: each condition as ``Store.events`` makes it, over the columns.
        The answer is kept (read-only) for the last MASKS_KEPT filters until the store changes."""
        facts = self.facts  # first: a change of the store clears the kept masks
        if f in self._masks:
            self._masks.move_to_end(f)
            return self._masks[f]
        keep = np.ones(len(facts), dtype=bool)
        for name, value in f.given().items():
            keep &= self._condition(facts, name, value)
        keep.setflags(write=False)
        self._masks[f] = keep
        while len(self._masks) > MASKS_KEPT:
            self._masks.popitem(last=False)
        return keep

    def _condition(self, facts: Facts, name: str, value: str) -> np.ndarray:
        if name == "type":
            return self._coded(facts, "type", value) | self._coded(facts, "family", value)
        if name in ("country", "admin1"):
            return self._coded(facts, name, value.upper())
        if name == "status":
            return self._coded(facts, name, value)
        if name == "since":
            return (facts.end >= _ordinal(value)) & (facts.end != NONE_DAY)
        if name == "until":
            return (facts.start <= _ordinal(value)) & (facts.start != NONE_DAY)
        if name in ("actor", "claimant"):
            needle, names = value.lower(), facts.vocab[f"{name}s"].names
            hit = np.fromiter((needle in n for n in names), dtype=bool, count=len(names))
            return hit[facts.codes[f"{name}s"]] if len(names) else np.zeros(len(facts), dtype=bool)
        found = np.zeros(len(facts), dtype=bool)  # text: the store finds it (its one text condition)
        found[[facts.position[e] for e in self._text_ids(value) if e in facts.position]] = True
        return found

    @staticmethod
    def _coded(facts: Facts, column: str, value: str) -> np.ndarray:
        return facts.codes[column] == facts.vocab[column].codes.get(value, -1)

    def _text_ids(self, text: str) -> list[str]:
        if hasattr(self.store, "text_ids"):
            return list(self.store.text_ids(text))
        return [ev.id for ev in self.store.events(text=text)]

    def count(self, f: Filters) -> int:
        return int(self.mask(f).sum())

    def page(self, f: Filters, *, limit: int, offset: int = 0, newest_first: bool = False) -> tuple[int, list[str]]:
        """The number of events that pass the filters, and the ids of one page of them in order."""
        facts = self.facts
        where = np.flatnonzero(self.mask(f))
        if newest_first:
            where = where[::-1]
        return len(where), facts.ids[where[offset:offset + limit]].tolist()

    def events(self, ids: Sequence[str]) -> list[Event]:
        """The stored events with these ids, in this order (one that vanished meanwhile is left out)."""
        db = _sqlite(self.store)
        if db is None:
            found = [self.store.event(i) for i in ids]
            return [ev for ev in found if ev is not None]
        marks = ",".join("?" * len(ids))
        rows = dict(db.execute(f"SELECT id, record FROM events WHERE id IN ({marks})", list(ids)).fetchall())
        return [Event.from_dict(json.loads(rows[i])) for i in ids if i in rows]

    def sorted_page(self, f: Filters, *, sort: str, limit: int, offset: int = 0) -> tuple[int, list[str]]:
        """Like ``page``, ordered by a column (``SORTS``; "-killed": most killed first), ties by date and id
        in the same direction."""
        facts = self.facts
        descending, column = sort.startswith("-"), sort.lstrip("-")
        where = np.flatnonzero(self.mask(f))
        if descending:
            where = where[::-1]
        if column != "date":
            key = self._sort_key(facts, column)[where]
            where = where[np.argsort(-key if descending else key, kind="stable")]
        return len(where), facts.ids[where[offset:offset + limit]].tolist()

    @staticmethod
    def _sort_key(facts: Facts, column: str) -> np.ndarray:
        if column in MEASURES:
            return facts.cols[column]
        return facts.rank(column)

    def map_points(self, f: Filters, *, measure: str = "killed", bbox: tuple[float, float, float, float] | None = None,
                   most: int = 3000) -> dict[str, Any]:
        """The placed events that pass the filters (within ``bbox``: west, south, east, north), for the map:
        each event when there are at most ``most``, else grouped by rounded coordinates and by how precise
        the place is (a cell gives its number of events, their total ``measure`` and their mean point)."""
        facts = self.facts
        keep = self.mask(f) & ~np.isnan(facts.cols["lat"])
        if bbox is not None:
            west, south, east, north = bbox
            lat, lon = facts.cols["lat"], facts.cols["lon"]
            keep &= (lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)
        rows = np.flatnonzero(keep)
        out: dict[str, Any] = {"placed": len(rows), "measure": measure, "aggregated": len(rows) > most}
        out["points"] = _cells(facts, rows, measure) if len(rows) > most else _points(facts, rows, measure)
        return out

    # -- statistics --------------------------------------------------------------------
    def _counts_by_side(self, pick: Any) -> dict[str, dict[str, int]]:
        """Launched, intercepted and killed per side (the initiator's country), so that one side's drones
        are not told with the other's: {"RUS": {"launched": 110, "intercepted": 98, "killed": 0}}."""
        facts = self.facts
        names = facts.vocab["side"].names
        sides = pick(facts.codes["side"])
        sums = {col: np.bincount(sides, weights=pick(getattr(facts, col)), minlength=len(names))
                for col in ("launched", "intercepted", "killed")}
        return {names[k]: {col: int(sums[col][k]) for col in sums} for k in range(len(names))
                if any(sums[col][k] for col in sums)}

    def stats(self, f: Filters, *, daily: Sequence[str] = ("family", "side")) -> dict[str, Any]:
        """Totals by family, type, country and side; launched, intercepted and killed totals; and, as
        columns over the days that have events (``daily.date``), each day's count, launched, intercepted
        and killed totals, and its counts by each of ``daily`` (``daily.family.attack[k]``: attacks on day k)."""
        facts = self.facts
        keep = self.mask(f)
        every = bool(keep.all())  # no filter: whole columns, without copying them

        def pick(column: np.ndarray) -> np.ndarray:
            return column if every else column[keep]

        out: dict[str, Any] = {"total": len(facts) if every else int(keep.sum())}
        for dim in DIMENSIONS:
            counts = np.bincount(pick(facts.codes[dim]), minlength=len(facts.vocab[dim].names))
            names = facts.vocab[dim].names
            out[f"by_{dim}"] = {names[k]: int(n) for k, n in sorted(enumerate(counts), key=lambda x: (-x[1], names[x[0]]))
                                if n}
        out["launched"] = int(pick(facts.launched).sum())
        out["intercepted"] = int(pick(facts.intercepted).sum())
        out["killed"] = int(pick(facts.killed).sum())
        out["by_side_counts"] = self._counts_by_side(pick)
        dated = (facts.day != NONE_DAY) if every else keep & (facts.day != NONE_DAY)
        out["undated"] = int(out["total"] - dated.sum())
        days = facts.day[dated]
        if not len(days):
            out["first_day"] = out["last_day"] = None
            out["daily"] = {"date": [], "events": [], "launched": [], "intercepted": [], "killed": [],
                            **{d: {} for d in daily}}
            return out
        first = int(days.min())
        span = int(days.max()) - first + 1
        rel = days - first
        per_day = np.bincount(rel, minlength=span)
        on = np.flatnonzero(per_day)
        series: dict[str, Any] = {
            "date": [date.fromordinal(first + k).isoformat() for k in on.tolist()],
            "events": per_day[on].tolist(),
            "launched": np.bincount(rel, weights=facts.launched[dated], minlength=span)[on].astype(np.int64).tolist(),
            "intercepted": np.bincount(rel, weights=facts.intercepted[dated],
                                       minlength=span)[on].astype(np.int64).tolist(),
            "killed": np.bincount(rel, weights=facts.killed[dated], minlength=span)[on].astype(np.int64).tolist(),
        }
        for dim in daily:
            names = facts.vocab[dim].names
            width = max(len(names), 1)
            grid = np.bincount(rel * width + facts.codes[dim][dated], minlength=span * width).reshape(span, width)[on]
            series[dim] = {names[c]: grid[:, c].tolist() for c in np.flatnonzero(grid.sum(axis=0)).tolist()}
        out["first_day"] = series["date"][0]
        out["last_day"] = series["date"][-1]
        out["daily"] = series
        return out


SORTS = ("date", "type", "status", "place", "country", *MEASURES[:2])  # the table's sortable columns


def _points(facts: Facts, rows: np.ndarray, measure: str) -> list[dict[str, Any]]:
    precisions = facts.vocab["place_precision"].names
    types = facts.vocab["type"].names
    return [{"id": str(facts.ids[i]), "lat": float(facts.cols["lat"][i]), "lon": float(facts.cols["lon"][i]), "n": 1,
             "value": int(facts.cols[measure][i]), "precision": precisions[facts.codes["place_precision"][i]],
             "type": types[facts.codes["type"][i]], "place": facts.cols["place"][i],
             "day": date.fromordinal(int(facts.start[i])).isoformat() if facts.start[i] != NONE_DAY else None}
            for i in rows.tolist()]


def cell_size(lat: np.ndarray, lon: np.ndarray) -> float:
    """Degrees per cell: about a sixtieth of the extent of the points, at least 0.01 (a town)."""
    extent = max(float(np.ptp(lat)), float(np.ptp(lon)), 1.0)
    return float(max(round(extent / 60, 2), 0.01))


def _cells(facts: Facts, rows: np.ndarray, measure: str) -> list[dict[str, Any]]:
    lat, lon = facts.cols["lat"][rows], facts.cols["lon"][rows]
    size = cell_size(lat, lon)
    precision = facts.codes["place_precision"][rows].astype(np.int64)
    key = ((np.round(lat / size).astype(np.int64) + 20000) * 40000 + np.round(lon / size).astype(np.int64) + 20000)
    key = key * 64 + precision
    cells, inverse = np.unique(key, return_inverse=True)
    n = np.bincount(inverse)
    total = np.bincount(inverse, weights=facts.cols[measure][rows])
    mean_lat, mean_lon = np.bincount(inverse, weights=lat) / n, np.bincount(inverse, weights=lon) / n
    names = facts.vocab["place_precision"].names
    return [{"id": None, "lat": round(float(mean_lat[c]), 4), "lon": round(float(mean_lon[c]), 4), "n": int(n[c]),
             "value": int(total[c]), "precision": names[int(cells[c] % 64)], "cell": size}
            for c in range(len(cells))]
