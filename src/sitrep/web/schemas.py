"""The JSON Schemas of the API's answers, as they appear in its OpenAPI document (``/api/openapi.json``).

``Event`` is the record's own schema (``spec/event.schema.json``, a copy ships beside this module).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from sitrep.read.limits import MAX_OUTLET_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS
from sitrep.records import EVENT_TYPES, family

FAMILIES = tuple(dict.fromkeys(family(t) for t in EVENT_TYPES))
DIMENSIONS = ("family", "type", "country", "side")


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@cache
def event_schema() -> dict[str, Any]:
    return dict(json.loads((Path(__file__).parent / "event.schema.json").read_text(encoding="utf-8")))


_STR_OR_NULL = {"type": ["string", "null"]}
_COUNTS = {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}
_SERIES = {"type": "array", "items": {"type": "integer", "minimum": 0}}

ARTICLE_META: dict[str, Any] = {
    "type": "object",
    "required": ["id", "published", "title", "outlet", "url", "source"],
    "properties": {"id": {"type": "string"}, "published": {"type": "string", "format": "date"},
                   "title": _STR_OR_NULL, "outlet": _STR_OR_NULL, "url": _STR_OR_NULL, "source": _STR_OR_NULL},
}

COMPONENTS: dict[str, dict[str, Any]] = {
    "Error": {
        "type": "object", "required": ["error"],
        "properties": {
            "error": {"type": "string", "description": "What was wrong, naming the parameter or id."},
            "problems": {"type": "array", "items": {
                "type": "object", "required": ["parameter", "message"],
                "properties": {"parameter": {"type": "string"}, "message": {"type": "string"}}}},
        },
    },
    "EventPage": {
        "type": "object", "required": ["total", "limit", "offset", "events"],
        "properties": {"total": {"type": "integer", "minimum": 0, "description": "Events that pass the filters."},
                       "limit": {"type": "integer"}, "offset": {"type": "integer"},
                       "events": {"type": "array", "items": ref("Event")}},
    },
    "FeatureCollection": {
        "type": "object", "required": ["type", "features"],
        "properties": {"type": {"const": "FeatureCollection"}, "total": {"type": "integer"},
                       "features": {"type": "array", "items": {
                           "type": "object", "required": ["type", "id", "geometry", "properties"],
                           "properties": {"type": {"const": "Feature"}, "id": {"type": "string"},
                                          "geometry": {"type": ["object", "null"]},
                                          "properties": {"type": "object"}}}}},
    },
    "MapPoints": {
        "type": "object", "required": ["placed", "measure", "aggregated", "points"],
        "properties": {
            "placed": {"type": "integer", "minimum": 0, "description": "Placed events that pass the filters."},
            "measure": {"type": "string"},
            "aggregated": {"type": "boolean", "description": "true: points are cells of several events"},
            "points": {"type": "array", "items": {
                "type": "object", "required": ["id", "lat", "lon", "n", "value", "precision"],
                "properties": {"id": {"type": ["string", "null"], "description": "The event; null for a cell."},
                               "lat": {"type": "number"}, "lon": {"type": "number"},
                               "n": {"type": "integer", "minimum": 1, "description": "Events here."},
                               "value": {"type": "integer", "minimum": 0,
                                         "description": "The measure (a cell: its events' total)."},
                               "precision": {"type": "string", "description": "point, city, ... admin1, country"},
                               "type": {"type": "string"}, "place": {"type": "string"},
                               "day": {"type": ["string", "null"]}, "cell": {"type": "number"}}}},
        },
    },
    "ArticleMeta": ARTICLE_META,
    "Article": {**ARTICLE_META, "required": [*ARTICLE_META["required"], "text", "events"],
                "properties": {**ARTICLE_META["properties"], "text": {"type": "string"},
                               "events": {"type": "array", "items": {"type": "string"},
                                          "description": "Ids of the stored events read from this article."}}},
    "EventDetail": {
        "type": "object", "required": ["event", "records", "articles", "pairs"],
        "properties": {
            "event": ref("Event"),
            "figures": {"type": "array", "description": "One number per count of the event (what stats, reports and "
                        "exports take): the best estimate, low and high, each claimant's number, the rule that chose.",
                        "items": {"type": "object", "required": ["item", "role", "best", "low", "high", "claims", "rule"],
                                  "properties": {"item": {"type": "string"}, "role": {"type": "string"},
                                                 "best": {"type": "integer"}, "low": {"type": "integer"},
                                                 "high": {"type": "integer"}, "rule": {"type": "string"},
                                                 "claims": {"type": "array", "items": {
                                                     "type": "object", "required": ["claimant", "value"],
                                                     "properties": {"claimant": {"type": "string"},
                                                                    "value": {"type": "integer"}}}}}}},
            "records": {"type": "array", "items": ref("Event"),
                        "description": "The records, as read from each report, that were merged into the event."},
            "articles": {"type": "array", "items": ref("ArticleMeta")},
            "pairs": {"type": "array", "description": "Why each pair of records is (or is kept apart from) one event.",
                      "items": {"type": "object", "required": ["a", "b", "ok", "score", "reasons"],
                                "properties": {"a": {"type": "string"}, "b": {"type": "string"},
                                               "ok": {"type": "boolean"}, "score": {"type": "number"},
                                               "reasons": {"type": "array", "items": {"type": "string"}}}}},
            "aliases": {"type": "array", "items": {"type": "string"},
                        "description": "Old ids of the event (merged into it); each answers with this event."},
            "redirected_from": {"type": ["string", "null"],
                                "description": "The id asked for, when it was merged into this event; else null."},
        },
    },
    "Stats": {
        "type": "object",
        "required": ["total", "undated", "launched", "intercepted", "killed", "first_day", "last_day", "daily",
                     *[f"by_{d}" for d in DIMENSIONS]],
        "properties": {
            "total": {"type": "integer", "minimum": 0}, "undated": {"type": "integer", "minimum": 0},
            "launched": {"type": "integer", "minimum": 0}, "intercepted": {"type": "integer", "minimum": 0},
            "killed": {"type": "integer", "minimum": 0,
                       "description": "Deaths: each event's one figure (the ACLED export's fatalities), added."},
            "by_side_counts": {"type": "object", "description": "launched, intercepted and killed per side "
                               "(the initiator's country), sides with none left out.",
                               "additionalProperties": {"type": "object", "required": ["launched", "intercepted",
                                                                                        "killed"],
                                                        "properties": {k: {"type": "integer", "minimum": 0}
                                                                       for k in ("launched", "intercepted", "killed")}}},
            "first_day": {"type": ["string", "null"], "format": "date"},
            "last_day": {"type": ["string", "null"], "format": "date"},
            **{f"by_{d}": _COUNTS for d in DIMENSIONS},
            "daily": {
                "type": "object", "required": ["date", "events", "launched", "intercepted", "killed"],
                "description": "Columns over the days that have events: daily.family.attack[k] is the number of "
                               "attacks on daily.date[k].",
                "properties": {"date": {"type": "array", "items": {"type": "string", "format": "date"}},
                               "events": _SERIES, "launched": _SERIES, "intercepted": _SERIES, "killed": _SERIES,
                               **{d: {"type": "object", "additionalProperties": _SERIES} for d in DIMENSIONS}},
            },
        },
    },
    "Health": {
        "type": "object", "required": ["status", "version", "schema_version", "events", "articles", "ingest"],
        "properties": {"status": {"const": "ok"}, "version": {"type": "string"},
                       "schema_version": {"type": "integer"}, "events": {"type": "integer"},
                       "articles": {"type": "integer"}, "ingest": {"type": "boolean"}},
    },
    "IngestResult": {
        "type": "object", "required": ["article", "added", "records", "events"],
        "properties": {"article": {"type": "string"}, "added": {"type": "boolean",
                                                                "description": "false: the same text was stored before"},
                       "records": {"type": "integer"},
                       "events": {"type": "array", "items": {"type": "string"},
                                  "description": "Ids of the stored events the report's records are in."}},
    },
}


class ReportIn(BaseModel):
    """A report to ingest: its text and the date it was published (times in it are read against that date)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: str = Field(description="YYYY-MM-DD", json_schema_extra={"format": "date"})
    title: str | None = Field(None, max_length=MAX_TITLE_CHARS)
    outlet: str | None = Field(None, max_length=MAX_OUTLET_CHARS)
    url: str | None = Field(None, max_length=MAX_URL_CHARS)


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    described = {400: "An unknown parameter", 401: "No token or a wrong one", 403: "Not allowed from here",
                 404: "No such id", 422: "A parameter with a value that is not allowed",
                 413: "A body over the size limit (8 MB)", 503: "Extraction took too long"}
    return {c: {"description": described.get(c, "Error"), "content": {"application/json": {"schema": ref("Error")}}}
            for c in codes}
