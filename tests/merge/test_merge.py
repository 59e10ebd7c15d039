"""Folding records of different reports into events: compare, cluster, combine, and the store."""

from __future__ import annotations

import itertools
import json

import pytest

from sitrep.merge import MergeConfig, block_key, cluster, combine, compare
from sitrep.records import (
    Actor,
    Article,
    Claim,
    Claimant,
    DateWindow,
    Event,
    Location,
    Quantity,
    Span,
)
from sitrep.store import open_store

CFG = MergeConfig.load()

PLACES = {
    "Odesa": Location("Odesa", "UKR", "UA-51", 46.48, 30.73, "city", "Odesa", 698740),
    "Odesa Oblast": Location("Odesa Oblast", "UKR", "UA-51", 46.6, 30.4, "admin1", "Odesa region", 698738),
    "Kyiv": Location("Kyiv", "UKR", "UA-30", 50.45, 30.52, "city", "Kyiv", 703448),
    "Darnytskyi": Location("Darnytskyi district", "UKR", "UA-30", 50.43, 30.62, "district", "Darnytskyi", None),
    "Lviv": Location("Lviv", "UKR", "UA-46", 49.84, 24.03, "city", "Lviv", 702550),
    "Ukraine": Location("Ukraine", "UKR", None, 49.0, 32.0, "country", "Ukraine", 690791),
    "Belgorod": Location("Belgorod", "RUS", "RU-BEL", 50.61, 36.58, "city", "Belgorod", 578072),
}


def record(article: str, type_: str = "attack.drone", place: str | None = "Odesa", start: str = "2025-09-13",
           end: str = "2025-09-14", precision: str = "night", status: str = "occurred",
           initiator: str | None = "RUS", target: str | None = "UKR", killed: int | None = None,
           claimant: str | None = None) -> Event:
    ev = Event(type=type_, status=status, date=DateWindow(start, end, precision, "overnight"),
               location=PLACES[place] if place else None, articles=[article], confidence=0.6)
    if initiator:
        ev.actors.append(Actor("initiator", initiator, initiator, "state"))
    if target:
        ev.actors.append(Actor("target", target, target, "state"))
    text = f"{article}: something happened."
    ev.evidence.append(Span(article, 0, len(text), text))
    if claimant:
        ev.claims.append(Claim(Claimant(claimant, "government", None), "said", None, "asserts", article, 0,
                               len(text), text))
    if killed is not None:
        ev.quantities.append(Quantity("person", "killed", killed, "exact", str(killed),
                                      0 if claimant else None))
    ev.assign_id()
    return ev


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


def test_block_key_meets_overnight_and_the_morning_after() -> None:
    night = record("a1")
    day = record("a2", start="2025-09-14", end="2025-09-14", precision="day")
    earlier = record("a3", start="2025-09-13", end="2025-09-13", precision="day")
    assert block_key(night) == block_key(day) != block_key(earlier)
    vague = record("a4", start="2025-09-01", end="2025-09-30", precision="month")
    assert block_key(vague) != block_key(night)


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
    assert ev.id == combine([b, a]).id != a.id
    assert 0.6 < ev.confidence < 1


def test_combine_takes_the_most_precise_place_and_date() -> None:
    region = record("a1", place="Odesa Oblast")
    city = record("a2", start="2025-09-14", end="2025-09-14", precision="day")
    ev = combine([region, city])
    assert ev.location is not None and ev.location.name == "Odesa"
    assert ev.date.precision == "day"


def test_config_override(tmp_path) -> None:
    cfg_file = tmp_path / "sitrep.toml"
    cfg_file.write_text("[merge]\nmin_score = 5.0\n")
    strict = MergeConfig.load(cfg_file)
    assert strict.min_score == 5.0 and strict.weights == CFG.weights
    assert not compare(record("a1"), record("a2"), strict).ok
    cfg_file.write_text("[merge]\nno_such_setting = 1\n")
    with pytest.raises(ValueError, match="no_such_setting"):
        MergeConfig.load(cfg_file)


def _article(n: int) -> Article:
    return Article(text=f"report {n}", published=__import__("datetime").date(2025, 9, 14), id=f"a{n}")


def _store_state(store) -> list[tuple[str, list[str], list[str]]]:
    return sorted((e.id, e.articles, sorted(r.id for r in store.records(e.id))) for e in store.events())


STORY = [
    (1, [record("a1", killed=2, claimant="governor")]),
    (2, [record("a2", place="Odesa Oblast", killed=3, claimant="emergency service"),
         record("a2", place="Kyiv")]),
    (3, [record("a3", start="2025-09-14", end="2025-09-14", precision="day")]),
    (4, [record("a4", place="Darnytskyi"), record("a4", place="Ukraine")]),
    (5, [record("a5", place="Lviv", start="2025-09-14", end="2025-09-15")]),  # the next night
]


def test_store_ingest_order_does_not_change_the_store() -> None:
    states = []
    for order in [STORY, STORY[::-1], [STORY[2], STORY[0], STORY[4], STORY[1], STORY[3]]]:
        with open_store(":memory:") as st:
            for n, recs in order:
                st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])
            states.append(_store_state(st))
    assert states[0] == states[1] == states[2]
    assert len(states[0]) == 4  # Odesa (3 reports), Kyiv (2 reports), Ukraine, Lviv
    odesa = [s for s in states[0] if len(s[1]) == 3]
    assert odesa, states[0]


def test_store_is_idempotent_and_split_undoes_a_merge(tmp_path) -> None:
    with open_store(tmp_path / "s.db") as st:
        for n, recs in STORY:
            st.add_article(_article(n), recs)
            st.add_article(_article(n), recs)
        before = _store_state(st)
        merged = next(e for e in st.events() if len(e.articles) == 3)
        loner = sorted(r.id for r in st.records(merged.id))[0]
        after_ids = st.split(merged.id, loner)
        assert loner in after_ids and len(after_ids) == 2
        assert len(_store_state(st)) == len(before) + 1
        with pytest.raises(KeyError):
            st.split("ev_nope")
    with open_store(tmp_path / "s.db") as st:  # the split is kept: reopening regroups nothing back
        assert len(_store_state(st)) == len(before) + 1
        rows = st.db.execute("SELECT record FROM events").fetchall()  # type: ignore[attr-defined]
        assert all(json.loads(r[0])["articles"] for r in rows)
