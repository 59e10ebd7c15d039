"""One figure per count per event, as every export writes it: killed and injured people, a best estimate
with its low and high (like UCDP's best/low/high).

This is the exports' one door to the counting rules: ``event_people`` is the only function the exports
call, and it reads ``sitrep.merge.figures.event_figures``, the figures ``sitrep report`` and
``/api/stats`` take too, so that the exports' tolls agree with theirs. There: each claimant gives one
number, the largest it gives (a total holds its parts: "14 civilians, including five children" is 14,
not 19; one statement told by two outlets is one); counts in the reporter's own voice are one claimant.
Of the claimants' numbers, the best estimate is the one number they all give, else the lowest positive
one where some say none, else the lowest (ACLED takes the most conservative report); low and high are
the spread. Here: the toll of an event is its ``person`` figure where it has one (it holds the groups),
else the largest group's; an event that did not happen (planned, proposed) or is not an incident (talks,
a statement about a war) has none.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.merge.figures import Figures, counts_toward_totals, event_figures, people_figure
from sitrep.records import Event


@dataclass(frozen=True)
class Figure:
    """One count of an event: the best estimate, and the lowest and highest any claim gives."""

    best: int
    low: int
    high: int


def event_people(ev: Event) -> dict[str, Figure | None]:
    """The event's ``killed`` and ``injured`` figures (None where it has none)."""
    return from_figures(event_figures(ev), ev)


def from_figures(figures: Figures, ev: Event) -> dict[str, Figure | None]:
    """``event_people`` from ``sitrep.merge.figures.event_figures(ev)``: each role's ``people_figure``
    (the person figure, else the largest group's)."""
    if not counts_toward_totals(ev):
        return {"killed": None, "injured": None}
    out: dict[str, Figure | None] = {}
    for role in ("killed", "injured"):
        pick = people_figure(figures, role)
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
