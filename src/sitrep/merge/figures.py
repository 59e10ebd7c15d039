"""One number per count per event: the figure every reader of the store (``sitrep report``,
``/api/stats``, the dashboard, every export) takes for "how many".

    from sitrep.merge.figures import event_figures, deaths
    fig = event_figures(event)[("drone", "intercepted")]
    fig.best, fig.low, fig.high, fig.claims, fig.rule   # 64, 64, 64, (("Air Force", 64),), "single_claim"

A stored event holds every count every report gave: a total and its parts ("64 drones, 31 over
A and 14 over B"), the same statement told by two outlets, and the numbers of claimants who
disagree. The figure of one (item, role) is made in two steps:

1. Each claimant gets one number (``claimant_figures``): the largest it gives, because a
   claimant's total holds its parts and the same statement told twice is one statement. Counts
   told in a reporter's own voice are one claimant per report, ``reported``.
2. One best estimate with its low and high (as UCDP's best/low/high), chosen by the first rule of
   ``FIGURE_RULES`` that answers; the figure names that rule.

Nothing is ever summed inside one event. Totals over several events add each event's ``best``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep.records import Event, Quantity, family

REPORTED = "reported"
"""The claimant of a count told in the reporter's own voice (no claim)."""

DEATH_ITEMS = ("person", "civilian", "soldier", "child", "body")
"""Items whose ``killed`` figure is a death toll; ``deaths`` takes the largest (a subset such as the
children among the dead is inside it)."""

COUNTED_STATUSES = ("occurred", "ongoing")
"""Only what happened adds to tolls: a planned protest or a proposed exchange kills no one."""

INCIDENT_FAMILIES = ("attack", "territory", "protest", "arrest", "humanitarian", "disruption")
"""Families whose counts are the incident's own. A statement's or a deal's numbers ("the war that
has killed thousands", "accused them of killing five") are told about other events and would
count those twice."""


@dataclass(frozen=True)
class Figure:
    """The figure of one (item, role) on one event."""

    best: int
    low: int
    high: int
    claims: tuple[tuple[str, int], ...]  # (claimant, the number it gives), in the order first told
    rule: str  # the name of the rule in FIGURE_RULES that chose ``best``

    def to_dict(self) -> dict[str, Any]:
        return {"best": self.best, "low": self.low, "high": self.high,
                "claims": [{"claimant": c, "value": v} for c, v in self.claims], "rule": self.rule}


def _claimant(claimants: Sequence[str], q: Quantity) -> str:
    """Who gives the count: its claim's claimant; else the reporter, one per report once reports are
    merged ("reported in a_1f..."), as two outlets' own numbers are two claims."""
    if q.claim is not None and 0 <= q.claim < len(claimants) and claimants[q.claim]:
        return claimants[q.claim]
    return f"{REPORTED} in {q.article}" if q.article else REPORTED


def claimant_figures(told: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """One number per claimant (names compared without case), the largest it gives, in the order the
    claimants first speak: [("Air Force", 31), ("air force", 64), ("Governor", 2)] ->
    [("Air Force", 64), ("Governor", 2)]."""
    best: dict[str, tuple[str, int]] = {}
    for name, value in told:
        key = name.lower()
        if key not in best or value > best[key][1]:
            best[key] = (best[key][0] if key in best else name, value)
    return list(best.values())


# the rules: each takes the claimants' numbers (at least one) and gives a figure or None ---------

Rule = Callable[[Sequence[tuple[str, int]]], "Figure | None"]


def single_claim(claims: Sequence[tuple[str, int]]) -> Figure | None:
    """One claimant: "the governor said three were killed" -> 3 (3..3)."""
    if len(claims) != 1:
        return None
    value = claims[0][1]
    return Figure(value, value, value, tuple(claims), "single_claim")


def claims_agree(claims: Sequence[tuple[str, int]]) -> Figure | None:
    """Every claimant gives the same number: ministry 12, governor 12 -> 12 (12..12)."""
    values = {v for _, v in claims}
    if len(values) != 1:
        return None
    value = values.pop()
    return Figure(value, value, value, tuple(claims), "claims_agree")


def positive_over_none(claims: Sequence[tuple[str, int]]) -> Figure | None:
    """A zero ("no injuries were reported") yields to a number another claimant gives later: police 0,
    hospital 4, medics 6 -> 4 (0..6), the lowest of the numbers given."""
    values = [v for _, v in claims]
    given = [v for v in values if v > 0]
    if not given or len(given) == len(values):
        return None
    return Figure(min(given), 0, max(given), tuple(claims), "positive_over_none")


def lowest_of_disputed(claims: Sequence[tuple[str, int]]) -> Figure | None:
    """Claimants disagree: the lowest is the best estimate, as ACLED codes the most conservative
    report; security sources 35, the armed group 60 -> 35 (35..60)."""
    values = [v for _, v in claims]
    return Figure(min(values), min(values), max(values), tuple(claims), "lowest_of_disputed")


FIGURE_RULES: tuple[Rule, ...] = (single_claim, claims_agree, positive_over_none, lowest_of_disputed)


def choose(claims: Sequence[tuple[str, int]]) -> Figure:
    """The figure of the claimants' numbers by the first rule that answers (``claims`` not empty)."""
    for rule in FIGURE_RULES:
        fig = rule(claims)
        if fig is not None:
            return fig
    raise ValueError("no figure without a claim")  # lowest_of_disputed always answers


Figures = dict[tuple[str, str], Figure]


def figures_of(quantities: Sequence[Quantity], claimants: Sequence[str]) -> Figures:
    """Each (item, role) the counts give, with its one figure; ``claimants`` names the claimant of each
    claim a count points at (``Quantity.claim``)."""
    told: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for q in quantities:
        if isinstance(q.value, int):
            told.setdefault((q.item, q.role), []).append((_claimant(claimants, q), q.value))
    return {key: choose(claimant_figures(numbers)) for key, numbers in told.items()}


def event_figures(ev: Event) -> Figures:
    """Each (item, role) the event counts, with its one figure."""
    return figures_of(ev.quantities, [c.claimant.name for c in ev.claims])


def counted(type_: str, status: str) -> bool:
    """Whether an event of this type and status adds to a day's tolls: an attack that occurred does; a
    planned protest or an accusation ("accused the army of killing five") does not."""
    return status in COUNTED_STATUSES and family(type_) in INCIDENT_FAMILIES


def counts_toward_totals(ev: Event) -> bool:
    """``counted`` for an event."""
    return counted(ev.type, ev.status)


def people_figure(figs: Figures, role: str) -> Figure | None:
    """The figure of people in ``role``: the ``person`` figure where there is one, as it holds the groups
    (14 people killed, five children among them -> 14, even where another claimant's children
    outnumber the lowest claim's people); else the largest group's (12 civilians, 3 soldiers -> 12)."""
    if ("person", role) in figs:
        return figs[("person", role)]
    groups = (f for (item, r), f in figs.items() if r == role and item in DEATH_ITEMS)
    return max(groups, key=lambda f: f.best, default=None)


def people_of(figs: Figures, role: str) -> int:
    """The toll of people in ``role`` (``people_figure``'s best), 0 where none is told."""
    pick = people_figure(figs, role)
    return pick.best if pick else 0


def deaths_of(figs: Figures) -> int:
    """The toll of the dead (``people_of`` killed)."""
    return people_of(figs, "killed")


def role_total_of(figs: Figures, role: str) -> int:
    """The best figures of ``role`` added over things (30 drones and 2 missiles launched -> 32); people
    are not added to each other (a subset is inside its total), the largest counts."""
    told = [(item, f.best) for (item, r), f in figs.items() if r == role]
    things = sum(v for item, v in told if item not in DEATH_ITEMS)
    people = max((v for item, v in told if item in DEATH_ITEMS), default=0)
    return things + people


def deaths(ev: Event) -> int:
    """The event's death toll, as ACLED's ``fatalities`` (``deaths_of``), 0 for an event that does not
    add to tolls (``counts_toward_totals``)."""
    return deaths_of(event_figures(ev)) if counts_toward_totals(ev) else 0


def role_total(ev: Event, role: str) -> int:
    """The event's total of ``role`` (``role_total_of``), 0 for an event that does not add to tolls."""
    return role_total_of(event_figures(ev), role) if counts_toward_totals(ev) else 0


def event_day(ev: Event) -> date | None:
    """The one day an event counts for: its start, or for a night its end (the morning after);
    None when undated. "the night of 3 to 4 May" -> 4 May."""
    text = ev.date.end if ev.date.precision == "night" else ev.date.start
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
