"""``EventIndex`` (numpy arrays behind the API) filters, orders and counts exactly as ``Store.events`` does,
and follows the store as it changes."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.records import Article
from sitrep.store import open_store
from sitrep.web.index import EventIndex, Filters, fact_of, load_facts
from tests.web.fixture_store import BELGRADE, Actor, DateWindow, Event, Span, fill

days = st.dates(date(2025, 5, 15), date(2025, 6, 25)).map(date.isoformat)
filters = st.builds(
    Filters,
    type=st.none() | st.sampled_from(["attack", "attack.drone", "attack.missile", "arrest", "diplomacy", "protest.riot"]),
    country=st.none() | st.sampled_from(["UKR", "rus", "SRB", "FRA"]),
    since=st.none() | days, until=st.none() | days,
    text=st.none() | st.sampled_from(["kyiv", "said", "Belgrade", "nothing like this"]),
    status=st.none() | st.sampled_from(["occurred", "planned", "agreed"]),
    admin1=st.none() | st.sampled_from(["UA-30", "ru-bel", "XX-1"]),
    actor=st.none() | st.sampled_from(["rus", "ukr", "police", "forces", "nobody"]),
    claimant=st.none() | st.sampled_from(["air force", "ministry", "kyiv", "nobody"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(f=filters, limit=st.integers(1, 12), offset=st.integers(0, 14), newest=st.booleans())
def test_pages_are_the_stores_own(store_path, f, limit, offset, newest):
    with open_store(store_path) as store:
        index = EventIndex(store)
        total, ids = index.page(f, limit=limit, offset=offset, newest_first=newest)
        expected = [e.id for e in store.events(**f.as_kwargs(), newest_first=newest)]
        assert total == len(expected) == index.count(f)
        assert ids == expected[offset:offset + limit]
        assert [e.id for e in index.events(ids)] == ids


def test_facts_from_sql_and_from_records_agree(store_path):
    with open_store(store_path) as store:
        sql = load_facts(store)
        by_python = [fact_of(e) for e in store.events()]
    assert sql.ids.tolist() == [f.id for f in by_python]
    assert sql.launched.tolist() == [f.launched for f in by_python]
    assert sql.intercepted.tolist() == [f.intercepted for f in by_python]
    assert [sql.vocab["side"].names[c] for c in sql.codes["side"]] == [f.side for f in by_python]
    for column in ("status", "admin1", "place_precision", "actors", "claimants"):
        assert [sql.vocab[column].names[c] for c in sql.codes[column]] == \
            [(getattr(f, column) or "").upper() if column == "admin1" else getattr(f, column) or "" for f in by_python]
    for column in ("killed", "injured", "largest"):
        assert sql.cols[column].tolist() == [getattr(f, column) for f in by_python], column
    for column in ("lat", "lon"):
        assert [None if v != v else v for v in sql.cols[column].tolist()] == [getattr(f, column) for f in by_python]


def test_index_follows_the_store(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        fill(store)
        index = EventIndex(store)
        before = index.count(Filters())
        art = Article(text="Police broke up a riot in Belgrade on Sunday.", published=date(2025, 6, 15))
        ev = Event(type="protest.riot", status="occurred", date=DateWindow("2025-06-15", "2025-06-15", "day", "Sunday"),
                   location=BELGRADE, actors=[Actor("initiator", "rioters", "SRB", "civilians", None)],
                   evidence=[Span(art.id, 0, len(art.text), art.text)], articles=[art.id])
        ev.assign_id()
        store.add_article(art, [ev])
        assert index.count(Filters()) == before + 1
        assert index.stats(Filters(type="protest"))["by_type"] == {"protest.demonstration": 1, "protest.riot": 1}
        # a change made through another connection is seen too
        with open_store(tmp_path / "s.db") as other:
            other.split(index.page(Filters(text="kyiv"), limit=1)[1][0])
        assert index.count(Filters(text="kyiv")) == 2


def test_a_change_is_read_in_without_building_anew(tmp_path):
    from tests.web.fixture_store import reports

    with open_store(tmp_path / "s.db") as store:
        batches = reports()
        for art, events in batches[:-2]:
            store.add_article(art, events)
        index = EventIndex(store)
        index.count(Filters())
        assert (index.rebuilds, index.updates) == (1, 0)
        for art, events in batches[-2:]:
            store.add_article(art, events)
        fresh = EventIndex(store)
        assert index.stats(Filters()) == fresh.stats(Filters())
        assert index.page(Filters(), limit=100) == fresh.page(Filters(), limit=100)
        assert (index.rebuilds, index.updates) == (1, 1)
        # a merge rewrites the newest event under its own id: it is read again
        kyiv = index.page(Filters(text="kyiv"), limit=1)[1][0]
        store.split(kyiv)
        assert index.stats(Filters()) == EventIndex(store).stats(Filters())
        assert index.rebuilds == 1
