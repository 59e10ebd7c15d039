"""Where to put a region or a country on the map, from the towns inside it.

GeoNames puts a country or a first-level region near the middle of its territory, not at its
capital. Without the boundaries, the middle is estimated from the towns of cities500: the
mean of the half-degree cells that hold at least one town, so that a crowded coast counts
no more than an empty interior with a town here and there. Longitudes are averaged on the
side of the antimeridian that keeps them closest together (Russia, Fiji, the Aleutians).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

CELL = 0.5  # degrees


def _spread(values: list[float]) -> float:
    m = sum(values) / len(values)
    return sum((v - m) ** 2 for v in values)


def grid_centroid(points: Iterable[tuple[float, float]], cell: float = CELL) -> tuple[float, float] | None:
    """The mean of the occupied ``cell``-degree cells of ``points`` ((lat, lon) pairs)."""
    cells = {(math.floor(lat / cell), math.floor(lon / cell)) for lat, lon in points}
    if not cells:
        return None
    lats = [(c[0] + 0.5) * cell for c in cells]
    lons = [(c[1] + 0.5) * cell for c in cells]
    shifted = [lo % 360 for lo in lons]
    if _spread(shifted) < _spread(lons):
        lons = shifted
    lon = sum(lons) / len(lons)
    if lon > 180:
        lon -= 360
    return round(sum(lats) / len(lats), 4), round(lon, 4)


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The plain mean of a few nearby points (the towns of a county)."""
    if not points:
        return None
    return (round(sum(p[0] for p in points) / len(points), 4),
            round(sum(p[1] for p in points) / len(points), 4))
