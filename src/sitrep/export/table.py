"""Flat CSV: one row per event, nested fields written out as short text (``sitrep export --format csv``).

Every CSV sitrep writes (this one, ``acled-csv``, the API's ``format=csv``, ``sitrep events
--format csv``) passes its cells through ``csv_cell``: text from reports must never become a
spreadsheet formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.export.figures import PEOPLE_COLUMNS, people_columns
from sitrep.records import Event

# killed/injured: numeric columns, the one best figure of the event and the spread of its claims
COLUMNS = [
    "id", "date_start", "date_end", "date_precision", "type", "family", "status", "place", "country", "admin1",
    "lat", "lon", "place_precision", "initiators", "targets", "participants", "mediators", *PEOPLE_COLUMNS,
    "quantities", "damage", "claimants", "evidence", "articles", "confidence",
]


# What a spreadsheet takes for the start of a formula (OWASP, "CSV Injection"): = + - @, and a tab or
# carriage return before one
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """The cell as a spreadsheet will show it, as text: ``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``.
    Numbers are numbers (a longitude of -3.7 stays one); only text is escaped."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _actors(ev: Event, role: str) -> str:
    return "; ".join(f"{a.name} ({a.country})" if a.country else a.name for a in ev.actors if a.role == role)


def quantities_text(ev: Event) -> str:
    """``drone launched 40 (Ukrainian Air Force); drone intercepted 35``: each count with who gives it."""
    out = []
    for q in ev.quantities:
        who = ev.claims[q.claim].claimant.name if q.claim is not None and q.claim < len(ev.claims) else None
        qual = {"at_least": "at least ", "at_most": "at most ", "about": "about "}.get(q.qualifier, "")
        out.append(f"{q.item} {q.role} {qual}{q.value}" + (f" ({who})" if who else ""))
    return "; ".join(out)


def row(ev: Event) -> dict[str, Any]:
    loc = ev.location
    return {
        "id": ev.id, "date_start": ev.date.start, "date_end": ev.date.end, "date_precision": ev.date.precision,
        "type": ev.type, "family": ev.family, "status": ev.status,
        "place": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None, "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "place_precision": loc.precision if loc else None,
        "initiators": _actors(ev, "initiator"), "targets": _actors(ev, "target"),
        "participants": _actors(ev, "participant"), "mediators": _actors(ev, "mediator"), **people_columns(ev),
        "quantities": quantities_text(ev), "damage": "; ".join(d.object for d in ev.damage),
        "claimants": "; ".join(dict.fromkeys(f"{c.claimant.name} ({c.stance})" for c in ev.claims)),
        "evidence": " | ".join(e.text for e in ev.evidence), "articles": " ".join(ev.articles),
        "confidence": round(ev.confidence, 3),
    }


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    """Write the events as CSV with a header row; gives the number of rows."""
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for ev in events:
        w.writerow({k: csv_cell(v) for k, v in row(ev).items()})
        n += 1
    return n
