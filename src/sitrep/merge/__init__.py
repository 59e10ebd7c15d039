"""Across reports: the records that tell one event, folded into one stored event.

Each report gives records (``Event`` objects with one article). The store keeps every record
and groups them into events. Grouping is done per *block* (one family, one day), and a
block's grouping is a function of the records in it and nothing else: ingesting reports in
any order, or twice, gives the same events. Within a block:

* ``compare(a, b)`` says whether two records may be one event and how strongly, with the
  reasons (shown by ``sitrep event ID``);
* ``cluster(records)`` joins the strongest pairs first and keeps a group only while every two
  of its records may be one event (so "Kyiv" and "Odesa" never meet through "Ukraine");
* ``combine(records)`` makes the stored event: every article, evidence sentence and claim,
  each count with its claim, and the range where claims disagree.

The thresholds live in ``data/merge.toml``; a ``[merge]`` table in a user's file overrides them.
"""

from __future__ import annotations

import os
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.geo.distance import km
from sitrep.records import Actor, Event, Location, Quantity, Range, family, stable_hash

PLACE_RANK = {"point": 0, "district": 1, "city": 2, "admin1": 3, "country": 4}
DONE = frozenset({"occurred", "ongoing"})


@dataclass(frozen=True)
class MergeConfig:
    min_score: float = 1.0
    related_types: tuple[frozenset[str], ...] = ()
    same_place_km: float = 10.0
    inside_km: float = 60.0
    country_level_alone: bool = True
    placeless_needs_actor: bool = True
    placeless_families: frozenset[str] = frozenset()
    loose_families: frozenset[str] = frozenset()
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None) -> MergeConfig:
        """The defaults, overridden by ``path`` (or ``$SITREP_CONFIG``) when given."""
        raw = tomllib.loads(resources.files("sitrep.data").joinpath("merge.toml").read_text("utf-8"))["merge"]
        user = path or os.environ.get("SITREP_CONFIG")
        if user:
            try:
                mine = tomllib.loads(Path(user).read_text("utf-8")).get("merge", {})
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ValueError(f"{user}: cannot read the merge configuration ({exc})") from None
            weights = {**raw.get("weights", {}), **mine.get("weights", {})}
            raw = {**raw, **mine, "weights": weights}
        unknown = set(raw) - {f for f in cls.__dataclass_fields__}
        if unknown:
            raise ValueError(f"{user or 'merge.toml'}: unknown merge settings {sorted(unknown)}")
        return cls(
            min_score=float(raw["min_score"]),
            related_types=tuple(frozenset(g) for g in raw.get("related_types", [])),
            same_place_km=float(raw["same_place_km"]),
            inside_km=float(raw["inside_km"]),
            country_level_alone=bool(raw["country_level_alone"]),
            placeless_needs_actor=bool(raw["placeless_needs_actor"]),
            placeless_families=frozenset(raw.get("placeless_families", [])),
            loose_families=frozenset(raw.get("loose_families", [])),
            weights={k: float(v) for k, v in raw["weights"].items()},
        )

    def w(self, name: str) -> float:
        return self.weights.get(name, 0.0)


@dataclass
class Verdict:
    """May two records be one event, how strongly, and why (or why not)."""

    ok: bool
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def article_of(ev: Event) -> str:
    return ev.articles[0] if ev.articles else ""


def block_key(ev: Event) -> str:
    """The family and the day a record is compared on. Vaguer windows only meet the same window."""
    d = ev.date
    fam = family(ev.type)
    if not d.start or not d.end:
        return f"{fam}|x|{ev.id}"
    if d.precision == "night":
        return f"{fam}|d|{d.end}"
    if d.start == d.end:
        return f"{fam}|d|{d.start}"
    return f"{fam}|w|{d.start}|{d.end}|{d.precision}"


def _types(a: Event, b: Event, cfg: MergeConfig) -> tuple[float, str] | None:
    if a.type == b.type:
        return cfg.w("same_type"), f"same type {a.type}"
    if any(a.type in g and b.type in g for g in cfg.related_types):
        return cfg.w("related_type"), f"related types {a.type} / {b.type}"
    if family(a.type) == family(b.type) and family(a.type) in cfg.loose_families and _same_spot(a, b, cfg):
        return cfg.w("same_family"), f"{a.type} / {b.type} at the very same place"
    return None


def _same_spot(a: Event, b: Event, cfg: MergeConfig) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision == "country" or lb.precision == "country":
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return True
    d = _dist(la, lb)
    return la.precision == lb.precision and d is not None and d <= cfg.same_place_km


def _status(a: Event, b: Event) -> bool:
    return a.status == b.status or (a.status in DONE and b.status in DONE)


def _dist(a: Location, b: Location) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return km((a.lat, a.lon), (b.lat, b.lon))


def _places(a: Event, b: Event, cfg: MergeConfig) -> tuple[float, str] | None:
    la, lb = a.location, b.location
    if la is None or lb is None:
        if family(a.type) not in cfg.placeless_families:
            return None
        if cfg.placeless_needs_actor and not _shared_actor(a, b):
            return None
        return cfg.w("no_place"), ("neither gives a place" if la is lb else "one gives no place") + \
            ", they share an actor"
    if la.country and lb.country and la.country != lb.country:
        return None
    same_id = la.geonameid is not None and la.geonameid == lb.geonameid
    if same_id or (la.name.lower() == lb.name.lower() and la.country == lb.country):
        return cfg.w("same_place"), f"same place {la.name}"
    ra, rb = PLACE_RANK.get(la.precision, 2), PLACE_RANK.get(lb.precision, 2)
    if "country" in (la.precision, lb.precision):
        return None if cfg.country_level_alone or ra == rb else (cfg.w("inside_place"), "inside the country")
    d = _dist(la, lb)
    if ra == rb:
        if d is not None and d <= cfg.same_place_km:
            return cfg.w("same_place"), f"{la.name} and {lb.name} are {d:.0f} km apart"
        return None
    broad, narrow = (la, lb) if ra > rb else (lb, la)
    if broad.precision == "admin1":
        if broad.admin1 and broad.admin1 == narrow.admin1:
            return cfg.w("inside_place"), f"{narrow.name} is in {broad.name}"
        return None
    if d is not None and d <= cfg.inside_km:
        return cfg.w("inside_place"), f"{narrow.name} is {d:.0f} km from {broad.name}"
    return None


def _countries(ev: Event, role: str) -> set[str]:
    return {a.country for a in ev.actors if a.role == role and a.country}


def _names(ev: Event) -> set[str]:
    return {a.name.lower() for a in ev.actors} | {a.country for a in ev.actors if a.country}


def _shared_actor(a: Event, b: Event) -> bool:
    return bool(_names(a) & _names(b))


def _sides(a: Event, b: Event) -> str | None:
    """The reason two records cannot be one event because their sides differ, or None."""
    for role in ("initiator", "target"):
        ca, cb = _countries(a, role), _countries(b, role)
        if ca and cb and not ca & cb:
            return f"{role}s differ: {'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))}"
    pa, pb = _countries(a, "participant"), _countries(b, "participant")
    if len(pa) >= 2 and len(pb) >= 2 and not pa & pb:
        return "participants differ"
    return None


def _claimants(ev: Event) -> set[str]:
    return {c.claimant.name.lower() for c in ev.claims} | {c.claimant.country for c in ev.claims if c.claimant.country}


def compare(a: Event, b: Event, cfg: MergeConfig, *, split: bool = False) -> Verdict:
    """May records ``a`` and ``b`` (of one block) be one event?"""
    if article_of(a) == article_of(b):
        return Verdict(False, reasons=["one report: its records are different events"])
    if split:
        return Verdict(False, reasons=["kept apart by `sitrep split`"])
    t = _types(a, b, cfg)
    if t is None:
        return Verdict(False, reasons=[f"types differ: {a.type} / {b.type}"])
    if not _status(a, b):
        return Verdict(False, reasons=[f"status differs: {a.status} / {b.status}"])
    p = _places(a, b, cfg)
    if p is None:
        na = a.location.name if a.location else "no place"
        nb = b.location.name if b.location else "no place"
        return Verdict(False, reasons=[f"places differ: {na} / {nb}"])
    sides = _sides(a, b)
    if sides:
        return Verdict(False, reasons=[sides])
    score, reasons = t[0] + p[0], [t[1], p[1]]
    if family(a.type) == "statement" and not _claimants(a) & _claimants(b):
        return Verdict(False, reasons=["statements by different speakers"])
    if (a.date.start, a.date.end) == (b.date.start, b.date.end):
        score += cfg.w("same_window")
        reasons.append(f"same date window {a.date.start}..{a.date.end}")
    else:
        reasons.append(f"same day {block_key(a).rsplit('|', 1)[-1]}")
    if _shared_actor(a, b):
        score += cfg.w("shared_actor")
        reasons.append("shared actor " + ", ".join(sorted(_names(a) & _names(b)))[:80])
    if _claimants(a) & _claimants(b):
        score += cfg.w("shared_claimant")
        reasons.append("shared claimant")
    ok = score >= cfg.min_score
    if not ok:
        reasons.append(f"score {score:.2f} below {cfg.min_score:.2f}")
    return Verdict(ok, round(score, 3), reasons)


Pair = tuple[str, str]


def _pair(x: str, y: str) -> Pair:
    return (x, y) if x < y else (y, x)


def cluster(records: Sequence[Event], cfg: MergeConfig, splits: Iterable[Pair] = ()) -> list[list[Event]]:
    """Groups of records that are one event. The same records give the same groups in any order."""
    recs = sorted(records, key=lambda e: e.id)
    kept_apart = {_pair(*p) for p in splits}
    verdicts: dict[Pair, Verdict] = {}
    edges: list[tuple[float, str, str]] = []
    for i, a in enumerate(recs):
        for b in recs[i + 1:]:
            v = compare(a, b, cfg, split=_pair(a.id, b.id) in kept_apart)
            verdicts[_pair(a.id, b.id)] = v
            if v.ok:
                edges.append((-v.score, a.id, b.id))
    group = {r.id: frozenset([r.id]) for r in recs}
    for _, x, y in sorted(edges):
        gx, gy = group[x], group[y]
        if gx is gy:
            continue
        if all(verdicts[_pair(p, q)].ok for p in gx for q in gy):
            joined = gx | gy
            for rid in joined:
                group[rid] = joined
    by_id = {r.id: r for r in recs}
    groups = {g for g in group.values()}
    return sorted(([by_id[i] for i in sorted(g)] for g in groups), key=lambda g: g[0].id)


def event_id(records: Sequence[Event]) -> str:
    """A lone record keeps its id; a group is named by all of its records."""
    ids = sorted(r.id for r in records)
    return ids[0] if len(ids) == 1 else "ev_" + stable_hash(*ids)


def _primary(records: Sequence[Event]) -> Event:
    """The record whose place is the most precise and whose telling is the fullest."""
    return min(records, key=lambda r: (PLACE_RANK.get(r.location.precision, 5) if r.location else 6,
                                       -len(r.claims) - len(r.quantities), r.id))


def _window_days(ev: Event) -> int:
    if not ev.date.start or not ev.date.end:
        return 10**6
    return (date.fromisoformat(ev.date.end) - date.fromisoformat(ev.date.start)).days


def combine(records: Sequence[Event]) -> Event:
    """One stored event from the records that tell it (a lone record comes back as it is)."""
    recs = sorted(records, key=lambda r: r.id)
    if len(recs) == 1:
        return recs[0]
    main = _primary(recs)
    types = Counter(r.type for r in recs)
    top = max(types.values())
    etype = main.type if types[main.type] == top else sorted(t for t, n in types.items() if n == top)[0]
    merged = Event(type=etype, status=main.status,
                   date=min(recs, key=lambda r: (_window_days(r), r is not main, r.id)).date,
                   location=main.location)
    seen_actors: set[tuple[str, str]] = set()
    for r in [main, *[x for x in recs if x is not main]]:
        for a in r.actors:
            key = (a.role, a.name.lower())
            if key not in seen_actors:
                seen_actors.add(key)
                merged.actors.append(Actor(**vars(a)))
    damage_seen: set[str] = set()
    for r in recs:
        offset = len(merged.claims)
        merged.claims.extend(r.claims)
        merged.evidence.extend(r.evidence)
        for q in r.quantities:
            merged.quantities.append(Quantity(q.item, q.role, q.value, q.qualifier, q.text,
                                              None if q.claim is None else q.claim + offset, article_of(r)))
        for d in r.damage:
            if d.object not in damage_seen:
                damage_seen.add(d.object)
                merged.damage.append(d)
    merged.articles = sorted({a for r in recs for a in r.articles})
    doubt = 1.0
    for r in recs:
        doubt *= 1.0 - r.confidence
    merged.confidence = min(0.99, 1.0 - doubt)
    merged.ranges = ranges(merged.quantities)
    merged.id = event_id(recs)
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


def explain(records: Sequence[Event], cfg: MergeConfig, splits: Iterable[Pair] = ()) -> list[dict[str, Any]]:
    """Every pair of an event's records with the verdict that joined (or would part) them."""
    kept_apart = {_pair(*p) for p in splits}
    recs = sorted(records, key=lambda e: e.id)
    out = []
    for i, a in enumerate(recs):
        for b in recs[i + 1:]:
            v = compare(a, b, cfg, split=_pair(a.id, b.id) in kept_apart)
            out.append({"a": a.id, "b": b.id, "ok": v.ok, "score": v.score, "reasons": v.reasons})
    return out


def explain_event(store: Any, event_id: str) -> dict[str, Any]:
    """What ``sitrep event ID`` shows: the stored event, its records as read, and each pair's verdict."""
    ev = store.event(event_id)
    if ev is None:
        raise KeyError(f"{event_id}: no such event in the store")
    records = store.records(event_id)
    splits = store.splits([r.id for r in records]) if records else []
    reports = {}
    for r in records:
        for aid in r.articles:
            art = store.article(aid)
            reports[aid] = {"outlet": art.outlet, "title": art.title, "published": art.published.isoformat(),
                            "source": art.url or art.source} if art else {}
    return {"event": ev.to_dict(), "records": [r.to_dict() for r in records], "reports": reports,
            "pairs": explain(records, store.merge_config, splits)}
