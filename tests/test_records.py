"""Record ids: everything a record says goes into its id, so different records never share one."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from sitrep.records import (
    Actor,
    Claim,
    Claimant,
    Damage,
    DateWindow,
    Event,
    Location,
    Quantity,
    Span,
    stable_hash,
)

TEXT = "Drones struck the depot of Examplegrad overnight, the governor said."


def _record() -> Event:
    place = Location("Examplegrad", "UKR", None, 48.0, 35.0, "city", "Examplegrad", 1)
    ev = Event(type="attack.drone", status="occurred", date=DateWindow("2025-05-21", "2025-05-22", "night", "overnight"),
               location=place, actors=[Actor("initiator", "Russia", "RUS", "state")],
               evidence=[Span("a_1", 0, len(TEXT), TEXT)], articles=["a_1"], confidence=0.6)
    ev.assign_id()
    return ev


# name, a change to the record: each gives a record that says something else
CHANGES: list[tuple[str, Callable[[Event], None]]] = [
    ("status", lambda ev: setattr(ev, "status", "planned")),
    ("actor-added", lambda ev: ev.actors.append(Actor("target", "Ukraine", "UKR", "state"))),
    ("actor-role", lambda ev: setattr(ev.actors[0], "role", "target")),
    ("actor-name", lambda ev: setattr(ev.actors[0], "name", "Belarus")),
    ("date-end", lambda ev: setattr(ev.date, "end", "2025-05-23")),
    ("date-precision", lambda ev: setattr(ev.date, "precision", "day")),
    ("place-country", lambda ev: setattr(ev.location, "country", "RUS")),
    ("no-place", lambda ev: setattr(ev, "location", None)),
    ("count", lambda ev: ev.quantities.append(Quantity("drone", "launched", 12))),
    ("damage", lambda ev: ev.damage.append(Damage("energy"))),
    ("claim", lambda ev: ev.claims.append(Claim(Claimant("governor", "government"), "said", None, "asserts", "a_1",
                                                0, len(TEXT), TEXT))),
    ("second-evidence", lambda ev: ev.evidence.append(Span("a_1", 0, 6, "Drones"))),
    ("confidence", lambda ev: setattr(ev, "confidence", 0.9)),
    ("article", lambda ev: setattr(ev, "articles", ["a_2"])),
]


def test_the_same_record_gets_the_same_id() -> None:
    assert _record().id == _record().id == Event.from_dict(_record().to_dict()).assign_id()
    assert _record().id.startswith("ev_") and len(_record().id) == 15


@pytest.mark.parametrize("change", [c[1] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_record_that_says_anything_else_has_another_id(change: Callable[[Event], None]) -> None:
    base = _record()
    other = copy.deepcopy(base)
    change(other)
    assert other.assign_id() != base.id


def test_no_two_changes_share_an_id() -> None:
    ids = set()
    for _, change in CHANGES:
        ev = _record()
        change(ev)
        ids.add(ev.assign_id())
    assert len(ids) == len(CHANGES)


def test_stable_hash_takes_any_string() -> None:
    assert stable_hash("a\udcffb") != stable_hash("a\\xffb")
