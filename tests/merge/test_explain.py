"""Why records were merged, from the records and splits alone (no store)."""

from __future__ import annotations

from datetime import date

from sitrep.merge import MergeConfig, combine, explain, explain_event
from sitrep.records import Article
from tests.merge.factory import told

CFG = MergeConfig.load()


def test_explain_gives_every_pair_its_verdict() -> None:
    a, b, c = told(article="r1"), told(article="r2"), told(place="Eastbrook Port", article="r3")
    pairs = explain([c, b, a], CFG, splits=[(c.id, a.id)])
    ids = sorted(r.id for r in (a, b, c))
    assert [(p["a"], p["b"]) for p in pairs] == [(ids[0], ids[1]), (ids[0], ids[2]), (ids[1], ids[2])]
    kept = next(p for p in pairs if {p["a"], p["b"]} == {a.id, c.id})
    assert kept["ok"] is False and kept["reasons"] == ["kept apart by `sitrep split`"]
    assert sum(p["ok"] for p in pairs) == 2


def test_explain_event_shows_the_event_its_records_and_reports() -> None:
    a, b = told(article="r1"), told(article="r2")
    ev = combine([a, b])
    told_by = Article(text="Drones struck Eastbrook.", published=date(2030, 3, 4), title="Eastbrook struck",
                      outlet="The Northland Herald", url="https://example.org/1", id="r1")
    shown = explain_event(ev, [a, b], {"r1": told_by}, CFG)
    assert shown["event"] == ev.to_dict()
    assert shown["records"] == [a.to_dict(), b.to_dict()]
    assert shown["reports"] == {
        "r1": {"outlet": "The Northland Herald", "title": "Eastbrook struck", "published": "2030-03-04",
               "source": "https://example.org/1"},
        "r2": {},  # a report the store does not hold
    }
    [pair] = shown["pairs"]
    assert pair["ok"] and pair["reasons"][0] == "same type attack.drone"
