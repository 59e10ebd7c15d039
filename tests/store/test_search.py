"""Full-text search (``--text``) and the flat view ``events_flat``, on SQLite and PostgreSQL alike, and
the view as datasette shows it."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from sitrep.records import Article, Claim, Claimant, Event, Span
from sitrep.store import open_store
from tests.merge.factory import told

DAY = "2030-03-04"


def _report(article: str) -> Article:
    return Article(text=f"report {article}", published=date(2030, 3, 4), id=article)


def _said(ev: Event, sentence: str, speaker: str | None = None) -> Event:
    """``ev`` with ``sentence`` as its evidence (and ``speaker`` as its claimant)."""
    article = ev.articles[0]
    ev.evidence = [Span(article, 0, len(sentence), sentence)]
    if speaker:
        ev.claims = [Claim(Claimant(speaker, "government", None), "said", None, "asserts", article, 0,
                           len(sentence), sentence)]
    ev.assign_id()
    return ev


def _fill(st) -> dict[str, str]:
    """Four invented reports, each one event; gives each article's event id."""
    reports = {
        "r1": _said(told(place="Eastbrook", article="r1", counts=(("killed", 4),)),
                    "Drones hit the grain silos of Eastbrook overnight.", "the harbour master"),
        "r2": _said(told(type_="attack.artillery", place="Westfield", article="r2", day="2030-03-05",
                         counts=(("killed", 2), ("killed", 3), ("injured", 7))),
                    "Shelling damaged the tram depot.", "Westfield's mayor"),
        "r3": _said(told(type_="diplomacy.talks", place="Eastbrook XS", article="r3", day="2030-03-06"),
                    "Envoys met to discuss the ferry crossings.", "the foreign ministry"),
        "r4": _said(told(type_="attack.drone", place="Southland", article="r4", day="2030-03-07",
                         counts=(("killed", 10),), sides=(("initiator", "XN"), ("target", "XS"))),
                    "A drone struck a fuel convoy."),
    }
    for article, ev in reports.items():
        assert st.add_article(_report(article), [ev])
    return {a: st.article_events(a)[0] for a in reports}


SEARCHES: list[tuple[str, str, list[str]]] = [
    # name, text, the reports whose events it finds
    ("evidence-word", "silos", ["r1"]),
    ("prefix", "silo", ["r1"]),
    ("case", "SHELLING", ["r2"]),
    ("every-word", "tram depot", ["r2"]),
    ("words-apart", "depot tram", ["r2"]),
    ("not-every-word", "tram silos", []),
    ("place", "Westfield", ["r2"]),
    ("claimant", "ministry", ["r3"]),
    ("claimant-possessive", "mayor", ["r2"]),
    ("plural-by-prefix", "drone", ["r1", "r4"]),
    ("punctuation-around", "(convoy)!", ["r4"]),
    ("fts-syntax-taken-literally", 'fuel OR "NEAR', []),
    ("quote", '"ferry', ["r3"]),
    ("nothing", "cathedral", []),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in SEARCHES], ids=[c[0] for c in SEARCHES])
def test_full_text_search(store_url, text, found):
    with open_store(store_url) as st:
        ids = _fill(st)
        got = sorted(a for a, eid in ids.items() if eid in {e.id for e in st.events(text=text)})
    assert got == found


def test_search_index_follows_regrouping_and_removal(store_url):
    """The index is kept in step as events are made anew: a removed report's words find nothing."""
    with open_store(store_url) as st:
        _fill(st)
        assert len(st.events(text="convoy")) == 1
        assert st.remove_article("r4")
        assert st.events(text="convoy") == []
        # a second telling of the silo strike joins r1's event: the event's words now include its sentence
        again = _said(told(place="Eastbrook", article="r5", counts=(("killed", 5),)),
                      "Firefighters fought the blaze at the silos.", "the harbour master")
        st.add_article(_report("r5"), [again])
        [joined] = st.events(text="firefighters")
        assert set(joined.articles) == {"r1", "r5"} and st.events(text="silos") == [joined]
        assert st.check() == []


def test_tally_events_new_and_merged(store_url):
    with open_store(store_url) as st:
        _fill(st)
        assert st.tally_events(["r1", "r2"]) == (2, 0)
        again = _said(told(place="Eastbrook", article="r5"), "Smoke rose over the silos.")
        st.add_article(_report("r5"), [again])
        assert st.tally_events(["r5"]) == (0, 1)  # it joined r1's event
        assert st.tally_events([]) == (0, 0)


def _flat(st) -> dict[str, dict]:
    cursor = st._x("SELECT * FROM events_flat")
    names = [c[0] for c in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def test_events_flat_columns(store_url):
    with open_store(store_url) as st:
        ids = _fill(st)
        flat = _flat(st)
    assert set(flat) == set(ids.values())
    shelling = flat[ids["r2"]]
    assert (str(shelling["date"]), shelling["type"], shelling["family"], shelling["status"]) == \
        ("2030-03-05", "attack.artillery", "attack", "occurred")
    assert (shelling["country"], shelling["admin1"], shelling["place"], shelling["precision"]) == \
        ("XN", "XN-01", "Westfield", "city")
    assert (shelling["lat"], shelling["lon"]) == (10.0, 21.0)
    # one claimant tells 2 and 3 killed: one statement, its largest number (a total holds its parts)
    assert (shelling["killed_best"], shelling["killed_low"], shelling["killed_high"]) == (3, 3, 3)
    assert shelling["counted"]
    assert (shelling["injured_best"], shelling["injured_low"], shelling["injured_high"]) == (7, 7, 7)
    assert shelling["claimants"] == "Westfield's mayor"
    convoy = flat[ids["r4"]]
    assert (convoy["initiator"], convoy["target"], convoy["precision"], convoy["admin1"]) == ("XN", "XS", "country", None)
    talks = flat[ids["r3"]]
    assert talks["killed_best"] is None and talks["initiator"] is None and talks["country"] == "XS"
    assert not talks["counted"]  # talks are not an incident: nothing of theirs adds to tolls


def test_views_are_made_anew_when_their_definition_changes(tmp_path, monkeypatch):
    import sitrep.store.views as views

    db = tmp_path / "s.db"
    open_store(db).close()
    monkeypatch.setitem(views._DIALECT["sqlite"], "date", "e.date_end")  # a changed definition
    with open_store(db) as st:
        assert st._x("SELECT value FROM meta WHERE key = 'views'").fetchone()[0] == views.views_version("sqlite")
        sql = st._x("SELECT sql FROM sqlite_master WHERE name = 'events_flat'").fetchone()[0]
    assert "e.date_end AS date," in sql


def test_datasette_sums_killed_per_country(tmp_path):
    """What a datasette user gets without JSON functions: deaths per country from the flat view."""
    datasette_app = pytest.importorskip("datasette.app")
    db = tmp_path / "sitrep.db"
    with open_store(db) as st:
        _fill(st)
    ds = datasette_app.Datasette([str(db)])

    async def ask():
        sql = "select country, sum(killed_best) as killed from events_flat group by country order by country"
        response = await ds.client.get("/sitrep.json", params={"sql": sql, "_shape": "array"})
        tables = await ds.client.get("/sitrep.json")
        return response, tables

    response, tables = asyncio.run(ask())
    assert response.status_code == 200, response.text
    assert response.json() == [{"country": "XN", "killed": 4 + 3}, {"country": "XS", "killed": 10}]
    assert "events_flat" in {v["name"] for v in tables.json()["views"]}


def test_a_store_from_before_search_is_indexed_when_opened(store_url):
    """Migration 6 fills the search text of the events already stored."""
    with open_store(store_url) as st:
        ids = _fill(st)
        undo = (["DROP TRIGGER events_fts_insert", "DROP TRIGGER events_fts_delete", "DROP TRIGGER events_fts_update",
                 "DROP TABLE events_fts"] if st.dialect == "sqlite" else ["ALTER TABLE events DROP COLUMN search_vector"])
        for statement in [*undo, "DROP VIEW events_flat", "DROP TABLE event_figures", "DROP INDEX events_order",
                          "ALTER TABLE events DROP COLUMN search_text",
                          "UPDATE meta SET value = '5' WHERE key = 'schema_version'", "DELETE FROM meta WHERE key = 'views'"]:
            st._x(statement)
    with open_store(store_url) as st:
        assert [e.id for e in st.events(text="tram")] == [ids["r2"]]
        assert [e.id for e in st.events(text="ministry")] == [ids["r3"]]
        assert len(_flat(st)) == 4 and st.check() == []


def test_a_page_of_a_search_that_matches_many_is_the_same(store_url, monkeypatch):
    """A search matching many events walks them in date order (SQLite): the page is the one a sort gives."""
    import sitrep.store.sqlite

    with open_store(store_url) as st:
        _fill(st)
        every = [e.id for e in st.events(text="the")]
        monkeypatch.setattr(sitrep.store.sqlite, "MANY_MATCHES", 1)
        assert [e.id for e in st.events(text="the", limit=2)] == every[:2]
        assert [e.id for e in st.events(text="the", limit=2, offset=1)] == every[1:3]
        assert [e.id for e in st.events(text="the", type="attack", limit=5)] == \
            [e.id for e in st.events(type="attack") if e.id in every]
