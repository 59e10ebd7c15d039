"""One figure per count per event, as every export writes it: killed and injured people, a best estimate
with its low and high (like UCDP's best/low/high).

This is the exports' one door to the counting rules: ``event_people`` is the only function the exports
call. It follows the rules of ``sitrep.merge.figures`` (the counts work, on its own branch as this is
written): once that module is in, ``event_people`` becomes ``return from_figures(event_figures(ev),
ev)`` and the local copy of the rules below goes.

The rules: each claimant gives one number, the largest it gives (a total holds its parts: "14 civilians,
including five children" is 14, not 19; one statement told by two outlets is one); counts in the
reporter's own voice are one claimant. Of the claimants' numbers, the best estimate is the one number
they all give, else the lowest positive one where some say none, else the lowest (ACLED takes the most
conservative report); low and high are the spread. The toll of an event is its ``person`` figure where
it has one (it holds the groups), else the largest group's; an event that did not happen (planned,
proposed) or is not an incident (talks, a statement about a war) has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sitrep.records import Event, family

# Items that count people (a body is a person found dead)
PEOPLE = ("person", "civilian", "soldier", "child", "body")
COUNTED_STATUSES = frozenset({"occurred", "ongoing"})
# Families whose counts are the incident's own: a statement's "the war has killed thousands" is not
INCIDENT_FAMILIES = frozenset({"attack", "territory", "protest", "arrest", "humanitarian", "disruption"})
REPORTED = "reported"


@dataclass(frozen=True)
class Figure:
    """One count of an event: the best estimate, and the lowest and highest any claim gives."""

    best: int
    low: int
    high: int


def _claimant_numbers(ev: Event, item: str, role: str) -> list[int]:
    """One number per claimant (names compared without case), the largest it gives."""
    names = [c.claimant.name for c in ev.claims]
    best: dict[str, int] = {}
    for q in ev.quantities:
        if q.item == item and q.role == role:
            who = (names[q.claim] if q.claim is not None and 0 <= q.claim < len(names) else REPORTED).lower()
            best[who] = max(best.get(who, q.value), q.value)
    return list(best.values())


def choose(values: list[int]) -> Figure:
    """Ministry 12, governor 12 -> 12; police 0, hospital 4, medics 6 -> 4 (0..6); security sources 35,
    the armed group 60 -> 35 (35..60)."""
    positive = [v for v in values if v > 0]
    best = min(positive) if positive and len(positive) < len(values) else min(values)
    return Figure(best, min(values), max(values))


def people_figure(ev: Event, role: str) -> Figure | None:
    """The event's figure of people ``role`` (killed, injured): its ``person`` figure, else its largest
    group's. None when no claim counts people in ``role``, or the event adds to no toll."""
    if ev.status not in COUNTED_STATUSES or family(ev.type) not in INCIDENT_FAMILIES:
        return None
    figures = {item: choose(vals) for item in PEOPLE if (vals := _claimant_numbers(ev, item, role))}
    if "person" in figures:
        return figures["person"]
    return max(figures.values(), key=lambda f: f.best, default=None)


def event_people(ev: Event) -> dict[str, Figure | None]:
    """The event's ``killed`` and ``injured`` figures (None where it has none)."""
    return {"killed": people_figure(ev, "killed"), "injured": people_figure(ev, "injured")}


def from_figures(figures: Mapping[tuple[str, str], Any], ev: Event) -> dict[str, Figure | None]:
    """``event_people`` from ``sitrep.merge.figures.event_figures(ev)`` (a figure with ``best``, ``low``,
    ``high`` per (item, role)), by the same choice of the person figure or the largest group's."""
    if ev.status not in COUNTED_STATUSES or family(ev.type) not in INCIDENT_FAMILIES:
        return {"killed": None, "injured": None}
    out: dict[str, Figure | None] = {}
    for role in ("killed", "injured"):
        groups = {item: f for (item, r), f in figures.items() if r == role and item in PEOPLE}
        pick = groups.get("person") or max(groups.values(), key=lambda f: f.best, default=None)
        out[role] = Figure(pick.best, pick.low, pick.high) if pick else None
    return out


PEOPLE_COLUMNS = ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high")


def people_columns(ev: Event) -> dict[str, int | None]:
    """The figures as flat numeric columns: ``killed`` is the best estimate (0 when no report gives one,
    as ACLED writes it), ``killed_low``/``killed_high`` the spread (empty when none); the same for
    ``injured``."""
    out: dict[str, int | None] = {}
    for role, fig in event_people(ev).items():
        out[role] = fig.best if fig else 0
        out[f"{role}_low"] = fig.low if fig else None
        out[f"{role}_high"] = fig.high if fig else None
    return out
