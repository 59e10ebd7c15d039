"""Invented records for the merge tests: one report's telling of an event, built from a few words."""

from __future__ import annotations

from sitrep.records import Actor, Claim, Claimant, DateWindow, Event, Location, Quantity, Span

PLACES = {
    "Odesa": Location("Odesa", "UKR", "UA-51", 46.48, 30.73, "city", "Odesa", 698740),
    "Odesa Oblast": Location("Odesa Oblast", "UKR", "UA-51", 46.6, 30.4, "admin1", "Odesa region", 698738),
    "Kyiv": Location("Kyiv", "UKR", "UA-30", 50.45, 30.52, "city", "Kyiv", 703448),
    "Darnytskyi": Location("Darnytskyi district", "UKR", "UA-30", 50.43, 30.62, "district", "Darnytskyi", None),
    "Lviv": Location("Lviv", "UKR", "UA-46", 49.84, 24.03, "city", "Lviv", 702550),
    "Ukraine": Location("Ukraine", "UKR", None, 49.0, 32.0, "country", "Ukraine", 690791),
    "Belgorod": Location("Belgorod", "RUS", "RU-BEL", 50.61, 36.58, "city", "Belgorod", 578072),
}

# Made-up places of two made-up countries, Northland (XN) and Southland (XS).
TOWNS = {
    "Eastbrook": Location("Eastbrook", "XN", "XN-01", 10.0, 20.0, "city", "Eastbrook", 9100001),
    "Eastbrook Port": Location("Eastbrook Port", "XN", "XN-01", 10.03, 20.02, "city", "Eastbrook Port", 9100002),
    "Westfield": Location("Westfield", "XN", "XN-01", 10.0, 21.0, "city", "Westfield", 9100003),
    "Harbour": Location("Harbour district", "XN", "XN-01", 10.01, 20.01, "district", "the harbour district", None),
    "Farside": Location("Farside district", "XN", "XN-01", 10.0, 20.8, "district", "Farside", None),
    "Northvale": Location("Northvale region", "XN", "XN-01", 10.2, 20.3, "admin1", "the Northvale region", 9100010),
    "Southmoor": Location("Southmoor region", "XN", "XN-02", 11.0, 22.0, "admin1", "Southmoor", 9100011),
    "Northland": Location("Northland", "XN", None, 10.5, 21.0, "country", "Northland", 9100100),
    "Southland": Location("Southland", "XS", None, 5.0, 25.0, "country", "Southland", 9100200),
    "Eastbrook XS": Location("Eastbrook", "XS", "XS-07", 5.0, 24.0, "city", "Eastbrook", 9200001),
}


def record(article: str, type_: str = "attack.drone", place: str | None = "Odesa", start: str = "2025-09-13",
           end: str = "2025-09-14", precision: str = "night", status: str = "occurred",
           initiator: str | None = "RUS", target: str | None = "UKR", killed: int | None = None,
           claimant: str | None = None) -> Event:
    ev = Event(type=type_, status=status, date=DateWindow(start, end, precision, "overnight"),
               location=PLACES[place] if place else None, articles=[article], confidence=0.6)
    if initiator:
        ev.actors.append(Actor("initiator", initiator, initiator, "state"))
    if target:
        ev.actors.append(Actor("target", target, target, "state"))
    text = f"{article}: something happened."
    ev.evidence.append(Span(article, 0, len(text), text))
    if claimant:
        ev.claims.append(Claim(Claimant(claimant, "government", None), "said", None, "asserts", article, 0,
                               len(text), text))
    if killed is not None:
        ev.quantities.append(Quantity("person", "killed", killed, "exact", str(killed),
                                      0 if claimant else None))
    ev.assign_id()
    return ev


def told(type_: str = "attack.drone", place: str | None = "Eastbrook", day: str | None = "2030-03-04",
         until: str | None = None, precision: str = "day", when: str | None = "on Monday",
         status: str = "occurred", article: str = "r1", speakers: tuple[str, ...] = (),
         counts: tuple[tuple[str, int], ...] = (), sides: tuple[tuple[str, str], ...] = ()) -> Event:
    """A record in a made-up report: ``counts`` as (role, number) of people, ``sides`` as (role,
    country), ``speakers`` the claimants' names."""
    ev = Event(type=type_, status=status, date=DateWindow(day, until or day, precision, when),
               location=TOWNS[place] if place else None, articles=[article], confidence=0.5)
    for role, country in sides:
        ev.actors.append(Actor(role, country, country, "state"))
    text = "It happened, they said."
    for name in speakers:
        ev.claims.append(Claim(Claimant(name, "government", None), "said", None, "asserts", article, 0,
                               len(text), text))
    for role, value in counts:
        ev.quantities.append(Quantity("person", role, value, "exact", str(value)))
    ev.evidence.append(Span(article, 0, len(text), text))
    ev.assign_id()
    return ev
