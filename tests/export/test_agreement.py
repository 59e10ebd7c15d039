"""The numbers agree everywhere: over a store of 1,000+ generated reports (made up from templates), the
daily report, ``/api/stats`` and the ACLED export's fatalities give the same deaths (and the report and
the stats the same drones launched) for every day and country, and each incident is counted once (its
lowest claim, a total never added to its parts), however many reports, outlets and claimants tell it."""

from __future__ import annotations

import csv
import io
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from sitrep.export.acled import write_acled
from sitrep.export.daily import daily_report
from sitrep.records import Actor, Article, Claim, Claimant, DateWindow, Event, Location, Quantity, Span
from sitrep.store import Store, open_store
from sitrep.web.index import EventIndex, Filters

# invented towns in real countries (the ACLED export names countries by their ISO code)
TOWNS = [
    Location("Velmorsk", "UKR", "UA-63", 49.9, 36.3, "city", "Velmorsk"),
    Location("Ostravinka", "UKR", "UA-12", 48.4, 35.0, "city", "Ostravinka"),
    Location("Dremgorod", "RUS", "RU-BEL", 50.6, 36.6, "city", "Dremgorod"),
    Location("Um Tirkel", "SDN", "SD-DN", 13.6, 25.3, "city", "Um Tirkel"),
    Location("Kessoura", "MLI", "ML-6", 16.7, -3.0, "city", "Kessoura"),
]
SIDES = {"UKR": "RUS", "RUS": "UKR", "SDN": "SDN", "MLI": "MLI"}
CLAIMANTS = ["Interior Office", "Governor Amvel", "Red Ridge Front", "Harbour Police", "City Hospital"]
OUTLETS = ["Kestrel Wire", "Harbour Post", "Lantern Daily"]
FIRST_DAY = date(2031, 4, 1)


@dataclass
class Incident:
    type: str
    status: str
    day: date
    night: bool
    town: Location
    killed: dict[str, int]  # claimant -> the toll it gives
    launched: dict[str, int]  # claimant -> the drones it says were launched (drone attacks), told with two parts
    with_children: bool
    counted: bool  # adds to the day's deaths


def _incidents(rng: random.Random) -> list[Incident]:
    """One incident per (family, day, town): the tests know which reports tell one event."""
    attacks = [("attack.drone", "occurred", True), ("attack.artillery", "occurred", True),
               ("attack.ground", "occurred", True)]  # of one family: any two on one day and place are one
    others = [("protest.demonstration", "planned", False), ("statement.accusation", "occurred", False)]
    out = []
    for offset in range(30):
        for town in TOWNS:
            for type_, status, counted in [rng.choice(attacks), *others]:
                speakers = rng.sample(CLAIMANTS, rng.choice([1, 1, 2, 3]))
                drones = {s: rng.randint(10, 90) for s in speakers} if type_ == "attack.drone" else {}
                out.append(Incident(type_, status, FIRST_DAY + timedelta(days=offset), type_ == "attack.drone",
                                    town, {s: rng.randint(0, 40) for s in speakers}, drones, rng.random() < 0.3,
                                    counted))
    return out


def _window(inc: Incident) -> DateWindow:
    if inc.night:
        return DateWindow((inc.day - timedelta(days=1)).isoformat(), inc.day.isoformat(), "night", "overnight")
    return DateWindow(inc.day.isoformat(), inc.day.isoformat(), "day", "on Monday")


def _report(n: int, inc: Incident, speaker: str, outlet: str) -> tuple[Article, list[Event]]:
    """Report ``n``: ``outlet`` tells ``speaker``'s toll of the incident, with its parts."""
    toll = inc.killed[speaker]
    sentence = (f"Report {n}: {speaker} said {toll} people were killed in {inc.town.name}"
                + (", including two children." if inc.with_children else "."))
    art = Article(text=sentence, published=inc.day, title=f"Report {n}", outlet=outlet,
                  url=f"https://example.org/{n}", source=f"generated/{n}.txt")
    claim = Claim(Claimant(speaker, "government"), "said", None, "asserts", art.id, 0, len(sentence), sentence)
    quantities = [Quantity("person", "killed", toll, "exact", str(toll), 0)]
    if inc.with_children and toll >= 2:
        quantities.append(Quantity("child", "killed", 2, "exact", "two", 0))
    if speaker in inc.launched:  # "launched 60 drones, 35 at the north and 25 at the south": a total, its parts
        total = inc.launched[speaker]
        quantities += [Quantity("drone", "launched", n, "exact", str(n), 0) for n in (total, total // 2, total - total // 2)]
    side = SIDES[inc.town.country or ""]
    ev = Event(type=inc.type, status=inc.status, date=_window(inc), location=inc.town,
               actors=[Actor("initiator", side, side, "military")], quantities=quantities, claims=[claim],
               evidence=[Span(art.id, 0, len(sentence), sentence)], articles=[art.id], confidence=0.7)
    ev.assign_id()
    return art, [ev]


def fill(store: Store, seed: int = 17) -> tuple[int, dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """Store the generated reports; gives how many and each (day, country)'s true deaths and drones
    launched: each incident once, at its lowest claim (one outlet repeating another's claimant is the same
    claim; a total is not added to its parts)."""
    rng = random.Random(seed)
    reports = 0
    truth: dict[tuple[str, str], int] = defaultdict(int)
    drones: dict[tuple[str, str], int] = defaultdict(int)
    for inc in _incidents(rng):
        for speaker in inc.killed:
            for outlet in rng.sample(OUTLETS, rng.choice([1, 2])):
                reports += 1
                store.add_article(*_report(reports, inc, speaker, outlet))
        if inc.counted:
            given = list(inc.killed.values())
            positive = [v for v in given if v > 0]
            truth[(inc.day.isoformat(), inc.town.country or "")] += min(positive) if positive else 0
            drones[(inc.day.isoformat(), inc.town.country or "")] += min(inc.launched.values(), default=0)
    return reports, truth, drones


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict, dict]:
    path = tmp_path_factory.mktemp("agreement") / "generated.db"
    with open_store(path) as store:
        reports, truth, drones = fill(store)
    return path, reports, truth, drones


def _acled_deaths(store: Store) -> dict[tuple[str, str], int]:
    out = io.StringIO()
    write_acled(store.events(), out, store.article)
    names = {"Ukraine": "UKR", "Russia": "RUS", "Russian Federation": "RUS", "Sudan": "SDN", "Mali": "MLI"}
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for row in csv.DictReader(io.StringIO(out.getvalue())):
        sums[(row["event_date"], names[row["country"]])] += int(row["fatalities"])
    return sums


def test_report_stats_and_acled_agree_for_every_day_and_country(generated) -> None:
    path, reports, truth, drones = generated
    assert reports >= 1000
    with open_store(path) as store:
        acled = _acled_deaths(store)
        index = EventIndex(store)
        for country in sorted({t.country or "" for t in TOWNS}):
            stats = index.stats(Filters(country=country), daily=())
            api = dict(zip(stats["daily"]["date"], stats["daily"]["killed"], strict=True))
            launched = dict(zip(stats["daily"]["date"], stats["daily"]["launched"], strict=True))
            for offset in range(30):
                day = FIRST_DAY + timedelta(days=offset)
                key = (day.isoformat(), country)
                brief = daily_report(store, day, country=country)
                assert brief.totals["killed"] == api.get(key[0], 0) == acled.get(key, 0) == truth.get(key, 0), key
                assert brief.totals["launched"] == launched.get(key[0], 0) == drones.get(key, 0), key


def test_one_attack_told_many_times_is_one_event(generated) -> None:
    path, _, _, _ = generated
    with open_store(path) as store:
        attacks = [ev for ev in store.events() if ev.family == "attack"]
    assert len(attacks) == 30 * len(TOWNS)
    assert max(len(ev.articles) for ev in attacks) >= 4  # told by several outlets and claimants


def test_the_flat_view_sums_as_the_export(generated) -> None:
    """``events_flat`` (SQL users, datasette): the deaths of each day and country, ``WHERE counted`` and
    grouped by ``day`` (an overnight attack's morning, as the report counts it), are the ACLED export's."""
    path, _, truth, _ = generated
    with open_store(path) as store:
        acled = _acled_deaths(store)
        rows = store._x("SELECT day, country, sum(killed_best) FROM events_flat WHERE counted "  # type: ignore[attr-defined]
                        "GROUP BY day, country").fetchall()
    view = {(str(day)[:10], country): int(v) for day, country, v in rows if v}
    assert view == {k: v for k, v in acled.items() if v} == {k: v for k, v in truth.items() if v}
