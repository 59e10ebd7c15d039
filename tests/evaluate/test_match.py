"""Which prediction may pair with which gold event, and the one-to-one assignment (sitrep.evaluate.match).

Every expected value below is worked by hand from GOLD.md, not read off the code. Where the code and
GOLD.md is silent the case says so in a comment: see DISAGREEMENT markers.
"""

from __future__ import annotations

import itertools

import pytest

from sitrep.evaluate.match import allowed, assignment, type_right
from tests.evaluate.records import PUB, gold, place, pred, when

# -- which prediction may pair with which gold event -------------------------------------------
ALLOWED_CASES = [
    # type / family
    ("same type", {}, {}, True),
    ("same family, other type", {}, {"type": "attack.missile"}, True),
    ("other family", {}, {"type": "diplomacy.talks"}, False),
    ("other family listed in alt_types", {"type": "diplomacy.proposal", "alt_types": ["statement.threat"]},
     {"type": "statement.threat"}, True),
    ("other family, alt_types lists another", {"type": "diplomacy.proposal", "alt_types": ["diplomacy.aid"]},
     {"type": "statement.threat"}, False),
    ("dotless family, same", {"type": "arrest"}, {"type": "arrest"}, True),
    ("dotless family vs attack", {"type": "arrest"}, {"type": "attack.ground"}, False),
    # date windows: gold 05-21..05-22 widened to 05-20..05-23
    ("window equal", {}, {"date": when("2025-05-21", "2025-05-22")}, True),
    ("day after the window (widened end)", {}, {"date": when("2025-05-23", "2025-05-23")}, True),
    ("two days after the window", {}, {"date": when("2025-05-24", "2025-05-25")}, False),
    ("day before the window (widened start)", {}, {"date": when("2025-05-20", "2025-05-20")}, True),
    ("two days before the window", {}, {"date": when("2025-05-18", "2025-05-19")}, False),
    ("prediction window covers gold's", {}, {"date": when("2025-05-01", "2025-05-31")}, True),
    ("prediction overlaps the widened start", {}, {"date": when("2025-05-15", "2025-05-20")}, True),
    ("prediction without a date: no window to overlap", {}, {"date": None}, False),
    # gold date null: any date up to publication
    ("null gold date, early prediction", {"date": None}, {"date": when("2025-01-01", "2025-01-02")}, True),
    ("null gold date, prediction on publication day", {"date": None}, {"date": when("2025-05-22", "2025-05-22")},
     True),
    ("null gold date, prediction two days after publication", {"date": None},
     {"date": when("2025-05-24", "2025-05-24")}, False),
    ("null gold date, prediction without a date", {"date": None}, {"date": None}, True),
    # countries: compared only when both have one
    ("same country", {}, {"location": place("RUS")}, True),
    ("other country", {}, {"location": place("UKR")}, False),
    ("prediction without location", {}, {"location": None}, True),
    ("prediction location without country", {}, {"location": place(None, name="Black Sea")}, True),
    ("gold without location", {"location": None}, {"location": place("UKR")}, True),
    ("gold country null", {"location": {"country": None, "admin1": None, "point": None, "km": None}},
     {"location": place("UKR")}, True),
    ("same country, other admin1 (a field, not a pairing rule)",
     {"location": {"country": "RUS", "admin1": "RU-MOS", "point": None, "km": None}},
     {"location": place("RUS", "RU-BEL")}, True),
]


@pytest.mark.parametrize(("g_kw", "p_kw", "expected"), [c[1:] for c in ALLOWED_CASES],
                         ids=[c[0] for c in ALLOWED_CASES])
def test_allowed(g_kw: dict, p_kw: dict, expected: bool) -> None:
    assert allowed(gold(**g_kw), pred(**p_kw), PUB) is expected


def test_allowed_null_gold_date_is_widened_by_a_day() -> None:
    assert allowed(gold(date=None), pred(date=when("2025-05-23", "2025-05-23")), PUB) is True


TYPE_CASES = [
    ("same type", {}, "attack.drone", True),
    ("alt type", {"alt_types": ["attack.missile"]}, "attack.missile", True),
    ("alt type of another family", {"type": "diplomacy.proposal", "alt_types": ["statement.threat"]},
     "statement.threat", True),
    ("same family, not listed", {}, "attack.missile", False),
    ("other family", {}, "diplomacy.talks", False),
    ("alt_types missing", {"alt_types": None}, "attack.drone", True),
]


@pytest.mark.parametrize(("g_kw", "p_type", "expected"), [c[1:] for c in TYPE_CASES],
                         ids=[c[0] for c in TYPE_CASES])
def test_type_right(g_kw: dict, p_type: str, expected: bool) -> None:
    g = gold(**g_kw)
    if g["alt_types"] is None:
        del g["alt_types"]
    assert type_right(g, pred(type=p_type)) is expected


# -- assignment: maximum-weight, one to one -----------------------------------------------------
ASSIGN_CASES: list[tuple[str, list[list[float]], set[tuple[int, int]]]] = [
    ("no gold", [], set()),
    ("no predictions", [[], []], set()),
    ("one pair", [[5.0]], {(0, 0)}),
    ("zero weight is no pair", [[0.0]], set()),
    ("diagonal", [[3.0, 0.0], [0.0, 3.0]], {(0, 0), (1, 1)}),
    # greedy takes the heaviest pair (0,0)=3 and is left with (1,1)=0: total 3; the best is 2+2=4
    ("greedy trap, square", [[3.0, 2.0], [2.0, 0.0]], {(0, 1), (1, 0)}),
    # greedy takes (0,0)=4 and nothing else fits: total 4; the best is 3+3=6, row 2 stays alone
    ("greedy trap, more gold than predictions", [[4.0, 3.0], [3.0, 0.0], [0.0, 0.0]], {(0, 1), (1, 0)}),
    ("greedy trap, more predictions than gold", [[4.0, 3.0, 0.0], [3.0, 0.0, 0.0]], {(0, 1), (1, 0)}),
    # two rows want column 0: 101+107+5 = 213 beats 108+5 = 113 (greedy's pick)
    ("hits first", [[108.0, 101.0, 0.0], [107.0, 0.0, 0.0], [0.0, 0.0, 5.0]], {(0, 1), (1, 0), (2, 2)}),
    ("one heavy pair beats two light ones", [[10.0, 1.0], [1.0, 0.0]], {(0, 0)}),
]


@pytest.mark.parametrize(("weights", "expected"), [c[1:] for c in ASSIGN_CASES], ids=[c[0] for c in ASSIGN_CASES])
def test_assignment(weights: list[list[float]], expected: set[tuple[int, int]]) -> None:
    pairs = assignment(weights)
    assert set(pairs) == expected
    assert len(pairs) == len(expected)


def _best_total(weights: list[list[float]]) -> float:
    """Brute force: the heaviest one-to-one matching, trying every permutation."""
    n, m = len(weights), len(weights[0])
    best = 0.0
    for cols in itertools.permutations(range(max(n, m)), n):
        best = max(best, sum(max(weights[i][j], 0.0) for i, j in enumerate(cols) if j < m))
    return best


BRUTE = [
    [[7, 3, 5], [6, 4, 2], [5, 9, 1]],
    [[1, 2, 3, 4], [2, 4, 6, 8], [3, 6, 9, 12]],
    [[0, 0, 9], [0, 9, 9], [9, 9, 9], [1, 1, 1]],
    [[102.5, 101.0, 0, 0], [0, 104.0, 103.0, 0], [101.0, 0, 0, 107.5], [0, 0, 2.0, 108.0]],
    [[2, 2, 2], [2, 2, 2]],
]


@pytest.mark.parametrize("weights", BRUTE)
def test_assignment_reaches_the_best_total(weights: list[list[float]]) -> None:
    pairs = assignment(weights)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)  # one to one
    assert sum(weights[i][j] for i, j in pairs) == pytest.approx(_best_total(weights))
