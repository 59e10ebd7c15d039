"""Central points of countries and first-level regions, from installed data packages.

GeoNames puts a country or a first-level region at a chosen central point, which is what
geoparsing gold standards score against. Sources, read at index build time only:

- countries: ``countryinfo``'s ``latlng`` (the usual reference point of a country, the one
  most gazetteers carry) and its boundary polygons;
- regions: ``iso3166-2``'s ``latLng`` for each ISO 3166-2 subdivision.

Each is checked against a second estimate (``centroid.grid_centroid`` of the towns inside)
by the caller: see ``choose``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

from sitrep.geo.distance import km

AGREE_KM = 161.0

Point = tuple[float, float]


def _ring_centroid(ring: list[list[float]]) -> tuple[float, Point] | None:
    """Planar area and centroid (lat, lon) of one closed ring of [lon, lat] pairs."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return None
    return abs(a) / 2, (cy / (3 * a), cx / (3 * a))


def _polygons(geometry: dict[str, Any]) -> Iterator[list[list[float]]]:
    coords = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        coords = [coords]
    for poly in coords:
        if poly and poly[0]:
            yield poly[0]  # the outer ring; holes are small beside it


def main_part_centroid(geojson: dict[str, Any]) -> Point | None:
    """The centroid of the largest polygon of a country's outline (the contiguous US, mainland Russia)."""
    best: tuple[float, Point] | None = None
    for feature in geojson.get("features") or []:
        for ring in _polygons(feature.get("geometry") or {}):
            c = _ring_centroid(ring)
            if c and (best is None or c[0] > best[0]):
                best = c
    return (round(best[1][0], 4), round(best[1][1], 4)) if best else None


def _countryinfo() -> Iterator[tuple[str, dict[str, Any]]]:
    """(alpha-3, record) for each country file that countryinfo installs (none if it is absent)."""
    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return
    for f in folder.iterdir():
        if not f.name.endswith(".json"):
            continue
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            continue
        iso = d.get("ISO")
        a3 = iso.get("alpha3") if isinstance(iso, dict) else None
        if a3:
            yield a3, d


def country_points() -> dict[str, tuple[Point | None, Point | None]]:
    """alpha-3 -> (reference point, centroid of the main part of the outline), from countryinfo."""
    out: dict[str, tuple[Point | None, Point | None]] = {}
    for a3, d in _countryinfo():
        ll = d.get("latlng")
        ref = (float(ll[0]), float(ll[1])) if isinstance(ll, list) and len(ll) == 2 else None
        geo = d.get("geoJSON")
        out[a3] = (ref, main_part_centroid(geo) if isinstance(geo, dict) else None)
    return out


def country_demonyms() -> dict[str, str]:
    """Demonym -> alpha-3 ("Sri Lankan" -> "LKA"), from countryinfo."""
    out: dict[str, str] = {}
    for a3, d in _countryinfo():
        dem = d.get("demonym")
        if isinstance(dem, str) and dem.strip():
            out.setdefault(dem.strip(), a3)
    return out


def region_points() -> dict[str, Point]:
    """ISO 3166-2 code -> central point, from the iso3166-2 package."""
    try:
        text = resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, Point] = {}
    for subs in json.loads(text).values():
        for code, s in subs.items():
            ll = s.get("latLng") if isinstance(s, dict) else None
            if isinstance(ll, list) and len(ll) == 2 and all(isinstance(v, (int, float)) for v in ll):
                out[code] = (float(ll[0]), float(ll[1]))
    return out


def choose(reference: Point | None, *others: Point | None) -> Point | None:
    """The reference point, unless the other estimates agree with each other and not with it.

    ``others`` are independent estimates (the middle of the towns, the centroid of the outline).
    When two of them land within ``AGREE_KM`` of each other and both farther than that from
    the reference, the reference is taken for an outlier and the last of them is used.
    """
    rest = [p for p in others if p is not None]
    if reference is None:
        return rest[-1] if rest else None
    if len(rest) >= 2 and km(rest[0], rest[1]) <= AGREE_KM and all(km(reference, p) > AGREE_KM for p in rest):
        return rest[-1]
    return reference
