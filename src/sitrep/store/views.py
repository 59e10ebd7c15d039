"""The flat views: an event's facts in typed columns, for SQL users and tools that do not read JSON
(datasette, DuckDB, QGIS): ``SELECT country, sum(killed_best) FROM events_flat WHERE counted GROUP BY country``.

``events_flat``, one row per stored event:

    id, day, date, date_end, type, family, status, counted, country, admin1, place, lat, lon, precision,
    killed_best, killed_low, killed_high, injured_best, injured_low, injured_high,
    initiator, target, claimants

A count's best, low and high are the event's one figure of the people killed (injured), the one
``sitrep report``, ``/api/stats`` and the ACLED export's ``fatalities`` take (``sitrep.merge.figures``,
stored per (item, role) in the table ``event_figures``): the ``person`` figure where the event has one
(it holds the groups: "12 people, including 5 children" is 12), else the largest group's; claimants who
disagree (35 and 60) give 35..60, best 35. Nothing is added within an event. ``counted`` says whether
the event adds to tolls (``sitrep.merge.figures.counted``): a planned protest or an accusation keeps
the figures it tells, but ``/api/stats`` and the exports do not add them, so sum with ``WHERE counted``
to get their totals. ``NULL`` where the event gives no figure. Every (item, role), drones launched
included, is in ``event_figures`` (event_id, idx, item, role, best, low, high, rule).

``day`` is the one day the event counts for in ``sitrep report``, ``/api/stats`` and the ACLED export's
``event_date`` (``sitrep.merge.figures.event_day``): its first day, or for a night ("overnight into
Tuesday") the morning it ends on; group by ``day`` to get their daily totals. ``date``..``date_end``
is the event's whole calendar window.

This module is the one place the view is defined, for both databases. A store makes its views anew
when their definition changes (``SQLStore._make_views``).
"""

from __future__ import annotations

import hashlib

from sitrep.merge.figures import COUNTED_STATUSES, DEATH_ITEMS, INCIDENT_FAMILIES

COUNT_ROLES = ("killed", "injured")
COUNT_MEASURES = ("best", "low", "high")


def _listed(words: tuple[str, ...]) -> str:
    return ", ".join(f"'{w}'" for w in words)


# the people's figure of a role, as ``sitrep.export.figures.from_figures`` picks it: the person figure,
# else the group with the largest best, the first told of equals (both databases speak this SQL)
_PEOPLE = ("(SELECT f.{measure} FROM event_figures f WHERE f.event_id = e.id AND f.role = '{role}' "
           f"AND f.item IN ({_listed(DEATH_ITEMS)}) ORDER BY f.item = 'person' DESC, f.best DESC, f.idx LIMIT 1)")
# whether the event adds to tolls (``sitrep.merge.figures.counted``)
_COUNTED = f"(e.status IN ({_listed(COUNTED_STATUSES)}) AND e.family IN ({_listed(INCIDENT_FAMILIES)}))"

ACTOR_ROLES = ("initiator", "target")

# what differs between the databases: reading the record's JSON, and typing the columns
_DIALECT = {
    "sqlite": {
        "actor": "(SELECT json_extract(a.value, '$.name') FROM json_each(e.record, '$.actors') a "
                 "WHERE json_extract(a.value, '$.role') = '{role}' ORDER BY a.key LIMIT 1)",
        "claimants": "(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT claimant_name AS name FROM claims c "
                     "WHERE c.event_id = e.id ORDER BY name))",
        "precision": "json_extract(e.record, '$.location.precision')",
        "date": "e.date_start", "date_end": "e.date_end",
        "day": "CASE WHEN e.date_precision = 'night' THEN e.date_end ELSE e.date_start END",
    },
    "postgresql": {
        "actor": "(SELECT a->>'name' FROM jsonb_array_elements(e.record::jsonb->'actors') WITH ORDINALITY AS x(a, n) "
                 "WHERE a->>'role' = '{role}' ORDER BY n LIMIT 1)",
        "claimants": "(SELECT string_agg(DISTINCT claimant_name, '; ') FROM claims c WHERE c.event_id = e.id)",
        "precision": "e.record::jsonb #>> '{location,precision}'",
        "date": "CAST(e.date_start AS DATE)", "date_end": "CAST(e.date_end AS DATE)",
        "day": "CAST(CASE WHEN e.date_precision = 'night' THEN e.date_end ELSE e.date_start END AS DATE)",
    },
}


def events_flat(dialect: str) -> str:
    """The SELECT of ``events_flat`` in ``dialect`` (``sqlite`` or ``postgresql``)."""
    d = _DIALECT[dialect]
    columns = [
        "e.id", f"{d['day']} AS day", f"{d['date']} AS date", f"{d['date_end']} AS date_end", "e.type", "e.family", "e.status",
        f"{_COUNTED} AS counted",
        "e.country", "e.admin1", "e.location_name AS place", "e.lat", "e.lon", f"{d['precision']} AS precision",
        *(_PEOPLE.format(measure=measure, role=role) + f" AS {role}_{measure}"
          for role in COUNT_ROLES for measure in COUNT_MEASURES),
        *(d["actor"].format(role=role) + f" AS {role}" for role in ACTOR_ROLES),
        f"{d['claimants']} AS claimants",
    ]
    return "SELECT " + ",\n  ".join(columns) + "\nFROM events e"


VIEWS = {"events_flat": events_flat}


def views_version(dialect: str) -> str:
    """A short digest of every view's definition: the store makes its views anew when it changes."""
    text = "\n".join(f"{name}: {make(dialect)}" for name, make in sorted(VIEWS.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
