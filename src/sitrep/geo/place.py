"""A place of the gazetteer: what a place name resolves to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    precision: str  # "city" | "district" (a county, a raion) | "admin1" | "country" | "point" (a sea, a continent)
    population: int = 0
