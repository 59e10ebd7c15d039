"""One stored event from the records that tell it."""

from __future__ import annotations

import pytest

from sitrep.merge import combine, event_id, ranges
from sitrep.records import Quantity
from tests.merge.factory import record, told


def test_combine_keeps_every_claim_and_shows_the_range() -> None:
    a = record("a1", killed=2, claimant="regional governor")
    b = record("a2", killed=3, claimant="emergency service")
    ev = combine([a, b])
    assert ev.articles == ["a1", "a2"]
    assert len(ev.claims) == 2 and len(ev.evidence) == 2
    by_value = {q.value: q for q in ev.quantities}
    assert ev.claims[by_value[2].claim or 0].claimant.name == "regional governor"
    assert ev.claims[by_value[3].claim or 0].claimant.name == "emergency service"
    assert by_value[3].article == "a2"
    [r] = ev.ranges
    assert (r.item, r.role, r.low, r.high) == ("person", "killed", 2, 3)
    assert ev.id == combine([b, a]).id == min(a.id, b.id)  # no dates known: the first record by id
    assert 0.6 < ev.confidence < 1


def test_combine_takes_the_most_precise_place_and_date() -> None:
    region = record("a1", place="Odesa Oblast")
    city = record("a2", start="2025-09-14", end="2025-09-14", precision="day")
    ev = combine([region, city])
    assert ev.location is not None and ev.location.name == "Odesa"
    assert ev.date.precision == "day"


def test_a_lone_record_comes_back_as_it_is() -> None:
    a = told()
    assert combine([a]) is a and event_id([a]) == a.id


# made-up reports r0, r1, r2 (one record each): the day each was published ("" unknown), and which
# of them names the event
EARLIEST = [
    ("first-published", ["2030-03-06", "2030-03-04", "2030-03-05"], 1),  # "Drones hit Eastbrook" (4 March)
    ("unknown-day-last", ["", "2030-03-09", ""], 1),  # a report without a day does not name the event
    ("same-day-by-id", ["2030-03-04", "2030-03-04", "2030-03-04"], None),  # a tie: the first record id
    ("none-known", ["", "", ""], None),
]


@pytest.mark.parametrize(("days", "named"), [c[1:] for c in EARLIEST], ids=[c[0] for c in EARLIEST])
def test_a_group_is_named_by_its_earliest_record(days: list[str], named: int | None) -> None:
    recs = [told(article=f"r{i}") for i in range(3)]
    published = {f"r{i}": d for i, d in enumerate(days) if d}
    expected = recs[named].id if named is not None else min(r.id for r in recs)
    for order in (recs, recs[::-1]):
        assert event_id(order, published) == expected == combine(order, published).id


@pytest.mark.parametrize(("types", "primary_place", "expected"), [
    (["attack.drone", "attack.drone", "attack.missile"], "Eastbrook", "attack.drone"),  # most records say so
    (["attack.missile", "attack.drone"], "Harbour", "attack.missile"),  # a tie: the most precise place's
    (["attack.missile", "attack.drone", "attack.air"], "Northvale", "attack.air"),  # else the first by name
])
def test_combine_takes_the_commonest_type(types: list[str], primary_place: str, expected: str) -> None:
    recs = [told(t, place=primary_place if i == 0 else "Northvale", article=f"r{i}") for i, t in enumerate(types)]
    assert combine(recs).type == expected


def test_combine_names_each_actor_and_damage_once() -> None:
    sides = (("initiator", "XN"), ("target", "XS"))
    a, b = told(sides=sides), told(sides=sides[:1], article="r2")
    ev = combine([a, b])
    assert [(x.role, x.name) for x in ev.actors] == [("initiator", "XN"), ("target", "XS")]
    assert ev.confidence == 0.75  # one minus the chance that both are wrong


@pytest.mark.parametrize(("counts", "expected"), [
    ([("killed", 2), ("killed", 3), ("injured", 5)], [("killed", 2, 3, [0, 1])]),
    ([("killed", 2), ("killed", 2)], []),  # told alike: no range
    ([("injured", 1), ("killed", 4), ("injured", 6), ("killed", 4)], [("injured", 1, 6, [0, 2])]),
])
def test_ranges(counts: list[tuple[str, int]], expected: list[tuple[str, int, int, list[int]]]) -> None:
    quantities = [Quantity("person", role, value, "exact", str(value)) for role, value in counts]
    assert [(r.role, r.low, r.high, r.quantities) for r in ranges(quantities)] == expected
