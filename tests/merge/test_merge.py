"""Merging across reports as the store does it: any ingest order, twice, and undone by a split.

``record``, ``STORY``, ``_article`` and ``_store_state`` are shared with the store and CLI tests."""

from __future__ import annotations

import json

import pytest

from sitrep.records import Article, Event
from sitrep.store import open_store
from tests.merge.factory import record

__all__ = ["STORY", "_article", "_store_state", "record"]


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


def test_the_store_explains_an_event_from_its_records() -> None:
    with open_store(":memory:") as st:
        for n, recs in STORY:
            st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])
        merged = next(e for e in st.events() if len(e.articles) == 3)
        shown = st.explain_event(merged.id)
        assert shown["event"]["id"] == merged.id and len(shown["records"]) == 3
        assert set(shown["reports"]) == set(merged.articles)
        assert shown["reports"]["a1"]["published"] == "2025-09-14"
        assert len(shown["pairs"]) == 3 and all(p["ok"] for p in shown["pairs"])
        with pytest.raises(KeyError, match="no such event"):
            st.explain_event("ev_nope")
