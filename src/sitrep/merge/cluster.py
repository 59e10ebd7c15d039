"""Which records of different reports are one event: blocking, the verdict on a pair, groups.

Grouping is done per *block* (one family, one day), and a block's grouping is a function of
the records in it and nothing else: ingesting reports in any order, or twice, gives the same
events. ``compare`` runs the rules of ``sitrep.merge.rules`` on a pair; ``cluster`` joins the
strongest pairs first and keeps a group only while every two of its records may be one event
(so "Kyiv" and "Odesa" never meet through "Ukraine"). Pairs a user kept apart (``sitrep split``)
are apart and pairs a user joined (``sitrep merge``) are one event, whatever the rules say.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sitrep.merge import rules
from sitrep.merge.config import MergeConfig
from sitrep.records import Event, family

Pair = tuple[str, str]


@dataclass
class Verdict:
    """May two records be one event, how strongly, and why (or why not)."""

    ok: bool
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def block_key(ev: Event) -> str:
    """The family and the day a record is compared on (``rules.when_key``)."""
    return "|".join((family(ev.type), *rules.when_key(ev)))


JOINED_SCORE = 1000.0
"""The score of a pair joined by hand: above any the rules give, so joined pairs are grouped first."""


def compare(a: Event, b: Event, cfg: MergeConfig, *, split: bool = False, joined: bool = False) -> Verdict:
    """May records ``a`` and ``b`` (of one block) be one event? A user's join outranks every rule."""
    if joined:
        return Verdict(True, JOINED_SCORE, ["joined by `sitrep merge`"])
    if rules.same_report(a, b):
        return Verdict(False, reasons=["one report: its records are different events"])
    if split:
        return Verdict(False, reasons=["kept apart by `sitrep split`"])
    return _scored(a, b, cfg)


def _scored(a: Event, b: Event, cfg: MergeConfig) -> Verdict:
    """The verdict of ``rules.PAIR_RULES``: apart at the first rule that parts them, else the
    sum of the weights their findings name, against ``min_score``."""
    score, reasons = 0.0, []
    for rule in rules.PAIR_RULES:
        found = rule(a, b, cfg)
        if found is None:
            continue
        if found.apart:
            return Verdict(False, reasons=[found.reason])
        if found.weight:
            score += cfg.w(found.weight)
        reasons.append(found.reason)
    ok = score >= cfg.min_score
    if not ok:
        reasons.append(f"score {score:.2f} below {cfg.min_score:.2f}")
    return Verdict(ok, round(score, 3), reasons)


def pair(x: str, y: str) -> Pair:
    """Two record ids in a fixed order: the key of their verdict and of a split."""
    return (x, y) if x < y else (y, x)


def verdicts(records: Sequence[Event], cfg: MergeConfig, splits: Iterable[Pair] = (),
             joins: Iterable[Pair] = ()) -> dict[Pair, Verdict]:
    """The verdict on every two of ``records``, by their ids; a pair in ``splits`` is kept apart,
    a pair in ``joins`` is one event."""
    recs = sorted(records, key=lambda e: e.id)
    kept_apart = {pair(*p) for p in splits}
    joined = {pair(*p) for p in joins}
    return {pair(a.id, b.id): compare(a, b, cfg, split=pair(a.id, b.id) in kept_apart,
                                      joined=pair(a.id, b.id) in joined)
            for i, a in enumerate(recs) for b in recs[i + 1:]}


def cluster(records: Sequence[Event], cfg: MergeConfig, splits: Iterable[Pair] = (),
            joins: Iterable[Pair] = ()) -> list[list[Event]]:
    """Groups of records that are one event. The same records give the same groups in any order."""
    by_id = {r.id: r for r in sorted(records, key=lambda e: e.id)}
    judged = verdicts(records, cfg, splits, joins)
    group = {rid: frozenset([rid]) for rid in by_id}
    for x, y in _strongest_first(judged):
        gx, gy = group[x], group[y]
        if gx is not gy and all(judged[pair(p, q)].ok for p in gx for q in gy):
            joined = gx | gy
            for rid in joined:
                group[rid] = joined
    groups = set(group.values())
    return sorted(([by_id[i] for i in sorted(g)] for g in groups), key=lambda g: g[0].id)


def _strongest_first(judged: dict[Pair, Verdict]) -> list[Pair]:
    """The pairs that may be one event, the highest score first (ties by id)."""
    return [(x, y) for _, x, y in sorted((-v.score, x, y) for (x, y), v in judged.items() if v.ok)]
