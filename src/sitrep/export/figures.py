"""One figure per count per event, as every export writes it: killed and injured people, a best estimate
with its low and high (like UCDP's best/low/high).

This is the exports' one door to the counting rules: ``event_people`` is the only function the exports
call, so that when ``sitrep.merge.figures.event_figures`` (one figure per claim and a chosen best) is in,
the swap is one line here.

Until then the rule is the one ACLED codes by: each report gives one figure, the largest of its people
counts for the role (a total holds its parts: "14 civilians, including five children" is 14, not 19;
one report quoting two sources is read as its largest); the best estimate is the lowest of the
reports' figures (ACLED takes the most conservative report), low and high the spread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.records import Event, Quantity

# Items that count people (a body is a person found dead)
PEOPLE = frozenset({"person", "civilian", "soldier", "child", "body"})


@dataclass(frozen=True)
class Figure:
    """One count of an event: the best estimate, and the lowest and highest any claim gives."""

    best: int
    low: int
    high: int


def _report_key(q: Quantity) -> str:
    """The report a count was read from (none before reports are merged: one report)."""
    return q.article or ""


def people_figure(ev: Event, role: str) -> Figure | None:
    """"12 killed" (one report) and "15 killed" (another): best 12, low 12, high 15. None when no
    report counts people in ``role``."""
    per_report: dict[str, int] = {}
    for q in ev.quantities:
        if q.role == role and q.item in PEOPLE:
            key = _report_key(q)
            per_report[key] = max(per_report.get(key, 0), q.value)
    if not per_report:
        return None
    values = sorted(per_report.values())
    return Figure(best=values[0], low=values[0], high=values[-1])


def event_people(ev: Event) -> dict[str, Figure | None]:
    """The event's ``killed`` and ``injured`` figures (None where no claim gives one)."""
    return {"killed": people_figure(ev, "killed"), "injured": people_figure(ev, "injured")}


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
