"""May two records be one event? The rules, within one report and across reports.

Within one report, ``sitrep.nlp.events.fold`` folds a report's retellings of one event into
one record; across reports, ``sitrep.merge.cluster`` groups the records of different reports
that tell one event. Both ask the same questions of two records: are the types compatible,
is the status the same, do the dates meet, is it one place, one speaker. Where a question
means the same in both it is one rule here, its threshold a parameter; where a report and a
set of outlets answer it differently (a report names its place once and the same way each
time, outlets name it each in their own words), there are two rules, each saying how it
differs from the other.

This module reads only ``sitrep.records`` and ``sitrep.geo``: the fold, below ``merge`` in
the layers, uses it. Thresholds come from ``data/merge.toml``: ``[fold]`` for within a
report (``FoldConfig``), ``[merge]`` for across reports (``sitrep.merge.config.MergeConfig``,
read here through ``MergeThresholds``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Any, Protocol

from sitrep.geo.distance import km
from sitrep.records import Event, Location, family

PLACE_RANK = {"point": 0, "district": 1, "city": 2, "admin1": 3, "country": 4}
HAPPENING = frozenset({"occurred", "ongoing"})


def default_settings(table: str) -> dict[str, Any]:
    """One table of sitrep's own ``data/merge.toml``."""
    text = resources.files("sitrep.data").joinpath("merge.toml").read_text("utf-8")
    settings: dict[str, Any] = tomllib.loads(text)[table]
    return settings


# -- the same rule within a report and across reports ----------------------------------------


def same_status(a: Event, b: Event) -> bool:
    """"a rally called for Sunday" is not "the rally turned into a riot on Friday"; "the siege
    goes on" and "the town was besieged" are one (occurred and ongoing are one)."""
    return a.status == b.status or (a.status in HAPPENING and b.status in HAPPENING)


def same_type(a: Event, b: Event) -> bool:
    """"drones struck the port" and "the drone strike on the port"."""
    return a.type == b.type


# -- within one report --------------------------------------------------------------------


@dataclass(frozen=True)
class FoldConfig:
    """The thresholds of folding within one report: ``[fold]`` in ``data/merge.toml``."""

    slack_days: int
    attack_slack_days: int
    inferred_place_slack_days: int
    retold_counts_slack_days: int
    country_lede_slack_days: int
    region_lede_slack_days: int
    opening_slack_days: int
    vague_week_slack_days: int
    loose_families: frozenset[str]
    apart_types: frozenset[str]
    wave_roles: frozenset[str]
    nested_place_km: float
    carried_day_families: frozenset[str]

    @classmethod
    def load(cls) -> FoldConfig:
        raw = default_settings("fold")
        return cls(
            slack_days=int(raw["slack_days"]),
            attack_slack_days=int(raw["attack_slack_days"]),
            inferred_place_slack_days=int(raw["inferred_place_slack_days"]),
            retold_counts_slack_days=int(raw["retold_counts_slack_days"]),
            country_lede_slack_days=int(raw["country_lede_slack_days"]),
            region_lede_slack_days=int(raw["region_lede_slack_days"]),
            opening_slack_days=int(raw["opening_slack_days"]),
            vague_week_slack_days=int(raw["vague_week_slack_days"]),
            loose_families=frozenset(raw["loose_families"]),
            apart_types=frozenset(raw["apart_types"]),
            wave_roles=frozenset(raw["wave_roles"]),
            nested_place_km=float(raw["nested_place_km"]),
            carried_day_families=frozenset(raw["carried_day_families"]),
        )


def windows_overlap(a: Event, b: Event, slack_days: int = 0) -> bool:
    """"shelled on Monday" and "the shelling of Monday and Tuesday" meet; with one day of slack,
    so do "on Monday" and "on Tuesday". A record with no date meets any.

    Across reports dates are not matched by overlap: records are compared only with those of
    their day (``when_key``), and the very same window scores (``dates_agree``)."""
    if not (a.date.start and b.date.start and a.date.end and b.date.end):
        return True
    a0, a1 = date.fromisoformat(a.date.start), date.fromisoformat(a.date.end)
    b0, b1 = date.fromisoformat(b.date.start), date.fromisoformat(b.date.end)
    pad = timedelta(days=slack_days)
    return a0 <= b1 + pad and b0 <= a1 + pad


def types_fold_together(a: Event, b: Event, cfg: FoldConfig) -> bool:
    """"drones and missiles struck the port" told as a drone strike and a missile strike is one
    wave; "a rally that turned into a riot" is one protest; a ground assault is never the strike.

    Looser than across reports (``types_agree``): there, only the listed related types join,
    or two types of one family at the very same spot; within a report, at one place and time,
    any two types of a loose family but ``apart_types`` fold together."""
    if same_type(a, b):
        return True
    fam = family(a.type)
    return fam == family(b.type) and fam in cfg.loose_families and not {a.type, b.type} & cfg.apart_types


def same_named_place(a: Event, b: Event) -> bool:
    """"in Eastbrook ... the Eastbrook strike": the same place by its country, region and name,
    or both with no place; a country-wide record is only ever the same as another of that country.

    Stricter than across reports (``places_agree``), where outlets name one place differently:
    there a district meets its city, a town its region, and two entries a few km apart are one."""
    return same_named_location(a.location, b.location)


def same_named_location(la: Location | None, lb: Location | None) -> bool:
    """``same_named_place`` for two places."""
    if la is None or lb is None:
        return la is None and lb is None
    if la.precision == "country" or lb.precision == "country":
        return la.precision == lb.precision and la.country == lb.country
    return (la.country, la.admin1, la.name) == (lb.country, lb.admin1, lb.name)


def same_speaker(a: Event, b: Event) -> bool:
    """"the ministry accused the rebels ... the ministry's accusation": two accusations or denials
    are one only when one party makes them; a retelling that names no speaker may be either.

    Looser than across reports (``speakers_agree``): a report's later mention of a statement
    often drops who made it, so no named speaker on either side does not part them; the names
    must match as written."""
    if family(a.type) != "statement":
        return True
    names = {c.claimant.name.lower() for c in a.claims}
    return not names or not b.claims or any(c.claimant.name.lower() in names for c in b.claims)


def told_apart(a: Event, b: Event) -> bool:
    """"Guards arrested nine men on Monday ... On Wednesday a judge freed them": two days the
    report names, one for each record, are two events; so are a night and a day ("arrested a man on
    Friday night ... He was charged on Sunday": a night runs into the next morning, no further)."""
    return bool(a.date.text and b.date.text) and {a.date.precision, b.date.precision} <= DAY_PRECISIONS \
        and not windows_overlap(a, b)


DAY_PRECISIONS = frozenset({"day", "night"})  # windows told to the day: a night is one evening and its morning


def counts_conflict(a: Event, b: Event) -> bool:
    """"four were hurt" and "six were hurt": the same count told with another number."""
    have = {(q.item, q.role): q.value for q in a.quantities}
    return any(have.get((q.item, q.role), q.value) != q.value for q in b.quantities)


def place_within(broad: Event, specific: Event) -> bool:
    """"strikes across the country ... in Eastbrook": is ``specific``'s place inside ``broad``'s
    (a town in the country or in the region the lede names)? By country and region codes;
    across reports ``inside_region`` and ``near_broader`` also weigh the distance."""
    lb, ls = broad.location, specific.location
    if lb is None or ls is None or lb.country != ls.country or ls.precision == "country":
        return False
    return lb.precision == "country" or (lb.precision == "admin1" and lb.admin1 == ls.admin1 and ls.precision != "admin1")


def retold(broad: Event, specific: Event, lede_only: bool, cfg: FoldConfig) -> bool:
    """The lede's "a strike in the north of the country killed three" is the Eastbrook strike the
    report tells later: the broad record's counts all come back in the specific one, or the
    broad record is only in the lede and its dates meet (a country-wide lede with no counts of
    its own, a region's lede whose counts do not disagree)."""
    if not place_within(broad, specific) or broad.type != specific.type:
        return False
    have = {(q.item, q.role, q.value) for q in specific.quantities}
    if broad.quantities and all((q.item, q.role, q.value) in have for q in broad.quantities):
        return windows_overlap(broad, specific, cfg.retold_counts_slack_days)
    if not lede_only or broad.location is None:
        return False
    if broad.location.precision == "country":
        return not broad.quantities and windows_overlap(broad, specific, cfg.country_lede_slack_days)
    return not counts_conflict(specific, broad) and windows_overlap(broad, specific, cfg.region_lede_slack_days)


def wave_total(ev: Event, cfg: FoldConfig) -> bool:
    """"air defences stopped 30 of the 41 drones launched overnight": a count of the whole wave,
    which is the country's record, not the town's told just before."""
    return any(q.role in cfg.wave_roles for q in ev.quantities)


# -- across reports -----------------------------------------------------------------------


class MergeThresholds(Protocol):
    """What the rules across reports read of ``MergeConfig`` (``[merge]`` in data/merge.toml)."""

    @property
    def related_types(self) -> tuple[frozenset[str], ...]: ...
    @property
    def loose_families(self) -> frozenset[str]: ...
    @property
    def same_place_km(self) -> float: ...
    @property
    def inside_km(self) -> float: ...
    @property
    def country_level_alone(self) -> bool: ...
    @property
    def placeless_families(self) -> frozenset[str]: ...
    @property
    def placeless_needs_actor(self) -> bool: ...
    @property
    def stateless_kinds(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class Finding:
    """What one rule found about two records: ``reason``, shown by ``sitrep event``; the name
    of the weight in ``[merge.weights]`` it adds to their score ("" adds nothing); or that
    they cannot be one event (``apart``)."""

    reason: str
    weight: str = ""
    apart: bool = False


def apart(reason: str = "") -> Finding:
    return Finding(reason, apart=True)


PairRule = Callable[[Event, Event, MergeThresholds], Finding | None]
PlaceRule = Callable[[Location, Location, MergeThresholds], Finding | None]


def when_key(ev: Event) -> tuple[str, ...]:
    """The day a record is compared on: "overnight" counts for the morning it ends on, so it
    meets "on Thursday" (the morning after); a vaguer window ("last month") only meets the same
    window; a record with no date meets nothing but itself."""
    d = ev.date
    if not d.start or not d.end:
        return ("x", ev.id)
    if d.precision == "night":
        return ("d", d.end)
    if d.start == d.end:
        return ("d", d.start)
    return ("w", d.start, d.end, d.precision)


def article_of(ev: Event) -> str:
    return ev.articles[0] if ev.articles else ""


def same_report(a: Event, b: Event) -> bool:
    """Two records of one report are two events: the report's fold has already joined its
    retellings; except the two ends of one road (``one_stretch_of_road``)."""
    return article_of(a) == article_of(b) and not one_stretch_of_road(a, b)


def one_stretch_of_road(a: Event, b: Event) -> bool:
    """"A roadside bomb exploded between Eastbrook and Westfield": a report read as a bomb at
    each town, from one sentence, of one type and day; one event."""
    same_sentence = {(s.article, s.start) for s in a.evidence} & {(s.article, s.start) for s in b.evidence}
    return bool(same_sentence) and a.type == b.type and when_key(a) == when_key(b) and on_the_road_between(a, b)


def distance_km(a: Location, b: Location) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return km((a.lat, a.lon), (b.lat, b.lon))


def gazetteer_ids(name: str) -> set[int]:
    """The gazetteer entries (GeoNames ids) that have ``name`` among their names."""
    from sitrep.geo.gazetteer import Gazetteer

    return {p.geonameid for p in Gazetteer.load().lookup(name) if p.geonameid is not None}


TOWN_PRECISIONS = frozenset({"point", "district", "city"})


def second_name(la: Location, lb: Location, ids_of: Callable[[str], set[int]] = gazetteer_ids) -> bool:
    """"Nikolaev" (one report, placed at a namesake elsewhere) and "Mykolaiv" (another): the words one
    report wrote are another name of the other's gazetteer entry. Not when they are the other's own
    name: "Eastbrook" in two countries is two towns."""
    if la.precision not in TOWN_PRECISIONS or lb.precision not in TOWN_PRECISIONS:
        return False
    for x, y in ((la, lb), (lb, la)):
        said = (x.text or x.name).strip()
        if y.geonameid is not None and said.lower() not in _place_names(y) and y.geonameid in ids_of(said):
            return True
    return False


def same_spot(a: Event, b: Event, cfg: MergeThresholds) -> bool:
    """"Eastbrook" and "Eastbrook" (or two entries for the town, ``same_place_km`` apart, or one
    town by two names) below country level."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.precision == "country" or lb.precision == "country":
        return False
    if la.geonameid is not None and la.geonameid == lb.geonameid or second_name(la, lb):
        return True
    d = distance_km(la, lb)
    return la.precision == lb.precision and d is not None and d <= cfg.same_place_km


def one_type(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"a drone strike on the port" and "drones struck the port"."""
    return Finding(f"same type {a.type}", "same_type") if same_type(a, b) else None


def related_type(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"a drone strike on the port" and "a missile hit the port": outlets name weapons differently."""
    if any(a.type in g and b.type in g for g in cfg.related_types):
        return Finding(f"related types {a.type} / {b.type}", "related_type")
    return None


def one_family_one_spot(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"shelling of Eastbrook" and "strikes on Eastbrook": any two types of a loose family, at the
    very same place."""
    if family(a.type) == family(b.type) and family(a.type) in cfg.loose_families and same_spot(a, b, cfg):
        return Finding(f"{a.type} / {b.type} at the very same place", "same_family")
    return None


TYPE_RULES: tuple[PairRule, ...] = (one_type, related_type, one_family_one_spot)


def types_agree(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """The first of ``TYPE_RULES`` that joins the types, else apart ("a drone strike" / "a riot").
    Stricter than within a report (``types_fold_together``)."""
    for rule in TYPE_RULES:
        found = rule(a, b, cfg)
        if found is not None:
            return found
    return apart(f"types differ: {a.type} / {b.type}")


def status_agrees(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """``same_status``: "talks planned for May" are not "talks were held"."""
    return None if same_status(a, b) else apart(f"status differs: {a.status} / {b.status}")


def placeless(a: Event, b: Event, cfg: MergeThresholds) -> Finding:
    """"talks resumed" with no place: in the families often told without one, one event with
    another record when they share a named actor; an attack with no place could be any town."""
    if family(a.type) not in cfg.placeless_families:
        return apart()
    if cfg.placeless_needs_actor and not shared_actor(a, b):
        return apart()
    which = "neither gives a place" if a.location is b.location else "one gives no place"
    return Finding(which + ", they share an actor", "no_place")


def two_names_one_town(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """``second_name``: "Nikolaev" and "Mykolaiv" are one town, wherever a report placed the first."""
    if second_name(la, lb):
        return Finding(f"{la.text or la.name} is also called {lb.text or lb.name}", "same_place")
    return None


def other_countries(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """"Eastbrook" in one country and "Eastbrook" in another."""
    return apart() if la.country and lb.country and la.country != lb.country else None


def one_place(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """"Eastbrook" and "eastbrook", or two names of one gazetteer entry."""
    same_id = la.geonameid is not None and la.geonameid == lb.geonameid
    if same_id or (la.name.lower() == lb.name.lower() and la.country == lb.country):
        return Finding(f"same place {la.name}", "same_place")
    return None


def country_wide(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """"drones launched across the country" (a national total) is not the strike on Eastbrook,
    unless ``country_level_alone`` is off: then the town is inside the country. Two country-wide
    records are one only by ``one_place``."""
    if "country" not in (la.precision, lb.precision):
        return None
    if cfg.country_level_alone or la.precision == lb.precision:
        return apart()
    return Finding("inside the country", "inside_place")


def one_level_near(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """Two towns: one place when within ``same_place_km`` ("Eastbrook" and "Eastbrook Port"),
    else two."""
    if PLACE_RANK.get(la.precision, 2) != PLACE_RANK.get(lb.precision, 2):
        return None
    d = distance_km(la, lb)
    if d is not None and d <= cfg.same_place_km:
        return Finding(f"{la.name} and {lb.name} are {d:.0f} km apart", "same_place")
    return apart()


def _place_names(loc: Location) -> set[str]:
    return {n.lower() for n in (loc.name, loc.text) if n}


def _told_texts(ev: Event) -> list[str]:
    return [s.text.lower() for s in ev.evidence] + [c.text.lower() for c in ev.claims]


def on_the_road_between(a: Event, b: Event) -> bool:
    """"a roadside bomb on the road between Eastbrook and Westfield" (one report, placed at one
    town) and "a bomb near Westfield" (another): a sentence of either names both places as the
    two ends of one stretch, so each is the place of the one event."""
    la, lb = a.location, b.location
    if la is None or lb is None or la.country != lb.country:
        return False
    pairs = [(x, y) for x in _place_names(la) for y in _place_names(lb) if x != y]
    texts = _told_texts(a) + _told_texts(b)
    return any(f"between {x} and {y}" in t or f"between {y} and {x}" in t for x, y in pairs for t in texts)


def between_places(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """``on_the_road_between``: one place, told by its two ends."""
    if on_the_road_between(a, b):
        la, lb = a.location, b.location
        assert la is not None and lb is not None
        return Finding(f"between {la.name} and {lb.name}", "same_place")
    return None


def broad_and_narrow(la: Location, lb: Location) -> tuple[Location, Location]:
    return (la, lb) if PLACE_RANK.get(la.precision, 2) > PLACE_RANK.get(lb.precision, 2) else (lb, la)


def inside_region(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """"Eastbrook" and "the Northvale region" that holds it (by region code)."""
    broad, narrow = broad_and_narrow(la, lb)
    if broad.precision != "admin1":
        return None
    if broad.admin1 and broad.admin1 == narrow.admin1:
        return Finding(f"{narrow.name} is in {broad.name}", "inside_place")
    return apart()


def near_broader(la: Location, lb: Location, cfg: MergeThresholds) -> Finding | None:
    """"the harbour district" and "Eastbrook", within ``inside_km`` of each other."""
    broad, narrow = broad_and_narrow(la, lb)
    d = distance_km(la, lb)
    if d is not None and d <= cfg.inside_km:
        return Finding(f"{narrow.name} is {d:.0f} km from {broad.name}", "inside_place")
    return apart()


PLACE_RULES: tuple[PlaceRule, ...] = (two_names_one_town, other_countries, one_place, country_wide, one_level_near, inside_region,
                                      near_broader)


def places_agree(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """The first of ``PLACE_RULES`` that decides, given both records name a place (else
    ``placeless``). Looser than within a report (``same_named_place``)."""
    la, lb = a.location, b.location
    found = placeless(a, b, cfg) if la is None or lb is None else \
        between_places(a, b, cfg) or _first_place_rule(la, lb, cfg)
    if found.apart:
        na = la.name if la else "no place"
        nb = lb.name if lb else "no place"
        return apart(f"places differ: {na} / {nb}")
    return found


def _first_place_rule(la: Location, lb: Location, cfg: MergeThresholds) -> Finding:
    for rule in PLACE_RULES:
        found = rule(la, lb, cfg)
        if found is not None:
            return found
    return apart()


def countries_of(ev: Event, role: str, stateless: frozenset[str] = frozenset()) -> set[str]:
    """The countries of the actors in ``role``, but for those of a ``stateless`` kind: an armed
    group's country says little ("a Mali-based group" attacking in Burkina Faso, placed by its base
    in one report and by the attack in another), so it does not part two records."""
    return {a.country for a in ev.actors if a.role == role and a.country and a.kind not in stateless}


def swapped(a: Event, b: Event, cfg: MergeThresholds) -> bool:
    """"Northland struck Southland" and "Southland struck Northland": each one's initiator is the
    other's target."""
    def sides(ev: Event, role: str) -> set[str]:
        return countries_of(ev, role, cfg.stateless_kinds)

    return bool(sides(a, "initiator") & sides(b, "target")) and bool(sides(a, "target") & sides(b, "initiator"))


def sides_agree(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"Northland struck Southland" is not "Southland struck Northland"; a side left out is not a
    different side, and talks between two pairs of parties are two talks. At the very same spot,
    one type on one day, sides that differ without being swapped are one report's misreading ("a
    Northland-based group killed 30 soldiers" read as Northland's soldiers): one event."""
    for role in ("initiator", "target"):
        ca, cb = countries_of(a, role, cfg.stateless_kinds), countries_of(b, role, cfg.stateless_kinds)
        if ca and cb and not ca & cb:
            if same_type(a, b) and same_spot(a, b, cfg) and not swapped(a, b, cfg):
                return Finding(f"{role}s differ ({'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))}) at one spot")
            return apart(f"{role}s differ: {'/'.join(sorted(ca))} vs {'/'.join(sorted(cb))}")
    pa, pb = countries_of(a, "participant"), countries_of(b, "participant")
    if len(pa) >= 2 and len(pb) >= 2 and not pa & pb:
        return apart("participants differ")
    return None


def actor_names(ev: Event) -> set[str]:
    return {a.name.lower() for a in ev.actors} | {a.country for a in ev.actors if a.country}


def shared_actor(a: Event, b: Event) -> bool:
    return bool(actor_names(a) & actor_names(b))


def claimants(ev: Event) -> set[str]:
    return {c.claimant.name.lower() for c in ev.claims} | {c.claimant.country for c in ev.claims if c.claimant.country}


def speakers_agree(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"the ministry denied it" and "the army denied it" are two denials.

    Stricter than within a report (``same_speaker``): each outlet names who spoke, so two
    statements must share a speaker, by name or by country; none named is no match."""
    if family(a.type) == "statement" and not claimants(a) & claimants(b):
        return apart("statements by different speakers")
    return None


def dates_agree(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """"overnight into Tuesday" in both scores; "overnight" and "on Tuesday" meet on the day
    (they were compared because their ``when_key`` is the same)."""
    if (a.date.start, a.date.end) == (b.date.start, b.date.end):
        return Finding(f"same date window {a.date.start}..{a.date.end}", "same_window")
    return Finding(f"same day {when_key(a)[-1]}")


def actors_shared(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """Both name "the Northland army"."""
    if not shared_actor(a, b):
        return None
    return Finding("shared actor " + ", ".join(sorted(actor_names(a) & actor_names(b)))[:80], "shared_actor")


def claimants_shared(a: Event, b: Event, cfg: MergeThresholds) -> Finding | None:
    """Both quote "the regional governor"."""
    return Finding("shared claimant", "shared_claimant") if claimants(a) & claimants(b) else None


PAIR_RULES: tuple[PairRule, ...] = (types_agree, status_agrees, places_agree, sides_agree, speakers_agree,
                                    dates_agree, actors_shared, claimants_shared)
"""May two records of different reports be one event: the rules in order. The first that finds
them apart decides; the others' findings add up to their score."""
