"""GeoJSON (RFC 7946): a FeatureCollection with one Point per event and the record's fields as
properties. An event with no coordinates is a Feature whose geometry is null, as the RFC allows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.records import Event, family


def feature(ev: Event) -> dict[str, Any]:
    return feature_of_record(ev.to_dict())


def feature_of_record(d: dict[str, Any]) -> dict[str, Any]:
    """The Feature of a record given as its JSON object (``Event.to_dict()``)."""
    loc = d.get("location")
    geometry = ({"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
                if loc and loc.get("lat") is not None and loc.get("lon") is not None else None)
    props = {"family": family(d["type"]), **{k: v for k, v in d.items() if k != "id"}}
    return {"type": "Feature", "id": d["id"], "geometry": geometry, "properties": props}


def feature_collection(events: Iterable[Event]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(ev) for ev in events]}


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Write one FeatureCollection, a feature at a time; gives the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev in events:
        out.write((",\n" if n else "\n") + json.dumps(feature(ev), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
