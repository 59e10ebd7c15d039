"""Records of one incident that disagree on numbers, names or sides are one event; look-alikes stay two.

Invented towns of a made-up Northland (XN) and Southland (XS) (``tests.merge.factory``); the alternate
names are looked up in a made-up gazetteer.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.merge import rules
from sitrep.merge.cluster import cluster, compare
from sitrep.merge.config import MergeConfig
from sitrep.records import Actor, Span
from tests.merge.factory import TOWNS, told

CFG = MergeConfig.load()
# a made-up gazetteer: the names each entry is known by
NAMES = {"eastbrook": {9100001, 9200001}, "ostbruck": {9100001}, "westfield": {9100003}}


def ids_of(name: str) -> set[int]:
    return NAMES.get(name.lower(), set())


def placed(place: str, said: str | None = None) -> object:
    loc = TOWNS[place]
    return replace(loc, text=said or loc.text)


@pytest.mark.parametrize(("a", "b", "same"), [
    (placed("Eastbrook"), placed("Eastbrook XS", "Ostbruck"), True),  # one town, another name, placed abroad
    (placed("Eastbrook XS", "Ostbruck"), placed("Eastbrook"), True),
    (placed("Eastbrook"), placed("Eastbrook XS"), False),  # one name, two towns
    (placed("Eastbrook"), placed("Westfield"), False),
    (placed("Northvale"), placed("Eastbrook XS", "Ostbruck"), False),  # a region is no second name
])
def test_second_name(a, b, same: bool) -> None:
    assert rules.second_name(a, b, ids_of) is same


def sentence(ev, text: str, start: int = 0):
    ev.evidence = [Span(ev.articles[0], start, start + len(text), text)]
    return ev


ROAD = "A roadside bomb exploded on the road between Eastbrook and Westfield on Monday."


@pytest.mark.parametrize(("a", "b", "between"), [
    (sentence(told("attack.explosive", "Eastbrook"), ROAD), told("attack.explosive", "Westfield", article="r2"),
     True),
    (told("attack.explosive", "Westfield", article="r2"), sentence(told("attack.explosive", "Eastbrook"), ROAD),
     True),
    (sentence(told("attack.explosive", "Eastbrook"), "A bomb exploded in Eastbrook and Westfield."),
     told("attack.explosive", "Westfield", article="r2"), False),
    (sentence(told("attack.explosive", "Eastbrook"), "Talks between Eastbrook and Westfield."),  # other country
     told("attack.explosive", "Eastbrook XS", article="r2"), False),
])
def test_on_the_road_between(a, b, between: bool) -> None:
    assert rules.on_the_road_between(a, b) is between


def test_one_report_placed_at_both_ends_of_the_road_is_one_event() -> None:
    east = sentence(told("attack.explosive", "Eastbrook", counts=(("killed", 4),)), ROAD)
    west = sentence(told("attack.explosive", "Westfield"), ROAD)
    near = told("attack.explosive", "Westfield", article="r2", counts=(("killed", 5),))
    assert compare(east, west, CFG).ok
    groups = cluster([east, west, near], CFG)
    assert [sorted(e.id for e in g) for g in groups] == [sorted([east.id, west.id, near.id])]


def test_two_bombs_in_one_report_stay_two() -> None:
    east = sentence(told("attack.explosive", "Eastbrook"), "Bombs exploded in Eastbrook and in Westfield.")
    west = sentence(told("attack.explosive", "Westfield"), "Bombs exploded in Eastbrook and in Westfield.")
    assert not compare(east, west, CFG).ok


def sides(ev, *actors: tuple[str, str, str]):
    ev.actors = [Actor(role, name, country, kind) for role, name, country, kind in
                 [(r, n, c, k) for r, c, k in actors for n in [c]]]
    return ev


SIDES = [
    # two reports of one attack at one spot: the sides each gives, one event or two
    ("different tolls, same sides", (("initiator", "XN", "state"),), (("initiator", "XN", "state"),), True),
    ("a group's base country read as the victims'", (("target", "XN", "military"),),
     (("target", "XS", "military"),), True),
    ("a group placed by its base", (("initiator", "XS", "armed_group"), ("target", "XN", "military")),
     (("initiator", "XN", "armed_group"), ("target", "XN", "military")), True),
    ("strike and counter-strike", (("initiator", "XN", "state"), ("target", "XS", "state")),
     (("initiator", "XS", "state"), ("target", "XN", "state")), False),
]


@pytest.mark.parametrize(("a", "b", "one"), [s[1:] for s in SIDES], ids=[s[0] for s in SIDES])
def test_sides_at_one_spot(a, b, one: bool) -> None:
    ra = sides(told("attack.ground", "Eastbrook", counts=(("killed", 30),)), *a)
    rb = sides(told("attack.ground", "Eastbrook", article="r2", counts=(("killed", 70),)), *b)
    assert compare(ra, rb, CFG).ok is one


def test_sides_that_differ_in_a_town_and_its_district_stay_apart() -> None:
    ra = sides(told("attack.ground", "Eastbrook"), ("target", "XN", "military"))
    rb = sides(told("attack.ground", "Harbour", article="r2"), ("target", "XS", "military"))
    assert not compare(ra, rb, CFG).ok
