"""A small store with known contents for the API, browser and export tests.

Eight reports with fifteen records: drone and missile nights in Ukraine and Russia told twice by
different sides (merged, with differing counts), shelling in Sudan, talks with no place, a protest
and arrests in Serbia, a flight disruption, an undated statement.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitrep.records import (
    Actor,
    Article,
    Claim,
    Claimant,
    Damage,
    DateWindow,
    Event,
    Location,
    Quantity,
    Span,
)
from sitrep.store import Store, open_store

KYIV = Location("Kyiv", "UKR", "UA-30", 50.45, 30.52, "city", "Kyiv")
ODESA = Location("Odesa", "UKR", "UA-51", 46.48, 30.72, "city", "Odesa")
MOSCOW_OBL = Location("Moscow Oblast", "RUS", "RU-MOS", 55.75, 37.62, "admin1", "the Moscow region")
BELGOROD = Location("Belgorod", "RUS", "RU-BEL", 50.6, 36.6, "city", "Belgorod")
EL_FASHER = Location("El Fasher", "SDN", "SD-DN", 13.63, 25.35, "city", "El Fasher")
BELGRADE = Location("Belgrade", "SRB", "RS-00", 44.8, 20.47, "city", "Belgrade")


def _night(day: str) -> DateWindow:
    d = date.fromisoformat(day)
    return DateWindow(date.fromordinal(d.toordinal() - 1).isoformat(), day, "night", "overnight")


def _day(day: str, text: str | None = "on Tuesday") -> DateWindow:
    return DateWindow(day, day, "day", text)


def _article(n: int, published: str, text: str, outlet: str) -> Article:
    return Article(text=text, published=date.fromisoformat(published), title=f"Report {n}", outlet=outlet,
                   url=f"https://example.org/{n}", source=f"fixture/{n}.txt")


def _record(art: Article, sentence: str, etype: str, status: str, when: DateWindow, where: Location | None,
            actors: list[Actor], quantities: list[Quantity] = (), claimant: Claimant | None = None,  # type: ignore[assignment]
            damage: list[Damage] = ()) -> Event:  # type: ignore[assignment]
    start = art.text.index(sentence)
    span = Span(art.id, start, start + len(sentence), sentence)
    claims = [Claim(claimant, "said", None, "asserts", art.id, start, start + len(sentence), sentence)] if claimant else []
    qs = [Quantity(q.item, q.role, q.value, q.qualifier, q.text, 0 if claimant else None) for q in quantities]
    ev = Event(type=etype, status=status, date=when, location=where, actors=actors, quantities=qs, damage=list(damage),
               claims=claims, evidence=[span], articles=[art.id], confidence=0.8)
    ev.assign_id()
    return ev


UA_AF = Claimant("Ukraine's air force", "military", "UKR")
RU_MOD = Claimant("Russia's Defence Ministry", "government", "RUS")
GOV = Claimant("regional governor", "government", "RUS")
RUS_I = Actor("initiator", "Russian forces", "RUS", "military", "Russian")
UKR_I = Actor("initiator", "Ukrainian forces", "UKR", "military", "Ukrainian")


def reports() -> list[tuple[Article, list[Event]]]:
    out: list[tuple[Article, list[Event]]] = []
    s1 = "Russia launched 120 drones at Kyiv overnight, and air defences shot down 100 of them, the air force said."
    s2 = "A drone hit a residential building in Odesa overnight, injuring three people."
    a = _article(1, "2025-05-21", f"{s1} {s2}", "Kestrel Wire")
    out.append((a, [
        _record(a, s1, "attack.drone", "occurred", _night("2025-05-21"), KYIV, [RUS_I],
                [Quantity("drone", "launched", 120, text="120"), Quantity("drone", "intercepted", 100, text="100")], UA_AF),
        _record(a, s2, "attack.drone", "occurred", _night("2025-05-21"), ODESA, [RUS_I],
                [Quantity("person", "injured", 3, text="three")], None, [Damage("residential", "residential building")]),
    ]))
    s3 = "Officials in Kyiv said 110 drones had been launched overnight and 98 shot down."
    b = _article(2, "2025-05-21", s3, "Harbour Post")
    out.append((b, [_record(b, s3, "attack.drone", "occurred", _night("2025-05-21"), KYIV, [RUS_I],
                            [Quantity("drone", "launched", 110, text="110"), Quantity("drone", "intercepted", 98, text="98")],
                            Claimant("officials in Kyiv", "government", "UKR"))]))
    s4 = "Russia's Defence Ministry said it had shot down 35 Ukrainian drones over the Moscow region overnight."
    s5 = "Missiles struck Belgorod, killing two people, the regional governor said."
    c = _article(3, "2025-05-22", f"{s4} {s5}", "Kestrel Wire")
    out.append((c, [
        _record(c, s4, "attack.drone", "occurred", _night("2025-05-22"), MOSCOW_OBL,
                [UKR_I, Actor("target", "Russia", "RUS", "state", "Moscow region")],
                [Quantity("drone", "intercepted", 35, text="35")], RU_MOD),
        _record(c, s5, "attack.missile", "occurred", _day("2025-05-22"), BELGOROD, [UKR_I],
                [Quantity("person", "killed", 2, text="two")], GOV),
    ]))
    s6 = "The RSF shelled El Fasher on Monday, killing 12 civilians, including five children, medics said."
    d = _article(4, "2025-06-02", s6, "Nile Courier")
    out.append((d, [_record(d, s6, "attack.artillery", "occurred", _day("2025-06-02", "on Monday"), EL_FASHER,
                            [Actor("initiator", "RSF", "SDN", "armed_group", "RSF")],
                            [Quantity("civilian", "killed", 12, text="12"), Quantity("child", "killed", 5, text="five")],
                            Claimant("medics", "other", None))]))
    s7 = "Delegations from Russia and Ukraine met for talks on Friday and agreed to exchange 1,000 prisoners each."
    e = _article(5, "2025-06-06", s7, "Harbour Post")
    talks_actors = [Actor("participant", "Russia", "RUS", "state", "Russia"),
                    Actor("participant", "Ukraine", "UKR", "state", "Ukraine")]
    out.append((e, [
        _record(e, s7, "diplomacy.talks", "occurred", _day("2025-06-06", "on Friday"), None, talks_actors),
        _record(e, s7, "prisoners.exchange", "agreed", _day("2025-06-06", "on Friday"), None, talks_actors,
                [Quantity("prisoner", "exchanged", 1000, text="1,000")]),
    ]))
    s8 = "Thousands of students protested in Belgrade on Saturday; police detained 14 people."
    f = _article(6, "2025-06-14", s8, "Danube Daily")
    out.append((f, [
        _record(f, s8, "protest.demonstration", "occurred", _day("2025-06-14", "on Saturday"), BELGRADE,
                [Actor("initiator", "students", "SRB", "civilians", "students")]),
        _record(f, s8, "arrest", "occurred", _day("2025-06-14", "on Saturday"), BELGRADE,
                [Actor("initiator", "police", "SRB", "government", "police")],
                [Quantity("person", "detained", 14, text="14")], Claimant("police", "government", "SRB")),
    ]))
    s9 = "Flights at Moscow airports were delayed on Thursday after the drone attacks."
    g = _article(7, "2025-05-22", s9, "Kestrel Wire")
    out.append((g, [_record(g, s9, "disruption.transport", "occurred", _day("2025-05-22", "on Thursday"), MOSCOW_OBL,
                            [], [Quantity("flight", "delayed", 50, "at_least", "dozens")])]))
    s10 = "The ministry denied the reports, without saying when the strike took place."
    h = _article(8, "2025-06-20", s10, "Nile Courier")
    out.append((h, [_record(h, s10, "statement.denial", "occurred", DateWindow(None, None, "unknown", None), None,
                            [Actor("initiator", "the ministry", "SDN", "government", "The ministry")])]))
    return out


def build_store(path: Path) -> Path:
    """Write the fixture store to ``path`` and give it back."""
    with open_store(path) as st:
        fill(st)
    return path


def fill(store: Store) -> None:
    for art, events in reports():
        store.add_article(art, events)
