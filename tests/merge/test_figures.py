"""One number per count per event (sitrep.merge.figures): invented events told by invented claimants."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.merge import combine
from sitrep.merge.figures import (
    FIGURE_RULES,
    Figure,
    claimant_figures,
    deaths,
    event_day,
    event_figures,
    role_total,
)
from sitrep.records import Claim, Claimant, DateWindow, Event, Quantity
from tests.merge.factory import told


def event(counts: list[tuple[str, str, int, str | None]], *, type_: str = "attack.drone",
          status: str = "occurred") -> Event:
    """An event in Eastbrook whose ``counts`` are (item, role, value, claimant or None)."""
    ev = told(type_=type_, status=status)
    names: list[str] = []
    for item, role, value, who in counts:
        claim = None
        if who is not None:
            if who not in names:
                names.append(who)
                ev.claims.append(Claim(Claimant(who, "government"), "said", None, "asserts", "r1", 0, 4, "Said"))
            claim = names.index(who)
        ev.quantities.append(Quantity(item, role, value, "exact", str(value), claim))
    return ev


@pytest.mark.parametrize(("counts", "best", "low", "high", "rule"), [
    # a total and its parts from one claimant: "64 drones, 31 over Ashford and 14 over Brinmoor"
    ([("drone", "intercepted", 64, "Air Command"), ("drone", "intercepted", 31, "Air Command"),
      ("drone", "intercepted", 14, "Air Command")], 64, 64, 64, "single_claim"),
    # one statement told by two outlets (names differ in case only)
    ([("drone", "launched", 112, "Air Command"), ("drone", "launched", 112, "air command")], 112, 112, 112,
     "single_claim"),
    # the reporter's own voice, twice
    ([("missile", "launched", 2, None), ("missile", "launched", 2, None)], 2, 2, 2, "single_claim"),
    # two claimants agree
    ([("person", "killed", 12, "Interior Office"), ("person", "killed", 12, "Governor Amvel")], 12, 12, 12,
     "claims_agree"),
    # "no injuries were reported" early, a number later
    ([("person", "injured", 0, "Harbour Police"), ("person", "injured", 4, "City Hospital"),
      ("person", "injured", 6, "Medics Union")], 4, 0, 6, "positive_over_none"),
    # security sources 35, the armed group 60
    ([("person", "killed", 35, "security sources"), ("person", "killed", 60, "Red Ridge Front")], 35, 35, 60,
     "lowest_of_disputed"),
])
def test_one_figure_per_count(counts: list[tuple[str, str, int, str | None]], best: int, low: int, high: int,
                              rule: str) -> None:
    [(key, fig)] = event_figures(event(counts)).items()
    assert key == counts[0][:2]
    assert (fig.best, fig.low, fig.high, fig.rule) == (best, low, high, rule)


def test_every_rule_has_an_example_and_the_last_always_answers() -> None:
    assert all(rule.__doc__ and any(c.isdigit() for c in rule.__doc__) for rule in FIGURE_RULES)
    assert FIGURE_RULES[-1]([("a", 1), ("b", 2), ("c", 0)]) is not None


def test_each_claimant_keeps_its_largest_in_first_spoken_order() -> None:
    assert claimant_figures([("Air Command", 31), ("air command", 64), ("Governor Amvel", 2)]) == [
        ("Air Command", 64), ("Governor Amvel", 2)]


def test_figures_say_who_gives_which_number() -> None:
    ev = event([("person", "killed", 35, "security sources"), ("person", "killed", 60, "Red Ridge Front")])
    fig = event_figures(ev)[("person", "killed")]
    assert fig.claims == (("security sources", 35), ("Red Ridge Front", 60))
    assert fig.to_dict()["claims"][1] == {"claimant": "Red Ridge Front", "value": 60}
    assert isinstance(fig, Figure)


def test_one_statement_told_by_two_reports_is_one_claim_after_merging() -> None:
    a = event([("drone", "launched", 112, "Air Command"), ("missile", "launched", 2, "Air Command")])
    b = event([("drone", "launched", 115, "Air Command"), ("missile", "launched", 2, "Air Command")])
    b.articles, b.id = ["r2"], "ev_other"
    merged = combine([a, b])
    figs = event_figures(merged)
    assert figs[("missile", "launched")].best == 2  # not 4
    assert figs[("drone", "launched")].best == 115  # the claimant's largest, not 227
    assert role_total(merged, "launched") == 117


@pytest.mark.parametrize(("counts", "type_", "status", "killed"), [
    ([("person", "killed", 14, None), ("child", "killed", 5, None)], "attack.drone", "occurred", 14),
    ([("civilian", "killed", 3, "Governor Amvel"), ("civilian", "killed", 7, "Red Ridge Front")],
     "attack.ground", "occurred", 3),
    ([("person", "killed", 9, None)], "statement.accusation", "occurred", 0),  # told about another event
    ([("person", "killed", 9, None)], "protest.demonstration", "planned", 0),  # has not happened
    ([("drone", "launched", 9, None)], "attack.drone", "occurred", 0),
])
def test_deaths(counts: list[tuple[str, str, int, str | None]], type_: str, status: str, killed: int) -> None:
    assert deaths(event(counts, type_=type_, status=status)) == killed


@pytest.mark.parametrize(("start", "end", "precision", "day"), [
    ("2030-03-03", "2030-03-04", "night", date(2030, 3, 4)),
    ("2030-03-02", "2030-03-08", "week", date(2030, 3, 2)),
    ("2030-03-05", "2030-03-05", "day", date(2030, 3, 5)),
    (None, None, "unknown", None),
])
def test_event_day(start: str | None, end: str | None, precision: str, day: date | None) -> None:
    ev = told()
    ev.date = DateWindow(start, end, precision)
    assert event_day(ev) == day


def test_two_reports_in_their_own_voice_are_two_claims() -> None:
    a = event([("person", "killed", 3, None)])
    b = event([("person", "killed", 5, None)])
    b.articles, b.id = ["r2"], "ev_other"
    fig = event_figures(combine([a, b]))[("person", "killed")]
    assert (fig.best, fig.low, fig.high, fig.rule) == (3, 3, 5, "lowest_of_disputed")
    assert fig.claims == (("reported in r1", 3), ("reported in r2", 5))
