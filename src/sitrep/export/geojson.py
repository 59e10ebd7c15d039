"""GeoJSON (RFC 7946): a FeatureCollection with one Point per event. An event with no coordinates is a
Feature whose geometry is null, as the RFC allows.

The export's properties are flat and typed, so that QGIS (or any GIS) can filter and style by them:
``id``, ``date`` (the event's day, YYYY-MM-DD), ``date_end``, ``type``, ``family``, ``status``,
``country``, ``admin1``, ``place``, ``precision``, ``killed``/``injured`` (the one best figure, 0 when
none) with ``_low``/``_high`` (null when none), ``initiator``, ``target``; the whole record is beside
them as ``record``. ``feature_of_record`` (the API's ``format=geojson``, read by the dashboard) keeps
the record's fields themselves as properties.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.export.figures import people_columns
from sitrep.records import Event, family

FLAT = ("id", "date", "date_end", "type", "family", "status", "country", "admin1", "place", "precision",
        "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "initiator", "target")


def _geometry(d: dict[str, Any]) -> dict[str, Any] | None:
    loc = d.get("location")
    if loc and loc.get("lat") is not None and loc.get("lon") is not None:
        return {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    return None


def _names(ev: Event, role: str) -> str:
    return "; ".join(a.name for a in ev.actors if a.role == role)


def flat_properties(ev: Event) -> dict[str, Any]:
    """The typed columns of ``FLAT``: strings, integers and nulls, no objects."""
    loc = ev.location
    day = ev.date.end if ev.date.precision == "night" else ev.date.start
    return {
        "id": ev.id, "date": day, "date_end": ev.date.end, "type": ev.type, "family": ev.family, "status": ev.status,
        "country": loc.country if loc else None, "admin1": loc.admin1 if loc else None,
        "place": loc.name if loc else None, "precision": loc.precision if loc else None,
        **people_columns(ev), "initiator": _names(ev, "initiator"), "target": _names(ev, "target"),
    }


def feature(ev: Event) -> dict[str, Any]:
    """The export's Feature: flat properties and the nested ``record``."""
    d = ev.to_dict()
    return {"type": "Feature", "id": ev.id, "geometry": _geometry(d),
            "properties": {**flat_properties(ev), "record": d}}


def feature_of_record(d: dict[str, Any]) -> dict[str, Any]:
    """The API's Feature of a record given as its JSON object (``Event.to_dict()``): the record's own
    fields as properties, with its family."""
    props = {"family": family(d["type"]), **{k: v for k, v in d.items() if k != "id"}}
    return {"type": "Feature", "id": d["id"], "geometry": _geometry(d), "properties": props}


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
