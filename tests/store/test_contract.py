"""The store's contract, run against SQLite and PostgreSQL alike (the ``store_url`` fixture)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.records import Article, Event
from sitrep.store import RecordCollision, open_store
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


# --- hostile writes: ids, characters, wildcards, first writers ------------------------------------

def _report(text: str = "Drones struck the depot.", **fields) -> Article:
    return Article(text=text, published=date(2025, 9, 14), **fields)


def test_records_that_differ_only_in_status_or_sides_are_all_stored(store_url):
    told = record("a1")
    planned, other_side = record("a1", status="planned"), record("a1", initiator="BLR")
    art = _report(id="a1")
    with open_store(store_url) as st:
        assert st.add_article(art, [told, planned, other_side])
        assert st.count_records("a1") == st.count_records() == 3
        assert {r.status for e in st.events() for r in st.records(e.id)} == {"occurred", "planned"}


def test_the_same_record_twice_is_stored_once(store_url):
    told = record("a1")
    with open_store(store_url) as st:
        assert st.add_article(_report(id="a1"), [told, Event.from_dict(told.to_dict())])
        assert st.count_records("a1") == 1 and st.count_events() == 1


def test_another_record_with_a_taken_id_is_an_error_and_nothing_is_stored(store_url):
    told, planned = record("a1"), record("a1", status="planned")
    planned.id = told.id  # as a caller that names records itself might
    with open_store(store_url) as st:
        with pytest.raises(RecordCollision, match=f"record {told.id} of report a1 has the id of another record"):
            st.add_article(_report(id="a1"), [told, planned])
        assert st.count_articles() == st.count_records() == st.count_events() == 0
        assert st.check() == []


# name, the article's fields, what is read back (U+FFFD for what no database stores)
UNSTORABLE = [
    ("nul-in-text", {"text": "Drones struck\x00 the depot."}, {"text": "Drones struck\ufffd the depot."}),
    ("nul-in-title", {"title": "Depot\x00"}, {"title": "Depot\ufffd"}),
    ("surrogate-in-source", {"source": "in/r\udcff.txt"}, {"source": "in/r\ufffd.txt"}),
    ("surrogate-in-url", {"url": "https://x.example/\udcff"}, {"url": "https://x.example/\ufffd"}),
]


@pytest.mark.parametrize(("fields", "back"), [c[1:] for c in UNSTORABLE], ids=[c[0] for c in UNSTORABLE])
def test_nul_and_lone_surrogates_never_stop_a_write(store_url, fields, back):
    art = _report(**{"id": "a1", **fields})
    ev = record("a1")
    ev.evidence[0].text = "a1: something\x00 happened."
    with open_store(store_url) as st:
        assert st.add_article(art, [ev])
        got = st.article("a1")
        assert got is not None and {k: getattr(got, k) for k in back} == back
        assert st.records(st.events()[0].id)[0].evidence[0].text == "a1: something\x00 happened."  # JSON escapes it
        assert st.events(text="\x00") == st.events(text="\ufffd") and st.check() == []


SEARCHES = [
    ("percent", "%", ["a2"]),  # not every event
    ("underscore", "_", ["a3"]),
    ("backslash", "\\", []),
    ("percent-inside", "50% of", ["a2"]),
    ("underscore-inside", "x_y", ["a3"]),
    ("plain", "something", ["a1", "a2", "a3"]),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in SEARCHES], ids=[c[0] for c in SEARCHES])
def test_text_search_takes_wildcards_literally(store_url, text, found):
    with open_store(store_url) as st:
        for art, said in (("a1", "something happened."), ("a2", "something hit 50% of it."),
                          ("a3", "something hit x_y.")):
            ev = record(art, place="Kyiv" if art == "a1" else "Lviv" if art == "a2" else "Odesa")
            ev.evidence[0].text = said
            ev.assign_id()
            st.add_article(_report(said, id=art), [ev])
        assert sorted(a for e in st.events(text=text) for a in e.articles) == found
        from sitrep.web.index import EventIndex, Filters  # the API's search asks the store alike

        _, ids = EventIndex(st).page(Filters(text=text), limit=10, offset=0)
        assert sorted(a for e in st.events() if e.id in ids for a in e.articles) == found


def test_writers_starting_at_once_on_an_empty_store_all_open_it(store_url):
    import threading

    gate = threading.Barrier(4)
    failures: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            gate.wait()
            with open_store(store_url) as st:
                st.add_article(_report(f"Report {n}.", id=f"a{n}"), [record(f"a{n}")])
        except BaseException as exc:  # noqa: BLE001 - every failure is the finding
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
    with open_store(store_url) as st:
        assert st.count_articles() == 4 and st.check() == []


def test_the_ingest_summary_counts_what_was_stored(store_url, tmp_path):
    from sitrep.api import ingest_paths

    class Twice:  # an extractor that tells each record twice, and two records that differ in status
        def extract(self, article):
            told, planned = record(article.id), record(article.id, status="planned")
            return [told, Event.from_dict(told.to_dict()), planned]

    (tmp_path / "r.txt").write_text("date: 2025-09-14\n\nDrones struck the depot overnight, officials said.\n")
    with open_store(store_url) as st:
        got = ingest_paths([tmp_path / "r.txt"], store=st, extractor=Twice())  # type: ignore[arg-type]
        assert (got.added, got.records) == (1, 2) == (st.count_articles(), st.count_records())
        assert (got.new_events, got.merged_events) == (st.count_events(), 0)


def test_a_report_taken_out_leaves_its_events_grouped_anew(store_url):
    with open_store(store_url) as st:
        _fill(st)
        merged = next(e for e in st.events() if len(e.articles) == 3)
        gone = merged.articles[0]
        assert st.remove_article(gone) and not st.remove_article(gone)
        assert st.article(gone) is None and st.count_records(gone) == 0
        assert all(gone not in e.articles for e in st.events())
        assert any(set(e.articles) == set(merged.articles[1:]) for e in st.events())
        assert st.check() == []


def test_a_file_read_again_replaces_the_reports_it_no_longer_gives(store_url):
    with open_store(store_url) as st:
        for art in ("a1", "a2", "a3"):
            st.add_article(_report(f"Report {art}.", id=art), [record(art)])
        assert st.mark_file("in/f.jsonl", 10, 1, reports=["a1", "a2"]) == []
        assert st.mark_file("in/g.txt", 5, 1, reports=["a2"]) == []
        assert st.mark_file("in/f.jsonl", 20, 2, reports=["a3"]) == ["a1"]  # a2: g.txt gives it too
        assert st.file_reports("in/f.jsonl") == ["a3"] and st.file_seen("in/f.jsonl") == (20, 2)
        assert st.article("a1") is None and st.article("a2") is not None
        assert st.mark_file("in/f.jsonl", 30, 3) == [] and st.file_reports("in/f.jsonl") == ["a3"]
        assert st.check() == []
