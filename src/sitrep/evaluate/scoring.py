"""Scoring rules of ``spec/GOLD.md``: which prediction may pair with which gold event, and the
field scores of a pair. ``evaluate`` builds reports and totals on top of these."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.geo.distance import km

FIELDS = ("status", "date", "location", "initiator", "target", "participant", "quantities", "claimants")


@dataclass
class GoldReport:
    path: Path
    report_path: Path
    published: date
    outlet: str | None
    events: list[dict[str, Any]]


def gold_files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.gold.json")) if p.is_dir() else [p]
    return out


def load_gold(path: Path) -> GoldReport:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    art = data["article"]
    rel = Path(art["file"])
    report = None
    for base in Path(path).resolve().parents:  # article.file is relative to the shared folder
        if (base / rel).exists():
            report = base / rel
            break
    if report is None:
        raise FileNotFoundError(f"{path}: the report {rel} is not found above the gold file")
    return GoldReport(Path(path), report, date.fromisoformat(art["published"]), art.get("outlet"), data["events"])


# -- pairing -------------------------------------------------------------------------------
def _family(t: str) -> str:
    return t.split(".", 1)[0]


def _pred_window(p: dict) -> tuple[date | None, date | None]:
    d = p.get("date") or {}
    s, e = d.get("start"), d.get("end")
    return (date.fromisoformat(s) if s else None, date.fromisoformat(e) if e else None)


def _date_allowed(g: dict, p: dict, published: date) -> bool:
    s, e = _pred_window(p)
    if g.get("date") is None:  # any date up to publication, widened by a day as every window is
        return s is None or s <= published + timedelta(days=1)
    if s is None or e is None:
        return False
    g0, g1 = (date.fromisoformat(x) for x in g["date"])
    return s <= g1 + timedelta(days=1) and g0 - timedelta(days=1) <= e


def _pred_country(p: dict) -> str | None:
    return (p.get("location") or {}).get("country")


def allowed(g: dict, p: dict, published: date) -> bool:
    if _family(g["type"]) != _family(p["type"]) and p["type"] not in g.get("alt_types", []):
        return False
    if not _date_allowed(g, p, published):
        return False
    gc = (g.get("location") or {}).get("country")
    pc = _pred_country(p)
    return not (gc and pc and gc != pc)


def type_right(g: dict, p: dict) -> bool:
    return p["type"] == g["type"] or p["type"] in g.get("alt_types", [])


# -- fields --------------------------------------------------------------------------------
def _location_right(g: dict, p: dict) -> bool:
    gl, pl = g.get("location"), p.get("location")
    if gl is None or gl.get("country") is None:
        return pl is None or not pl.get("country")
    if not pl or pl.get("country") != gl["country"]:
        return False
    if gl.get("admin1") and pl.get("admin1") != gl["admin1"]:
        return False
    if gl.get("point") and gl.get("km") is not None:
        if pl.get("lat") is None or pl.get("lon") is None:
            return False
        return km(tuple(gl["point"]), (pl["lat"], pl["lon"])) <= gl["km"]
    return True


def _actor_set(p: dict, role: str, gold_roles: set[str]) -> set[str]:
    actors = p.get("actors") or []
    if role == "participant":
        roles = {"participant"} | ({"initiator", "target"} - gold_roles)
        return {a["country"] for a in actors if a.get("country") and a["role"] in roles}
    return {a["country"] for a in actors if a.get("country") and a["role"] == role}


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    if n_pred == 0 and n_gold == 0:
        return 1.0
    if tp == 0:
        return 0.0
    p, r = tp / n_pred, tp / n_gold
    return 2 * p * r / (p + r)


def _claimant_match(pred: str, accepted: list[str]) -> bool:
    pl = pred.lower()
    return any(a.lower() in pl or pl in a.lower() for a in accepted)


def field_scores(g: dict, p: dict, published: date) -> dict[str, float]:
    out: dict[str, float] = {"status": float(g["status"] == p["status"])}
    s, e = _pred_window(p)
    if g.get("date") is None:
        out["date"] = float(s is None or (e is not None and e <= published))
    else:
        g0, g1 = (date.fromisoformat(x) for x in g["date"])
        out["date"] = float(s is not None and e is not None and g0 <= s and e <= g1)
    out["location"] = float(_location_right(g, p))
    gold_roles = set((g.get("actors") or {}).keys())
    for role, countries in (g.get("actors") or {}).items():
        out[role] = float(_actor_set(p, role, gold_roles) == set(countries))
    gq = {tuple(q) for q in g.get("quantities") or []}
    pq = {(q["item"], q["role"], q["value"]) for q in p.get("quantities") or []}
    if gq or pq:
        out["quantities"] = _f1(len(gq & pq), len(pq), len(gq))
    gc = g.get("claimants") or []
    pc = [c["claimant"]["name"] for c in p.get("claims") or []]
    pc = list(dict.fromkeys(pc))
    if gc or pc:  # predicted and gold claimants paired one to one, as many as can be
        fits = [[1.0 if _claimant_match(name, accepted) else 0.0 for accepted in gc] for name in pc]
        out["claimants"] = _f1(len(assignment(fits)) if pc and gc else 0, len(pc), len(gc))
    return out


# -- matching ------------------------------------------------------------------------------
def assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one matching (Hungarian algorithm); pairs with weight <= 0 are dropped."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return []
    size = max(n, m)
    big = max(max(r) for r in weights) + 1
    cost = [[big - (weights[i][j] if i < n and j < m else 0) for j in range(size)] for i in range(size)]
    u, v, p, way = [0.0] * (size + 1), [0.0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        p[0], j0 = i, 0
        minv, used = [math.inf] * (size + 1), [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], math.inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = [(p[j] - 1, j - 1) for j in range(1, size + 1) if p[j] and p[j] - 1 < n and j - 1 < m]
    return [(i, j) for i, j in pairs if weights[i][j] > 0]
