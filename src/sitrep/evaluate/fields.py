"""The field scores of a pair of a gold event and a prediction (``spec/GOLD.md``): status, date,
location, each side, quantities and claimants, each from 0 to 1."""

from __future__ import annotations

from datetime import date

from sitrep.evaluate.match import assignment, pred_window
from sitrep.geo.distance import km

FIELDS = ("status", "date", "location", "initiator", "target", "participant", "quantities", "claimants")


def location_right(g: dict, p: dict) -> bool:
    """The prediction's place is the gold event's: its country, its admin1, within its distance."""
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
    s, e = pred_window(p)
    if g.get("date") is None:
        out["date"] = float(s is None or (e is not None and e <= published))
    else:
        g0, g1 = (date.fromisoformat(x) for x in g["date"])
        out["date"] = float(s is not None and e is not None and g0 <= s and e <= g1)
    out["location"] = float(location_right(g, p))
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
