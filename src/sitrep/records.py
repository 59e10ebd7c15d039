"""The one record type shared by the pipeline, the store, the CLI, the API and the exports.

The shape is the contract of ``spec/EVENTS.md``: every class here serialises with
``to_dict()`` to exactly the JSON the spec shows, and reads back with ``from_dict()``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "attack.drone", "attack.missile", "attack.air", "attack.artillery", "attack.ground",
    "attack.explosive", "attack.civilians",
    "territory.change",
    "diplomacy.talks", "diplomacy.call", "diplomacy.proposal", "diplomacy.agreement",
    "diplomacy.rejection", "diplomacy.ceasefire", "diplomacy.sanctions", "diplomacy.aid",
    "prisoners.exchange",
    "statement.accusation", "statement.denial", "statement.threat",
    "disruption.transport", "disruption.communications", "disruption.power",
    "military.mobilization", "humanitarian.evacuation",
    "protest.demonstration", "protest.riot", "arrest",
)
STATUSES: tuple[str, ...] = ("occurred", "ongoing", "agreed", "planned", "proposed", "rejected", "cancelled")
DATE_PRECISIONS: tuple[str, ...] = ("day", "night", "week", "month", "year", "unknown")
PLACE_PRECISIONS: tuple[str, ...] = ("point", "district", "city", "admin1", "country")
ACTOR_ROLES: tuple[str, ...] = ("initiator", "target", "participant", "mediator")
ACTOR_KINDS: tuple[str, ...] = (
    "state", "government", "military", "armed_group", "civilians", "person", "international", "media", "other",
)
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "at_most", "about")
STANCES: tuple[str, ...] = ("asserts", "denies", "disputes")
DAMAGE_OBJECTS: tuple[str, ...] = (
    "residential", "school", "hospital", "industrial", "energy", "power_lines", "transport", "airport",
    "military", "government", "religious", "cultural", "commercial", "agricultural", "other",
)


def family(event_type: str) -> str:
    """The part of a type code before the dot: ``attack.drone`` -> ``attack``."""
    return event_type.split(".", 1)[0]


def stable_hash(*parts: str, length: int = 12) -> str:
    """A short hex digest that is the same on every run and machine (of any string: a lone surrogate, which
    a text that is not valid Unicode may hold until the input gate refuses it, is hashed as it stands)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return h[:length]


def flat_dict(obj: Any) -> dict[str, Any]:
    """A dataclass's fields as a dict, one level deep: ``dataclasses.asdict`` copies every value deeply, which
    the flat records here do not need and which cost a tenth of the time of writing a record's id."""
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


def article_id(text: str) -> str:
    """The stable id of an article: a hash of its text."""
    return "a_" + stable_hash(text)


@dataclass
class Article:
    """One report as read: its text (header removed) and what is known about it."""

    text: str
    published: date
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from (a path, a path:line, a URL)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        d = flat_dict(self)
        d["published"] = self.published.isoformat()
        return d


@dataclass
class DateWindow:
    start: str | None
    end: str | None
    precision: str = "day"
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    text: str | None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid,
            "precision": self.precision, "text": self.text,
        }


@dataclass
class Actor:
    role: str
    name: str
    country: str | None
    kind: str
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Quantity:
    item: str
    role: str
    value: int
    qualifier: str = "exact"
    text: str | None = None
    claim: int | None = None
    article: str | None = None  # set once reports are merged: the article the count was read from

    def to_dict(self) -> dict[str, Any]:
        d = flat_dict(self)
        for optional in ("claim", "article"):
            if d[optional] is None:
                del d[optional]
        return d


@dataclass
class Range:
    """Where claims give different numbers for one count: the spread, and who gives which number."""

    item: str
    role: str
    low: int
    high: int
    quantities: list[int] = field(default_factory=list)  # indexes into the event's quantities

    def to_dict(self) -> dict[str, Any]:
        d = flat_dict(self)
        d["quantities"] = list(self.quantities)
        return d


@dataclass
class Damage:
    object: str
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Claimant:
    name: str
    kind: str
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Span:
    """A stretch of an article's text: ``article_text[start:end] == text``."""

    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return flat_dict(self)


@dataclass
class Claim:
    claimant: Claimant
    verb: str | None
    channel: str | None
    stance: str
    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        d = flat_dict(self)
        d["claimant"] = self.claimant.to_dict()
        return d

    def key(self) -> tuple[str, str, int]:
        return (self.claimant.name.lower(), self.article, self.start)


@dataclass
class Event:
    type: str
    status: str
    date: DateWindow
    location: Location | None
    actors: list[Actor] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    damage: list[Damage] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    confidence: float = 0.5
    id: str = ""
    ranges: list[Range] = field(default_factory=list)
    # the sense model's score (sitrep_sense, 0..1) that the sentence tells an event of the type's
    # family; None where the model did not run. The rules' own ``confidence`` is left as it is.
    sense: float | None = None

    @property
    def family(self) -> str:
        return family(self.type)

    def assign_id(self) -> str:
        """A stable id from everything the record says: its JSON (``to_dict``) without the id. Two records
        that differ in anything (status, actors, counts, claims, evidence, ...) get different ids, so
        none is ever taken for another; the same record read twice gets the same id."""
        said = self.to_dict()
        del said["id"]
        self.id = "ev_" + stable_hash(json.dumps(said, sort_keys=True, ensure_ascii=False))
        return self.id

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "actors": [a.to_dict() for a in self.actors],
            "quantities": [q.to_dict() for q in self.quantities],
            "damage": [d.to_dict() for d in self.damage],
            "claims": [c.to_dict() for c in self.claims],
            "evidence": [e.to_dict() for e in self.evidence],
            "articles": list(self.articles),
            "confidence": round(self.confidence, 3),
        }
        if self.ranges:
            d["ranges"] = [r.to_dict() for r in self.ranges]
        if self.sense is not None:
            d["sense"] = round(self.sense, 3)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        loc = d.get("location")
        return cls(
            id=d.get("id", ""),
            type=d["type"],
            status=d["status"],
            date=DateWindow(**d["date"]),
            location=Location(**loc) if loc else None,
            actors=[Actor(**a) for a in d.get("actors", [])],
            quantities=[Quantity(**q) for q in d.get("quantities", [])],
            damage=[Damage(**x) for x in d.get("damage", [])],
            claims=[
                Claim(**{**c, "claimant": Claimant(**c["claimant"])}) for c in d.get("claims", [])
            ],
            evidence=[Span(**e) for e in d.get("evidence", [])],
            articles=list(d.get("articles", [])),
            confidence=float(d.get("confidence", 0.5)),
            ranges=[Range(**r) for r in d.get("ranges", [])],
            sense=d.get("sense"),
        )
