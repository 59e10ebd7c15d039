"""Builders for the evaluate tests: a gold event and a predicted record as GOLD.md and EVENTS.md write them."""

from __future__ import annotations

from datetime import date
from typing import Any

PUB = date(2025, 5, 22)  # a Thursday; "overnight" is 2025-05-21..2025-05-22


def gold(**kw: Any) -> dict:
    g: dict[str, Any] = {
        "id": "E1", "required": True, "type": "attack.drone", "alt_types": [], "status": "occurred",
        "date": ["2025-05-21", "2025-05-22"],
        "location": {"country": "RUS", "admin1": None, "point": None, "km": None},
        "actors": {"initiator": ["UKR"], "target": ["RUS"]},
        "quantities": [["drone", "intercepted", 105]],
        "claimants": [["Defence Ministry", "Defense Ministry", "Ministry of Defence"]],
        "note": "105 Ukrainian drones shot down overnight",
    }
    g.update(kw)
    return g


def when(start: str | None, end: str | None) -> dict:
    return {"start": start, "end": end, "precision": "day", "text": None}


def place(country: str | None, admin1: str | None = None, lat: float | None = None,
          lon: float | None = None, name: str = "somewhere") -> dict:
    return {"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "precision": "admin1" if admin1 else "country", "text": name}


def actor(role: str, country: str | None, name: str = "someone") -> dict:
    return {"role": role, "name": name, "country": country, "kind": "state", "text": name}


def qty(item: str, role: str, value: int, qualifier: str = "exact") -> dict:
    return {"item": item, "role": role, "value": value, "qualifier": qualifier, "text": str(value)}


def claim(name: str) -> dict:
    return {"claimant": {"name": name, "kind": "government", "country": None}, "verb": "said",
            "channel": None, "stance": "asserts"}


def pred(**kw: Any) -> dict:
    p: dict[str, Any] = {
        "id": "ev_1", "type": "attack.drone", "status": "occurred",
        "date": when("2025-05-21", "2025-05-22"),
        "location": place("RUS", lat=61.5, lon=105.3, name="Russia"),
        "actors": [actor("initiator", "UKR"), actor("target", "RUS")],
        "quantities": [qty("drone", "intercepted", 105)],
        "damage": [], "claims": [claim("Russia's Defence Ministry")],
        "evidence": [], "articles": [], "confidence": 0.5,
    }
    p.update(kw)
    return p


