"""Which prediction may pair with which gold event (``spec/GOLD.md``), and the one-to-one pairing of
a report's predictions with its gold events by maximum total weight."""

from __future__ import annotations

import math
from datetime import date, timedelta


def _family(t: str) -> str:
    return t.split(".", 1)[0]


def pred_window(p: dict) -> tuple[date | None, date | None]:
    """A predicted record's date window (None where it has no date)."""
    d = p.get("date") or {}
    s, e = d.get("start"), d.get("end")
    return (date.fromisoformat(s) if s else None, date.fromisoformat(e) if e else None)


def _date_allowed(g: dict, p: dict, published: date) -> bool:
    s, e = pred_window(p)
    if g.get("date") is None:  # any date up to publication, widened by a day as every window is
        return s is None or s <= published + timedelta(days=1)
    if s is None or e is None:
        return False
    g0, g1 = (date.fromisoformat(x) for x in g["date"])
    return s <= g1 + timedelta(days=1) and g0 - timedelta(days=1) <= e


def _pred_country(p: dict) -> str | None:
    return (p.get("location") or {}).get("country")


def allowed(g: dict, p: dict, published: date) -> bool:
    """Same family (or an alternative type), windows a day apart at most, no two different countries."""
    if _family(g["type"]) != _family(p["type"]) and p["type"] not in g.get("alt_types", []):
        return False
    if not _date_allowed(g, p, published):
        return False
    gc = (g.get("location") or {}).get("country")
    pc = _pred_country(p)
    return not (gc and pc and gc != pc)


def type_right(g: dict, p: dict) -> bool:
    return p["type"] == g["type"] or p["type"] in g.get("alt_types", [])


def assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one matching (Hungarian algorithm); pairs with weight <= 0 are dropped."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return []
    size = max(n, m)
    big = max(max(r) for r in weights) + 1
    cost = [[big - (weights[i][j] if i < n and j < m else 0) for j in range(size)] for i in range(size)]
    row_of = _Hungarian(cost).solve()
    pairs = [(row_of[j] - 1, j - 1) for j in range(1, size + 1) if row_of[j] and row_of[j] - 1 < n and j - 1 < m]
    return [(i, j) for i, j in pairs if weights[i][j] > 0]


class _Hungarian:
    """The minimum-cost assignment of a square cost matrix, rows added one at a time (the O(n³) form
    with row and column potentials). Indices from 1; column 0 and row 0 stand for "none"."""

    def __init__(self, cost: list[list[float]]) -> None:
        self.cost, self.size = cost, len(cost)
        self.u = [0.0] * (self.size + 1)  # row potentials
        self.v = [0.0] * (self.size + 1)  # column potentials
        self.row_of = [0] * (self.size + 1)  # the row each column is assigned to
        self.way = [0] * (self.size + 1)  # the column before each on the augmenting path

    def solve(self) -> list[int]:
        for i in range(1, self.size + 1):
            self._add_row(i)
        return self.row_of

    def _add_row(self, i: int) -> None:
        """Assign row ``i``, moving earlier rows along the cheapest augmenting path."""
        self.row_of[0], j0 = i, 0
        minv, used = [math.inf] * (self.size + 1), [False] * (self.size + 1)
        while True:
            used[j0] = True
            j1, delta = self._nearest_column(j0, minv, used)
            self._shift_potentials(delta, minv, used)
            j0 = j1
            if self.row_of[j0] == 0:
                break
        self._flip_path(j0)

    def _nearest_column(self, j0: int, minv: list[float], used: list[bool]) -> tuple[int, float]:
        """Lower each free column's reduced cost through row ``row_of[j0]``; the cheapest free column."""
        i0, delta, j1 = self.row_of[j0], math.inf, 0
        for j in range(1, self.size + 1):
            if not used[j]:
                cur = self.cost[i0 - 1][j - 1] - self.u[i0] - self.v[j]
                if cur < minv[j]:
                    minv[j], self.way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
        return j1, delta

    def _shift_potentials(self, delta: float, minv: list[float], used: list[bool]) -> None:
        for j in range(self.size + 1):
            if used[j]:
                self.u[self.row_of[j]] += delta
                self.v[j] -= delta
            else:
                minv[j] -= delta

    def _flip_path(self, j0: int) -> None:
        """Walk the augmenting path back from its free end column, moving each row one column on."""
        while j0:
            j1 = self.way[j0]
            self.row_of[j0] = self.row_of[j1]
            j0 = j1
