"""Stable event ids, ids that lead on (aliases) and joins by hand (``Store.merge``), on SQLite and
PostgreSQL alike. The reports are made up: attacks on the made-up towns of ``tests.merge.factory``."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article, Event
from sitrep.store import open_store
from tests.merge.factory import told


def _report(n: int, day: int) -> Article:
    """Made-up report ``rN`` published on 2030-03-``day``."""
    return Article(text=f"report {n}", published=date(2030, 3, day), id=f"r{n}")


def _add(st, n: int, published: int, **fields) -> Event:
    """Store report ``rN`` (published on 2030-03-``published``) with one record; gives the record."""
    rec = told(article=f"r{n}", **fields)
    st.add_article(_report(n, published), [Event.from_dict(rec.to_dict())])
    return rec


def _event_of(st, record_id: str) -> str:
    return next(e.id for e in st.events() if record_id in {r.id for r in st.records(e.id)})


def test_an_event_keeps_its_id_as_more_reports_tell_it(store_url):
    with open_store(store_url) as st:
        first = _add(st, 1, 4)
        _add(st, 2, 5)
        assert [e.id for e in st.events()] == [first.id]
        _add(st, 3, 6)  # a third report of the attack
        [ev] = st.events()
        assert ev.id == first.id and len(ev.articles) == 3
        assert st.check() == []


def test_the_id_is_the_earliest_reports_in_any_ingest_order(store_url):
    orders = [(1, 2, 3), (3, 2, 1), (2, 3, 1)]
    ids = []
    for k, order in enumerate(orders):
        with open_store(store_url if k == 0 else ":memory:") as st:
            recs = {n: _add(st, n, 10 - n) for n in order}  # r3 was published first
            [ev] = st.events()
            ids.append(ev.id)
    assert ids == [recs[3].id] * 3


def test_an_id_that_goes_away_leads_to_the_event(store_url):
    with open_store(store_url) as st:
        later = _add(st, 1, 6)
        assert st.events()[0].id == later.id
        earlier = _add(st, 2, 4)  # an earlier report, ingested later: it names the event now
        [ev] = st.events()
        assert ev.id == earlier.id
        assert st.event(later.id) is None and st.resolve(later.id) == earlier.id
        assert st.resolve(earlier.id) == earlier.id and st.resolve("ev_nope") is None
        shown = st.explain_event(later.id)
        assert shown["event"]["id"] == earlier.id and shown["redirected_from"] == later.id
        assert shown["aliases"] == [later.id]
        assert st.explain_event(earlier.id)["redirected_from"] is None


def test_a_split_gives_the_old_id_back_its_own_event(store_url):
    with open_store(store_url) as st:
        later = _add(st, 1, 6)
        earlier = _add(st, 2, 4)
        after = st.split(later.id)  # an old id is taken
        assert sorted(after) == sorted([earlier.id, later.id])
        assert st.aliases(earlier.id) == [] and st.resolve(later.id) == later.id
        assert st.check() == []


def test_merge_joins_events_the_rules_keep_apart_and_keeps_them_joined(store_url):
    with open_store(store_url) as st:
        east = _add(st, 1, 4, place="Eastbrook")
        west = _add(st, 2, 5, place="Westfield")
        assert len(st.events()) == 2
        joined = st.merge([west.id, east.id])
        assert joined == east.id  # the earliest report's record names it
        [ev] = st.events()
        assert ev.id == east.id and ev.articles == ["r1", "r2"]
        assert st.resolve(west.id) == east.id
        shown = st.explain_event(west.id)
        assert [p["reasons"] for p in shown["pairs"]] == [["joined by `sitrep merge`"]]
        _add(st, 3, 6, place="Eastbrook")  # a later report: it joins only what it may be one with
        assert sorted(e.articles for e in st.events()) == [["r1", "r2"], ["r3"]]
        assert st.check() == []
    with open_store(store_url) as st:  # the join is kept
        assert sorted(e.articles for e in st.events()) == [["r1", "r2"], ["r3"]]
        st.split(east.id)  # ... until a split parts it
        assert sorted(e.articles for e in st.events()) == [["r1", "r3"], ["r2"]]
        assert st.joins([east.id, west.id]) == []


def test_merge_joins_events_of_different_days_and_kinds(store_url):
    with open_store(store_url) as st:
        attack = _add(st, 1, 4, day="2030-03-04")
        clash = _add(st, 2, 5, type_="protest", day="2030-03-05")
        joined = st.merge([attack.id, clash.id])
        [ev] = st.events()
        assert ev.id == joined == attack.id and len(st.records(joined)) == 2
        assert st.check() == []


def test_merge_takes_old_ids_and_refuses_what_is_no_event(store_url):
    with open_store(store_url) as st:
        later = _add(st, 1, 6)
        earlier = _add(st, 2, 4)
        other = _add(st, 3, 5, place="Westfield")
        with pytest.raises(KeyError, match="ev_nope: no such event"):
            st.merge([other.id, "ev_nope"])
        with pytest.raises(ValueError, match="two or more different events"):
            st.merge([later.id, earlier.id])  # one event: the old id leads to the new
        assert st.merge([later.id, other.id]) == earlier.id
        assert st.resolve(other.id) == st.resolve(later.id) == earlier.id
        assert st.aliases(earlier.id) == sorted([later.id, other.id])


def test_a_removed_report_takes_its_ids_with_it(store_url):
    with open_store(store_url) as st:
        later = _add(st, 1, 6)
        earlier = _add(st, 2, 4)
        assert st.remove_article("r2")  # the earliest report goes: the event is the later one's again
        assert [e.id for e in st.events()] == [later.id]
        assert st.resolve(earlier.id) == later.id and st.aliases(later.id) == [earlier.id]
        assert st.remove_article("r1")
        assert st.events() == [] and st.resolve(earlier.id) is None
        assert st.check() == []


def test_the_api_answers_an_old_id_with_the_event_it_leads_to(tmp_path):
    from fastapi.testclient import TestClient

    from sitrep.web.app import Settings, create_app

    db = tmp_path / "s.db"
    with open_store(db) as st:
        later = _add(st, 1, 6)
        earlier = _add(st, 2, 4)
    with TestClient(create_app(Settings(db=str(db))), base_url="http://127.0.0.1", client=("127.0.0.1", 50000)) as client:
        old = client.get(f"/api/events/{later.id}")
        assert old.status_code == 200, old.text
        body = old.json()
        assert body["event"]["id"] == earlier.id and body["redirected_from"] == later.id
        assert body["aliases"] == [later.id]
        now = client.get(f"/api/events/{earlier.id}").json()
        assert now["redirected_from"] is None and now["aliases"] == [later.id]
        assert client.get("/api/events/ev_nope").status_code == 404


def test_an_id_from_before_stable_ids_leads_to_the_event(tmp_path):
    """A store whose merged event was named by hashing its records (as sitrep did before): the next
    report that regroups it names it by its earliest record, and the old name leads there."""
    db = tmp_path / "s.db"
    with open_store(db) as st:
        earlier = _add(st, 1, 4)
        _add(st, 2, 5)
        legacy = "ev_0123456789ab"
        st.db.execute("PRAGMA foreign_keys = OFF")  # type: ignore[attr-defined]
        for table, column in (("events", "id"), ("event_articles", "event_id"), ("claims", "event_id"),
                              ("evidence", "event_id"), ("records", "event_id")):
            st.db.execute(f"UPDATE {table} SET {column} = ?", (legacy,))  # type: ignore[attr-defined]
        st.db.execute("UPDATE events SET record = json_set(record, '$.id', ?)", (legacy,))  # type: ignore[attr-defined]
    with open_store(db) as st:
        assert [e.id for e in st.events()] == [legacy]
        _add(st, 3, 6)
        [ev] = st.events()
        assert ev.id == earlier.id and len(ev.articles) == 3
        assert st.resolve(legacy) == earlier.id and st.check() == []
