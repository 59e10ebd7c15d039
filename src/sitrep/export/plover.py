"""PLOVER JSON Lines: one event per line with the PLOVER manual's field names and vocabularies.

The fields (``FIELDS``): ``id``, ``date`` and ``enddate`` (YYYY-MM-DD), ``event`` (the PLOVER category),
``mode`` (the manual's mode for that category: ``drone``, ``artillery``, ``demo``... or null),
``context`` (a list of the manual's contexts: ``military``, ``diplomatic``... and the special context
``future`` for a planned or proposed event), ``actor``/``actor_country``/``actor_sector`` and the same
for ``recipient`` (country as ISO alpha-3, sector as the manual's code: GOV, MIL, COP, REB, CVL...),
``location`` (GeoNames field names: ``name``, ``geonameid``, ``latitude``, ``longitude``, ``cc3``,
``admin1_code``), ``event_text``, ``quad_code`` and ``event_scale`` (the manual's quad and score),
``dead`` and ``injured`` (the one best figure: ``sitrep.export.figures``), ``comment``. sitrep's own
fields follow with a ``sitrep_`` prefix. Mappings: ``data/plover_categories.tsv`` and
``data/plover_scores.tsv``. Types PLOVER has no category for (flight delays, power cuts,
evacuations) are left out, and so are events with no date (``date`` is required).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

from sitrep.export.figures import event_people
from sitrep.lexicon import read_tsv
from sitrep.records import Actor, Event

FIELDS = ("id", "date", "enddate", "event", "mode", "context", "actor", "actor_country", "actor_sector",
          "recipient", "recipient_country", "recipient_sector", "location", "event_text", "quad_code",
          "event_scale", "dead", "injured", "comment")
REFUSED = frozenset({"rejected", "cancelled"})
NOT_YET = frozenset({"planned", "proposed"})
# sitrep's actor kinds -> the manual's sector codes
SECTOR = {"state": "GOV", "government": "GOV", "military": "MIL", "police": "COP", "armed_group": "REB",
          "civilians": "CVL", "person": "CVL", "media": "JRN", "international": "IGO"}


@cache
def categories() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """sitrep type -> (category, mode or None, contexts)."""
    out = {}
    for r in read_tsv("plover_categories.tsv"):
        mode = None if r[2] == "-" else r[2]
        contexts = () if r[3] == "-" else tuple(r[3].split(","))
        out[r[0]] = (r[1], mode, contexts)
    return out


CATEGORY = {k: v[0] for k, v in categories().items()}


@cache
def scores() -> dict[str, tuple[int, float]]:
    """PLOVER category -> (quad code, score)."""
    return {r[0]: (int(r[1]), float(r[2])) for r in read_tsv("plover_scores.tsv")}


def coded(ev: Event) -> tuple[str, str | None, list[str]] | None:
    """(category, mode, contexts) of the event, or None when PLOVER has no category for its type.
    "The truce was rejected" is REJECT with mode yield; "talks planned for May" have context future."""
    found = categories().get(ev.type)
    if found is None or not ev.date.start:
        return None  # no category, or no date (which the manual requires)
    cat, mode, contexts = found
    if ev.type == "diplomacy.ceasefire" and ev.status in REFUSED:
        cat, mode = "REJECT", "yield"
    return cat, mode, list(contexts) + (["future"] if ev.status in NOT_YET else [])


def _first(ev: Event, *roles: str) -> Actor | None:
    return next((a for a in ev.actors if a.role in roles), None)


def _location(ev: Event) -> dict[str, Any] | None:
    loc = ev.location
    if loc is None:
        return None
    return {"name": loc.name, "geonameid": loc.geonameid, "latitude": loc.lat, "longitude": loc.lon,
            "cc3": loc.country, "admin1_code": loc.admin1, "precision": loc.precision}


def plover_record(ev: Event) -> dict[str, Any] | None:
    """The event as a PLOVER record, or None when PLOVER has no category for its type."""
    found = coded(ev)
    if found is None:
        return None
    cat, mode, contexts = found
    actor = _first(ev, "initiator", "participant")
    recipient = _first(ev, "target") or next((a for a in ev.actors if a.role == "participant" and a is not actor), None)
    quad, scale = scores()[cat]
    people = event_people(ev)
    return {
        "id": ev.id, "date": ev.date.start, "enddate": ev.date.end, "event": cat, "mode": mode, "context": contexts,
        "actor": actor.name if actor else None, "actor_country": actor.country if actor else None,
        "actor_sector": SECTOR.get(actor.kind) if actor else None,
        "recipient": recipient.name if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "recipient_sector": SECTOR.get(recipient.kind) if recipient else None,
        "location": _location(ev), "event_text": [e.text for e in ev.evidence], "quad_code": quad,
        "event_scale": scale, "dead": people["killed"].best if people["killed"] else None,
        "injured": people["injured"].best if people["injured"] else None,
        "comment": f"sitrep {ev.type}, status {ev.status}",
        "sitrep_type": ev.type, "sitrep_status": ev.status,
        "sitrep_quantities": [q.to_dict() for q in ev.quantities],
        "sitrep_claims": [{"claimant": c.claimant.name, "stance": c.stance, "text": c.text} for c in ev.claims],
        "sitrep_articles": list(ev.articles), "sitrep_confidence": round(ev.confidence, 3),
    }


def write_plover(events: Iterable[Event], out: TextIO) -> tuple[int, int]:
    """Write one JSON object per line; gives (written, left out for want of a PLOVER category or a date)."""
    written = skipped = 0
    for ev in events:
        rec = plover_record(ev)
        if rec is None:
            skipped += 1
            continue
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        written += 1
    return written, skipped
