"""The store's contract, run against SQLite and PostgreSQL alike (the ``store_url`` fixture)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.records import Article, Event
from sitrep.store import open_store
from tests.merge.test_merge import STORY, _article, _store_state, record


def _fill(st, order=STORY) -> None:
    for n, recs in order:
        st.add_article(_article(n), [Event.from_dict(r.to_dict()) for r in recs])


def test_schema_and_check(store_url):
    with open_store(store_url) as st:
        assert st.schema_version >= 3
        assert st.check() == []
    with open_store(store_url) as st:  # reopening migrates nothing twice
        assert st.check() == []


def test_round_trip_and_filters(store_url):
    ev = record("a1", killed=4, claimant="governor")
    with open_store(store_url) as st:
        assert st.add_article(Article(text="t", published=date(2025, 9, 14), id="a1"),
                              [Event.from_dict(ev.to_dict())])
        [back] = st.events()
        assert json.loads(back.to_json()) == json.loads(ev.to_json())
        assert st.event(ev.id) == back
        assert st.events(type="attack", country="UKR", since="2025-09-14", until="2025-09-14") == [back]
        assert st.events(type="diplomacy") == [] and st.events(country="RUS") == []
        assert st.events(text="GOVERNOR") == [back]
        assert st.article("a1") == Article(text="t", published=date(2025, 9, 14), id="a1")
        assert st.article("nope") is None and st.event("nope") is None


def test_same_story_same_store_in_any_order(store_url):
    with open_store(store_url) as st:
        _fill(st, STORY[::-1])
        _fill(st)  # twice: nothing more
        state = _store_state(st)
        assert st.count_articles() == len(STORY)
        assert st.check() == []
    with open_store(":memory:") as ref:
        _fill(ref)
        assert _store_state(ref) == state


def test_split(store_url):
    with open_store(store_url) as st:
        _fill(st)
        merged = next(e for e in st.events() if len(e.articles) == 3)
        after = st.split(merged.id)
        assert len(after) == 3
        _fill(st)
        assert len(st.events()) == 6
        with pytest.raises(KeyError):
            st.split("ev_nope")
        assert st.check() == []


def test_pagination_and_newest_first(store_url):
    with open_store(store_url) as st:
        _fill(st)
        everything = st.events()
        assert st.events(limit=2) + st.events(limit=2, offset=2) == everything[:4]
        assert st.events(limit=10, offset=100) == []
        assert st.events(newest_first=True)[0].date.start == max(e.date.start or "" for e in everything)


def test_rejects_and_seen_files(store_url):
    with open_store(store_url) as st:
        st.add_reject("in/a.txt", "empty file")
        st.add_reject("in/a.txt", "empty file")
        assert [(r["path"], r["times"]) for r in st.rejects()] == [("in/a.txt", 2)]
        st.clear_rejects("in/a.txt")
        assert st.rejects() == []
        st.mark_file("x.txt", 1, 2)
        st.mark_file("x.txt", 3, 4)
        assert st.file_seen("x.txt") == (3, 4) and st.file_seen("y.txt") is None


def test_a_failed_report_leaves_nothing(store_url):
    with open_store(store_url) as st:
        bad = record("a1")
        bad.evidence[0].text = None  # type: ignore[assignment]  # NOT NULL in evidence
        with pytest.raises(Exception):  # noqa: B017
            st.add_article(Article(text="t", published=date(2025, 9, 14), id="a1"), [bad])
        assert st.count_articles() == 0 and st.count_events() == 0
        assert st.check() == []


def test_events_as_stored_and_the_events_of_a_report(store_url):
    with open_store(store_url) as st:
        _fill(st)
        everything = st.events()
        ids = [e.id for e in everything][::-1]
        assert [json.loads(t)["id"] for t in st.events_json([*ids, "ev_nope"])] == ids
        assert st.events_json([]) == []
        merged = next(e for e in everything if len(e.articles) == 3)
        for aid in merged.articles:
            assert merged.id in st.article_events(aid)
        assert st.article_events("nope") == []
