"""The flat views: an event's facts in typed columns, for SQL users and tools that do not read JSON
(datasette, DuckDB, QGIS): ``SELECT country, sum(killed_best) FROM events_flat GROUP BY country``.

``events_flat``, one row per stored event:

    id, date, date_end, type, family, status, country, admin1, place, lat, lon, precision,
    killed_best, killed_low, killed_high, injured_best, injured_low, injured_high,
    initiator, target, claimants

This module is the one place the view is defined, for both databases: a count's best, low and high
are, for now, the largest, the smallest and the largest figure any claim gives for that role (of any
item: "12 people", "3 children"); to change that, change ``COUNT_MEASURES`` (or the count's SQL
below). A store makes its views anew when their definition changes (``SQLStore._make_views``).
"""

from __future__ import annotations

import hashlib

COUNT_ROLES = ("killed", "injured")
# each measure of a count and the aggregate that gives it over the figures of the event's claims
COUNT_MEASURES = {"best": "max", "low": "min", "high": "max"}
ACTOR_ROLES = ("initiator", "target")

# what differs between the databases: reading the record's JSON, and typing the columns
_DIALECT = {
    "sqlite": {
        "count": "(SELECT CAST({agg}(json_extract(q.value, '$.value')) AS INTEGER) FROM json_each(e.record, "
                 "'$.quantities') q WHERE json_extract(q.value, '$.role') = '{role}')",
        "actor": "(SELECT json_extract(a.value, '$.name') FROM json_each(e.record, '$.actors') a "
                 "WHERE json_extract(a.value, '$.role') = '{role}' ORDER BY a.key LIMIT 1)",
        "claimants": "(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT claimant_name AS name FROM claims c "
                     "WHERE c.event_id = e.id ORDER BY name))",
        "precision": "json_extract(e.record, '$.location.precision')",
        "date": "e.date_start", "date_end": "e.date_end",
    },
    "postgresql": {
        "count": "(SELECT {agg}((q->>'value')::bigint) FROM jsonb_array_elements(e.record::jsonb->'quantities') q "
                 "WHERE q->>'role' = '{role}')",
        "actor": "(SELECT a->>'name' FROM jsonb_array_elements(e.record::jsonb->'actors') WITH ORDINALITY AS x(a, n) "
                 "WHERE a->>'role' = '{role}' ORDER BY n LIMIT 1)",
        "claimants": "(SELECT string_agg(DISTINCT claimant_name, '; ') FROM claims c WHERE c.event_id = e.id)",
        "precision": "e.record::jsonb #>> '{location,precision}'",
        "date": "CAST(e.date_start AS DATE)", "date_end": "CAST(e.date_end AS DATE)",
    },
}


def events_flat(dialect: str) -> str:
    """The SELECT of ``events_flat`` in ``dialect`` (``sqlite`` or ``postgresql``)."""
    d = _DIALECT[dialect]
    columns = [
        "e.id", f"{d['date']} AS date", f"{d['date_end']} AS date_end", "e.type", "e.family", "e.status",
        "e.country", "e.admin1", "e.location_name AS place", "e.lat", "e.lon", f"{d['precision']} AS precision",
        *(d["count"].format(agg=agg, role=role) + f" AS {role}_{measure}"
          for role in COUNT_ROLES for measure, agg in COUNT_MEASURES.items()),
        *(d["actor"].format(role=role) + f" AS {role}" for role in ACTOR_ROLES),
        f"{d['claimants']} AS claimants",
    ]
    return "SELECT " + ",\n  ".join(columns) + "\nFROM events e"


VIEWS = {"events_flat": events_flat}


def views_version(dialect: str) -> str:
    """A short digest of every view's definition: the store makes its views anew when it changes."""
    text = "\n".join(f"{name}: {make(dialect)}" for name, make in sorted(VIEWS.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
