"""ACLED-style CSV: ACLED's column names and event/sub-event types (EVENTS.md gives the mapping), one
row per event, the claims flattened into ``notes`` and ``source``. Types ACLED does not code (calls,
proposals, accusations...) are left out."""

from __future__ import annotations

import calendar
import csv
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TextIO

from sitrep.export.table import csv_cell, quantities_text
from sitrep.merge.figures import deaths
from sitrep.records import Article, Event

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
PV, SD, DEM = "Political violence", "Strategic developments", "Demonstrations"
REMOTE = "Explosions/Remote violence"
TYPES: dict[str, tuple[str, str, str]] = {  # sitrep type -> (disorder type, event type, sub-event type)
    "attack.drone": (PV, REMOTE, "Air/drone strike"),
    "attack.air": (PV, REMOTE, "Air/drone strike"),
    "attack.missile": (PV, REMOTE, "Shelling/artillery/missile attack"),
    "attack.artillery": (PV, REMOTE, "Shelling/artillery/missile attack"),
    "attack.explosive": (PV, REMOTE, "Remote explosive/landmine/IED"),
    "attack.ground": (PV, "Battles", "Armed clash"),
    "attack.civilians": (PV, "Violence against civilians", "Attack"),
    "territory.change": (PV, "Battles", "Government regains territory"),
    "diplomacy.talks": (SD, SD, "Other"),
    "diplomacy.agreement": (SD, SD, "Agreement"),
    "diplomacy.ceasefire": (SD, SD, "Agreement"),
    "prisoners.exchange": (SD, SD, "Agreement"),
    "disruption.transport": (SD, SD, "Other"),
    "disruption.communications": (SD, SD, "Other"),
    "disruption.power": (SD, SD, "Other"),
    "military.mobilization": (SD, SD, "Other"),
    "humanitarian.evacuation": (SD, SD, "Other"),
    "arrest": (SD, SD, "Arrests"),
    "protest.demonstration": (DEM, "Protests", "Peaceful protest"),
    "protest.riot": (DEM, "Riots", "Violent demonstration"),
}
# ACLED's actor codes (inter1/inter2): 1 state forces, 2 rebel groups, 5 rioters, 6 protesters, 7 civilians,
# 8 external/other forces; 0 where no actor is named.
INTER = {"state": 1, "government": 1, "military": 1, "armed_group": 2, "civilians": 7, "international": 8}
TIME_PRECISION = {"day": 1, "night": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "district": 1, "city": 1, "admin1": 2, "country": 3}
DEATH_ITEMS = ("person", "civilian", "soldier", "child", "body")


def country_name(alpha3: str | None) -> str:
    if not alpha3:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3)
    return str(getattr(found, "common_name", None) or found.name) if found else alpha3


def _inter(ev: Event, role: str) -> tuple[str, str, int]:
    if role == "initiator":
        actors = [a for a in ev.actors if a.role == "initiator"] or [a for a in ev.actors if a.role == "participant"][:1]
    else:
        actors = [a for a in ev.actors if a.role == "target"] or [a for a in ev.actors if a.role == "participant"][1:2]
    if not actors:
        return "", "", 0
    first = actors[0]
    kind = {"protest.demonstration": 6, "protest.riot": 5}.get(ev.type) if role == "initiator" else None
    return first.name, "; ".join(a.name for a in actors[1:]), kind or INTER.get(first.kind, 8)


def fatalities(ev: Event) -> int:
    """The event's one death toll (``sitrep.merge.figures.deaths``: the lowest of disputed claims, a
    subset such as 'including five children' inside it, 0 for a planned event or an accusation), the
    figure ``sitrep report`` and ``/api/stats`` add up too."""
    return deaths(ev)


def acled_row(ev: Event, article: Callable[[str], Article | None]) -> dict[str, Any] | None:
    """The event as an ACLED row, or None when ACLED does not code events of its type."""
    if ev.type not in TYPES:
        return None
    disorder, event_type, sub = TYPES[ev.type]
    a1, assoc1, inter1 = _inter(ev, "initiator")
    a2, assoc2, inter2 = _inter(ev, "target")
    if ev.type == "territory.change" and inter1 == 2:
        sub = "Non-state actor overtakes territory"
    day = ev.date.end if ev.date.precision == "night" else ev.date.start
    loc = ev.location
    arts = [a for a in (article(aid) for aid in ev.articles) if a is not None]
    outlets = list(dict.fromkeys(a.outlet or a.url or a.id for a in arts))
    claims = [f"{c.claimant.name} {c.verb or 'said'}: \"{c.text.strip()}\"" if c.stance == "asserts"
              else f"{c.claimant.name} ({c.stance}): \"{c.text.strip()}\"" for c in ev.claims]
    place = f" in {loc.name}" if loc else ""
    counts = quantities_text(ev)
    notes = f"On {day}, {ev.type} ({ev.status}){place}" + (f": {counts}." if counts else ".")
    if claims:
        notes += " Claims: " + " | ".join(claims)
    elif ev.evidence:
        notes += " " + ev.evidence[0].text.strip()
    civ = ev.type == "attack.civilians" or any(a.kind == "civilians" for a in ev.actors if a.role == "target")
    return {
        "event_id_cnty": ev.id, "event_date": day, "year": day[:4] if day else "",
        "time_precision": TIME_PRECISION.get(ev.date.precision, 3), "disorder_type": disorder,
        "event_type": event_type, "sub_event_type": sub,
        "actor1": a1, "assoc_actor_1": assoc1, "inter1": inter1, "actor2": a2, "assoc_actor_2": assoc2,
        "inter2": inter2, "interaction": int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2
        else inter1 * 10 or inter2 * 10,
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": _numeric(loc.country if loc else None), "region": "", "country": country_name(loc.country if loc else None),
        "admin1": loc.admin1 or "" if loc else "", "admin2": "", "admin3": "", "location": loc.name if loc else "",
        "latitude": loc.lat if loc else "", "longitude": loc.lon if loc else "",
        "geo_precision": GEO_PRECISION.get(loc.precision, 3) if loc else 3,
        "source": "; ".join(outlets), "source_scale": "", "notes": notes, "fatalities": fatalities(ev),
        "tags": f"sitrep confidence {ev.confidence:.2f}; status {ev.status}",
        "timestamp": calendar.timegm(date.fromisoformat(day).timetuple()) if day and len(day) == 10 else "",
    }


def _numeric(alpha3: str | None) -> str:
    if not alpha3:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3)
    return str(int(found.numeric)) if found else ""


def write_acled(events: Iterable[Event], out: TextIO, article: Callable[[str], Article | None]) -> tuple[int, int]:
    """Write the CSV with a header row; gives (rows written, events left out because ACLED does not code them)."""
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    written = skipped = 0
    for ev in events:
        r = acled_row(ev, article)
        if r is None:
            skipped += 1
            continue
        w.writerow({k: csv_cell(v) for k, v in r.items()})
        written += 1
    return written, skipped
