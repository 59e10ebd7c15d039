"""PLOVER JSON Lines: one event per line in the PLOVER ontology's categories (EVENTS.md gives the
mapping). Types PLOVER has no category for (flight delays, power cuts, evacuations) are left out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.records import Event

CATEGORY = {
    "attack.drone": "ASSAULT", "attack.missile": "ASSAULT", "attack.air": "ASSAULT", "attack.artillery": "ASSAULT",
    "attack.ground": "ASSAULT", "attack.explosive": "ASSAULT", "attack.civilians": "ASSAULT",
    "territory.change": "COERCE",
    "diplomacy.talks": "CONSULT", "diplomacy.call": "CONSULT", "diplomacy.proposal": "REQUEST",
    "diplomacy.agreement": "AGREE", "diplomacy.rejection": "REJECT", "diplomacy.ceasefire": "AGREE",
    "diplomacy.sanctions": "SANCTION", "diplomacy.aid": "AID", "prisoners.exchange": "CONCEDE",
    "statement.accusation": "ACCUSE", "statement.denial": "REJECT", "statement.threat": "THREATEN",
    "disruption.communications": "SANCTION", "military.mobilization": "MOBILIZE",
    "protest.demonstration": "PROTEST", "protest.riot": "PROTEST", "arrest": "COERCE",
}
# PLOVER's mode: how an act was carried out, where the type says it.
MODE = {
    "attack.drone": "aerial", "attack.missile": "aerial", "attack.air": "aerial", "attack.artillery": "firearms",
    "attack.ground": "firearms", "attack.explosive": "explosives", "attack.civilians": "physical-assault",
    "protest.demonstration": "demonstrate", "protest.riot": "riot", "arrest": "arrest",
}
CEASEFIRE_BROKEN = "RETREAT"


def category(ev: Event) -> str | None:
    if ev.type == "diplomacy.ceasefire" and ev.status in ("rejected", "cancelled"):
        return CEASEFIRE_BROKEN
    return CATEGORY.get(ev.type)


def _first(ev: Event, *roles: str) -> Any:
    return next((a for a in ev.actors if a.role in roles), None)


def plover_record(ev: Event) -> dict[str, Any] | None:
    """The event as a PLOVER record, or None when PLOVER has no category for its type."""
    cat = category(ev)
    if cat is None:
        return None
    actor = _first(ev, "initiator", "participant")
    recipient = _first(ev, "target") or next((a for a in ev.actors if a.role == "participant" and a is not actor), None)
    loc = ev.location
    return {
        "id": ev.id,
        "event_date": ev.date.start,
        "event_date_end": ev.date.end,
        "event_type": cat,
        "mode": MODE.get(ev.type, ""),
        "context": [ev.family],
        "status": ev.status,
        "actor": actor.name if actor else None,
        "actor_country": actor.country if actor else None,
        "actor_kind": actor.kind if actor else None,
        "recipient": recipient.name if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "recipient_kind": recipient.kind if recipient else None,
        "location": {"name": loc.name, "country": loc.country, "admin1": loc.admin1, "lat": loc.lat,
                     "lon": loc.lon, "geonameid": loc.geonameid, "precision": loc.precision} if loc else None,
        "quantities": [q.to_dict() for q in ev.quantities],
        "claims": [{"claimant": c.claimant.name, "stance": c.stance, "text": c.text} for c in ev.claims],
        "sitrep_type": ev.type,
        "articles": list(ev.articles),
        "confidence": round(ev.confidence, 3),
    }


def write_plover(events: Iterable[Event], out: TextIO) -> tuple[int, int]:
    """Write one JSON object per line; gives (written, left out for want of a PLOVER category)."""
    written = skipped = 0
    for ev in events:
        rec = plover_record(ev)
        if rec is None:
            skipped += 1
            continue
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        written += 1
    return written, skipped
