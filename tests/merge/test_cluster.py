"""Which records of different reports are one event: compare, blocks, groups."""

from __future__ import annotations

import itertools

import pytest

from sitrep.merge import MergeConfig, block_key, cluster, compare
from sitrep.merge.cluster import verdicts
from sitrep.records import Event
from tests.merge.factory import record, told

CFG = MergeConfig.load()


@pytest.mark.parametrize(("a", "b", "same"), [
    (record("a1"), record("a2"), True),
    (record("a1"), record("a1", killed=3), False),  # one report: its records are different events
    (record("a1"), record("a2", place="Kyiv"), False),
    (record("a1"), record("a2", place="Odesa Oblast"), True),  # a city in its region
    (record("a1", place="Kyiv"), record("a2", place="Darnytskyi"), True),  # a district in its city
    (record("a1"), record("a2", place="Ukraine"), False),  # a national total stands alone
    (record("a1", place="Ukraine"), record("a2", place="Ukraine"), True),
    (record("a1"), record("a2", type_="attack.missile"), True),  # related types at the same place
    (record("a1"), record("a2", type_="attack.artillery"), True),  # other weapons, the very same town
    (record("a1"), record("a2", type_="attack.artillery", place="Odesa Oblast"), False),  # ... not its region
    (record("a1", place="Ukraine"), record("a2", type_="attack.ground", place="Ukraine"), False),
    (record("a1"), record("a2", type_="protest.riot"), False),
    (record("a1"), record("a2", status="planned"), False),
    (record("a1"), record("a2", initiator="UKR", target="RUS"), False),
    (record("a1"), record("a2", initiator=None), True),  # a side left out is not a different side
    (record("a1", type_="diplomacy.talks", place=None, initiator="UKR", target="RUS"),
     record("a2", type_="diplomacy.talks", place=None, initiator="UKR", target="RUS"), True),
    (record("a1", place=None), record("a2", place=None), False),  # an attack with no place: any town
    (record("a1", type_="diplomacy.talks", place=None, initiator="UKR", target="RUS"),
     record("a2", type_="diplomacy.talks", place=None, initiator="SDN", target=None), False),
    (record("a1", type_="statement.denial", claimant="Kremlin"),
     record("a2", type_="statement.denial", claimant="Foreign ministry"), False),
])
def test_compare(a: Event, b: Event, same: bool) -> None:
    v = compare(a, b, CFG)
    assert v.ok is same, v.reasons
    assert v.reasons


NL_STRUCK_XS = (("initiator", "XN"), ("target", "XS"))


@pytest.mark.parametrize(("a", "b", "ok", "score", "reasons"), [
    # "drones struck Eastbrook on Monday", told by two outlets that both name Northland
    (told(sides=NL_STRUCK_XS), told(sides=NL_STRUCK_XS, article="r2"), True, 2.0,
     ["same type attack.drone", "same place Eastbrook", "same date window 2030-03-04..2030-03-04",
      "shared actor XN, XS, xn, xs"]),
    # "a missile hit Eastbrook Port overnight" and "drones struck Eastbrook on Tuesday"
    (told("attack.missile", "Eastbrook Port", "2030-03-04", "2030-03-05", "night", "overnight"),
     told(day="2030-03-05", article="r2"), True, 1.2,
     ["related types attack.missile / attack.drone", "Eastbrook Port and Eastbrook are 4 km apart",
      "same day 2030-03-05"]),
    # "a missile hit the harbour district overnight" and "drones struck Eastbrook on Tuesday"
    (told("attack.missile", "Harbour", "2030-03-04", "2030-03-05", "night", "overnight"),
     told(day="2030-03-05", article="r2"), False, 0.9,
     ["related types attack.missile / attack.drone", "Harbour district is 2 km from Eastbrook",
      "same day 2030-03-05", "score 0.90 below 1.00"]),
    (told(), told(article="r1"), False, 0.0, ["one report: its records are different events"]),
    (told(), told(type_="protest.riot", article="r2"), False, 0.0, ["types differ: attack.drone / protest.riot"]),
    (told(), told(status="planned", article="r2"), False, 0.0, ["status differs: occurred / planned"]),
    (told(), told(place="Westfield", article="r2"), False, 0.0, ["places differ: Eastbrook / Westfield"]),
    (told(place=None), told(place=None, article="r2"), False, 0.0, ["places differ: no place / no place"]),
])
def test_compare_scores_and_reasons(a: Event, b: Event, ok: bool, score: float, reasons: list[str]) -> None:
    v = compare(a, b, CFG)
    assert (v.ok, v.score, v.reasons) == (ok, score, reasons)


def test_a_split_keeps_a_pair_apart() -> None:
    a, b = told(), told(article="r2")
    assert compare(a, b, CFG).ok
    v = compare(a, b, CFG, split=True)
    assert (v.ok, v.reasons) == (False, ["kept apart by `sitrep split`"])
    assert len(cluster([a, b], CFG)) == 1
    assert len(cluster([a, b], CFG, splits=[(b.id, a.id)])) == 2
    judged = verdicts([b, a], CFG, splits=[(b.id, a.id)])
    assert list(judged) == [tuple(sorted((a.id, b.id)))]


def test_block_key_meets_overnight_and_the_morning_after() -> None:
    night = record("a1")
    day = record("a2", start="2025-09-14", end="2025-09-14", precision="day")
    earlier = record("a3", start="2025-09-13", end="2025-09-13", precision="day")
    assert block_key(night) == block_key(day) == "attack|d|2025-09-14" != block_key(earlier)
    vague = record("a4", start="2025-09-01", end="2025-09-30", precision="month")
    assert block_key(vague) == "attack|w|2025-09-01|2025-09-30|month" != block_key(night)
    undated = told(day=None)
    assert block_key(undated) == f"attack|x|{undated.id}"


def test_cluster_does_not_chain_through_a_region() -> None:
    """Odesa city and another city are never one event through the region that holds both."""
    city = record("a1")
    region = record("a2", place="Odesa Oblast")
    other = record("a3", place="Odesa")
    lviv = record("a4", place="Lviv")
    groups = cluster([city, region, other, lviv], CFG)
    assert sorted(len(g) for g in groups) == [1, 3]


def test_cluster_keeps_records_of_one_report_apart() -> None:
    a, b, c = record("a1"), record("a1", place="Odesa Oblast"), record("a2")
    groups = cluster([a, b, c], CFG)
    assert len(groups) == 2
    assert all(len({r.articles[0] for r in g}) == len(g) for g in groups)


def test_cluster_is_order_independent() -> None:
    recs = [record("a1"), record("a2", place="Odesa Oblast"), record("a3", type_="attack.missile"),
            record("a4", place="Kyiv"), record("a5", place="Darnytskyi"), record("a6", place="Ukraine")]
    first = [[r.id for r in g] for g in cluster(recs, CFG)]
    for perm in itertools.permutations(recs):
        assert [[r.id for r in g] for g in cluster(list(perm), CFG)] == first
