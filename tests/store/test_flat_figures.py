"""``events_flat`` counts as every other reader does: its killed/injured best, low and high are the event's
one figure (``sitrep.merge.figures``, stored in ``event_figures``), so summing the view per country gives
the ACLED export's fatalities and ``/api/stats``'s killed, on SQLite and PostgreSQL alike. All reports,
places and claimants are made up."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import pytest

from sitrep.export.acled import fatalities
from sitrep.records import Actor, Article, Claim, Claimant, DateWindow, Event, Location, Quantity, Span
from sitrep.store import open_store
from sitrep.web.index import EventIndex, Filters

TOWNS = {
    "Lowmere": Location("Lowmere", "XN", "XN-01", 10.0, 20.0, "city", "Lowmere"),
    "Brackenford": Location("Brackenford", "XN", "XN-02", 11.0, 22.0, "city", "Brackenford"),
    "Tarnwick": Location("Tarnwick", "XS", "XS-07", 5.0, 24.0, "city", "Tarnwick"),
}

Count = tuple[str, str, int]  # item, role, number


@dataclass(frozen=True)
class Telling:
    """One report's telling of an incident: who says it (None: the reporter's own voice) and its counts."""

    claimant: str | None
    counts: tuple[Count, ...]


@dataclass(frozen=True)
class Incident:
    name: str
    type: str
    status: str
    town: str
    day: str
    tellings: tuple[Telling, ...]
    killed: tuple[int, int, int] | None  # the view's killed best, low, high
    injured: tuple[int, int, int] | None
    counted: bool


INCIDENTS = [
    Incident("claimants-disagree", "attack.artillery", "occurred", "Lowmere", "2032-06-01",
             (Telling("Amber Guard", (("person", "killed", 35),)), Telling("Hill Brigade", (("person", "killed", 60),))),
             (35, 35, 60), None, True),
    Incident("total-with-its-parts", "attack.drone", "occurred", "Lowmere", "2032-06-02",
             (Telling("Salt Council", (("person", "killed", 14), ("child", "killed", 5), ("drone", "launched", 64),
                                       ("drone", "launched", 31), ("drone", "launched", 33))),),
             (14, 14, 14), None, True),
    Incident("groups-without-a-total", "attack.ground", "occurred", "Brackenford", "2032-06-01",
             (Telling("Salt Council", (("civilian", "killed", 12), ("soldier", "killed", 3), ("person", "injured", 9))),),
             (12, 12, 12), (9, 9, 9), True),
    Incident("none-then-some", "attack.drone", "occurred", "Brackenford", "2032-06-03",
             (Telling("Amber Guard", (("person", "killed", 0),)), Telling("Reed Clinic", (("person", "killed", 4),))),
             (4, 0, 4), None, True),
    Incident("one-claim-two-outlets", "attack.artillery", "occurred", "Tarnwick", "2032-06-01",
             (Telling("Reed Clinic", (("person", "killed", 7),)), Telling("Reed Clinic", (("person", "killed", 7),))),
             (7, 7, 7), None, True),
    Incident("reporter-and-claimant", "attack.drone", "occurred", "Tarnwick", "2032-06-02",
             (Telling(None, (("person", "killed", 8), ("person", "injured", 20))),
              Telling("Hill Brigade", (("person", "killed", 11), ("person", "injured", 20)))),
             (8, 8, 11), (20, 20, 20), True),
    Incident("planned-protest-keeps-its-figure", "protest.demonstration", "planned", "Lowmere", "2032-06-04",
             (Telling("Salt Council", (("person", "killed", 2),)),), (2, 2, 2), None, False),
    Incident("accusation-is-not-an-incident", "statement.accusation", "occurred", "Tarnwick", "2032-06-03",
             (Telling("Amber Guard", (("civilian", "killed", 5),)),), (5, 5, 5), None, False),
    Incident("no-count", "attack.drone", "occurred", "Brackenford", "2032-06-05",
             (Telling("Reed Clinic", ()),), None, None, True),
]


def _reports(inc: Incident, first: int) -> list[tuple[Article, list[Event]]]:
    """Each telling of ``inc`` as its own report (numbered from ``first``), one record each."""
    out = []
    for n, telling in enumerate(inc.tellings, start=first):
        sentence = f"Report {n}: {inc.name.replace('-', ' ')} in {inc.town}."
        art = Article(text=sentence, published=date.fromisoformat(inc.day), title=f"Report {n}",
                      outlet=f"Outlet {n % 2}", url=f"https://example.org/{n}", id=f"a{n}")
        claims = [Claim(Claimant(telling.claimant, "government"), "said", None, "asserts", art.id, 0, len(sentence),
                        sentence)] if telling.claimant else []
        which = 0 if claims else None
        ev = Event(type=inc.type, status=inc.status, date=DateWindow(inc.day, inc.day, "day", "on Monday"),
                   location=TOWNS[inc.town], actors=[Actor("initiator", "XQ", "XQ", "military")],
                   quantities=[Quantity(item, role, value, "exact", str(value), which)
                               for item, role, value in telling.counts],
                   claims=claims, evidence=[Span(art.id, 0, len(sentence), sentence)], articles=[art.id],
                   confidence=0.7)
        ev.assign_id()
        out.append((art, [ev]))
    return out


def _fill(st, incidents: list[Incident] = INCIDENTS) -> dict[str, str]:
    """Store every telling; gives each incident's event id (its tellings must make one event)."""
    first = 1
    ids = {}
    for inc in incidents:
        reports = _reports(inc, first)
        first += len(reports)
        for art, events in reports:
            assert st.add_article(art, events)
        [eid] = {e for art, _ in reports for e in st.article_events(art.id)}
        ids[inc.name] = eid
    return ids


def _flat(st) -> dict[str, dict]:
    cursor = st._x("SELECT * FROM events_flat")
    names = [c[0] for c in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def _measures(row: dict, role: str) -> tuple[int, int, int] | None:
    told = (row[f"{role}_best"], row[f"{role}_low"], row[f"{role}_high"])
    return None if told == (None, None, None) else told


@pytest.mark.parametrize("inc", INCIDENTS, ids=[i.name for i in INCIDENTS])
def test_events_flat_gives_the_events_one_figure(store_url, inc):
    with open_store(store_url) as st:
        eid = _fill(st, [inc])[inc.name]
        row = _flat(st)[eid]
        ev = st.event(eid)
    assert ev is not None
    assert (_measures(row, "killed"), _measures(row, "injured"), bool(row["counted"])) == \
        (inc.killed, inc.injured, inc.counted)
    if inc.counted:  # what the ACLED export writes
        assert fatalities(ev) == (inc.killed[0] if inc.killed else 0)


def test_sums_per_country_agree_with_acled_and_the_stats(store_url):
    """The bug this mends: the largest claim (60, not 35) and a total summed with its parts; and events
    that add to no toll (planned, accusations) are left out with ``WHERE counted``."""
    with open_store(store_url) as st:
        _fill(st)
        view = dict(st._x("SELECT country, sum(killed_best) FROM events_flat WHERE counted GROUP BY country").fetchall())
        acled: dict[str, int] = defaultdict(int)
        for ev in st.events():
            acled[ev.location.country if ev.location else ""] += fatalities(ev)
        index = EventIndex(st)
        stats = {c: index.stats(Filters(country=c), daily=())["killed"] for c in ("XN", "XS")}
    assert {c: int(v) for c, v in view.items()} == dict(acled) == stats == {"XN": 35 + 14 + 12 + 4, "XS": 7 + 8}


def test_every_count_is_in_event_figures(store_url):
    """Things too, one row per (item, role): 64 drones launched, 31 and 33 of them its parts, is 64."""
    with open_store(store_url) as st:
        eid = _fill(st, [INCIDENTS[1]])[INCIDENTS[1].name]
        rows = st._x("SELECT item, role, best, low, high, rule FROM event_figures WHERE event_id = ? ORDER BY idx",
                     (eid,)).fetchall()
    assert [tuple(r) for r in rows] == [("person", "killed", 14, 14, 14, "single_claim"),
                                        ("child", "killed", 5, 5, 5, "single_claim"),
                                        ("drone", "launched", 64, 64, 64, "single_claim")]


def test_figures_follow_the_event_when_it_is_made_anew(store_url):
    """A report taken out, a split and a merge by hand: the view reads the events as they are now."""
    disputed = INCIDENTS[0]
    with open_store(store_url) as st:
        eid = _fill(st, [disputed])[disputed.name]
        parts = st.split(eid)
        assert sorted(_measures(_flat(st)[e], "killed") for e in parts) == [(35, 35, 35), (60, 60, 60)]
        joined = st.merge(parts)
        assert _measures(_flat(st)[joined], "killed") == (35, 35, 60)
        assert st.remove_article("a2")  # Hill Brigade's 60
        [(left, killed)] = st._x("SELECT id, killed_best FROM events_flat").fetchall()
        assert killed == 35
        assert st._x("SELECT count(*) FROM event_figures WHERE event_id <> ?", (left,)).fetchone()[0] == 0
        assert st.check() == []


def test_a_store_from_before_event_figures_is_filled_when_opened(store_url):
    """Migration 7 computes the figures of the events already stored."""
    with open_store(store_url) as st:
        _fill(st)
        before = _flat(st)
        for statement in ["DROP VIEW events_flat", "DROP TABLE event_figures",
                          "UPDATE meta SET value = '6' WHERE key = 'schema_version'", "DELETE FROM meta WHERE key = 'views'"]:
            st._x(statement)
    with open_store(store_url) as st:
        assert st.schema_version >= 7
        assert _flat(st) == before
        assert st.check() == []
