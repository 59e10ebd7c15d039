"""GeoJSON (RFC 7946): a FeatureCollection with one Point per event and the record's fields as
properties. An event with no coordinates is a Feature whose geometry is null, as the RFC allows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.records import Event


def feature(ev: Event) -> dict[str, Any]:
    d = ev.to_dict()
    loc = ev.location
    geometry = ({"type": "Point", "coordinates": [loc.lon, loc.lat]}
                if loc is not None and loc.lat is not None and loc.lon is not None else None)
    props = {"family": ev.family, **{k: v for k, v in d.items() if k != "id"}}
    return {"type": "Feature", "id": ev.id, "geometry": geometry, "properties": props}


def feature_collection(events: Iterable[Event]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(ev) for ev in events]}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Write one FeatureCollection; gives the number of features."""
    fc = feature_collection(events)
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    return len(fc["features"])
