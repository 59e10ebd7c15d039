"""ACLED-style CSV: ACLED's columns, and ACLED's values in them, one row per event.

- Event and sub-event types from ``data/acled_types.tsv``, refined by ``SUB_EVENT_RULES``
  (interceptions are "Disrupted weapons use"; who took ground decides a territory change).
- Country names as ACLED writes them (``acled_countries.tsv``), ACLED's region (``acled_regions.tsv``),
  ``admin1`` the first-level region's name from the gazetteer (GeoNames), ``admin2`` only where the
  event's place is itself a second-level subdivision the gazetteer knows (sitrep does not place towns
  in their county), ``admin3`` always empty.
- Actor names: the record's own name where it names one; a word like "forces" or "gunmen" becomes
  ACLED's label for its kind and country (``ACTOR_RULES``); ``inter1``/``inter2``/``interaction``
  from actor kinds (``acled_inter.tsv``).
- ``geo_precision`` and ``time_precision`` from sitrep's precisions (``acled_precision.tsv``).
- ``fatalities``: the one best killed figure of the event (``sitrep.export.figures``).
- ``population_best`` is left empty: sitrep does not estimate the population near an event.

Left out (counted as such): types ACLED does not code (calls, proposals, accusations...); events
that did not happen (planned, proposed, rejected, cancelled: ``acled_statuses.tsv``); events with
no date or no country (ACLED codes every event to a day and a country).
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Protocol, TextIO

from sitrep.export.figures import event_people
from sitrep.export.table import csv_cell, quantities_text
from sitrep.lexicon import read_tsv
from sitrep.merge.figures import event_day
from sitrep.records import Actor, Article, Event, family

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp", "population_best",
]
DISRUPTED = ("Strategic developments", "Strategic developments", "Disrupted weapons use")


@cache
def _table(name: str) -> dict[str, tuple[str, ...]]:
    return {r[0]: tuple(r[1:]) for r in read_tsv(name)}


def types() -> dict[str, tuple[str, str, str]]:
    """sitrep type -> (disorder type, event type, sub-event type)."""
    return {k: (v[0], v[1], v[2]) for k, v in _table("acled_types.tsv").items()}


TYPES = types()


@cache
def precision_codes() -> dict[tuple[str, str], int]:
    return {(r[0], r[1]): int(r[2]) for r in read_tsv("acled_precision.tsv")}


@cache
def state_labels() -> dict[tuple[str, str], str]:
    """(alpha-3, branch) -> ACLED's name for that state force."""
    return {(r[0], r[1]): r[2] for r in read_tsv("acled_actors.tsv")}


@cache
def demonyms() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in read_tsv("demonyms.tsv")}


def country_name(alpha3: str | None) -> str:
    """"RUS" -> "Russia" (ACLED's name), "UKR" -> "Ukraine" (the ISO name ACLED also uses)."""
    if not alpha3:
        return ""
    acled = _table("acled_countries.tsv").get(alpha3)
    if acled:
        return acled[0]
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3)
    return str(getattr(found, "common_name", None) or found.name) if found else alpha3


def region(alpha3: str | None) -> str:
    """"UKR" -> "Europe", "BFA" -> "Western Africa"."""
    row = _table("acled_regions.tsv").get(alpha3 or "")
    return row[0] if row else ""


def inter_code(kind: str) -> int:
    row = _table("acled_inter.tsv").get(kind)
    return int(row[0]) if row else 8


# -- admin names ------------------------------------------------------------------------------


class AdminNames(Protocol):
    """Names of the subdivisions an event is in: a first-level region by ISO 3166-2 code
    ("UA-63" -> "Kharkiv Oblast"), a second-level one by its GeoNames id."""

    def admin1(self, code: str) -> str | None: ...
    def admin2(self, geonameid: int) -> str | None: ...


class GazetteerAdmins:
    """``AdminNames`` from sitrep's gazetteer: GeoNames' names of the subdivisions themselves (not of a
    named area such as "Galilee" that the gazetteer places on one subdivision's code)."""

    def __init__(self) -> None:
        from sitrep.geo.gazetteer import Gazetteer

        self.gaz = Gazetteer.load()
        self._names: dict[tuple[str, str | int], str | None] = {}

    def _name(self, key: tuple[str, str | int], sql: str) -> str | None:
        if key not in self._names:
            row = self.gaz.db.execute(sql, (key[1],)).fetchone()
            self._names[key] = str(row[0]) if row and row[0] != key[1] else None
        return self._names[key]

    def admin1(self, code: str) -> str | None:
        return self._name(("admin1", code), "SELECT name FROM places WHERE precision = 'admin1' AND admin1 = ? "
                                            "AND geonameid IS NOT NULL AND coalesce(kind, '') NOT LIKE 'region:%' "
                                            "ORDER BY population DESC")

    def admin2(self, geonameid: int) -> str | None:
        """A county or raion (a gazetteer district with a subdivision kind), by its GeoNames id."""
        return self._name(("admin2", geonameid), "SELECT name FROM places WHERE geonameid = ? AND "
                                                 "precision = 'district' AND coalesce(kind, '') != ''")


class NoAdmins:
    """No gazetteer: no names (admin1 and admin2 empty; never an ISO code where ACLED has a name)."""

    def admin1(self, code: str) -> str | None:
        return None

    def admin2(self, geonameid: int) -> str | None:
        return None


# -- sub-event types --------------------------------------------------------------------------

SubEventRule = Callable[[Event, tuple[str, str, str]], tuple[str, str, str] | None]
HARM_ROLES = frozenset({"killed", "injured", "hit", "missing", "displaced"})


def _initiator(ev: Event) -> Actor | None:
    return next((a for a in ev.actors if a.role == "initiator"), None)


def weapons_all_stopped(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Air defences shot down all 12 drones over Eastbrook": nothing hit, no one hurt, nothing
    damaged, and no more launched than stopped; ACLED codes it Strategic developments / Disrupted
    weapons use. "30 of 41 drones were downed" leaves 11 that flew on: a strike."""
    if coded[1] != "Explosions/Remote violence" or ev.damage:
        return None
    if any(q.role in HARM_ROLES for q in ev.quantities):
        return None
    stopped = max((q.value for q in ev.quantities if q.role == "intercepted"), default=None)
    launched = max((q.value for q in ev.quantities if q.role == "launched"), default=0)
    return DISRUPTED if stopped is not None and stopped >= launched else None


def non_state_takes_ground(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"The Northern Front seized Eastbrook": a rebel or militia initiator."""
    who = _initiator(ev)
    if ev.type != "territory.change" or who is None or inter_code(who.kind) in (0, 1):
        return None
    return (coded[0], "Battles", "Non-state actor overtakes territory")


def state_retakes_ground(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Northland's army retook Eastbrook" (a Northland town): the state regains its own ground. A
    state's forces taking a town abroad stay an armed clash (the row of ``acled_types.tsv``)."""
    who, loc = _initiator(ev), ev.location
    if ev.type != "territory.change" or who is None or loc is None or inter_code(who.kind) != 1:
        return None
    if who.country and who.country == loc.country:
        return (coded[0], "Battles", "Government regains territory")
    return None


# -- finer sub-event types from the words of the evidence (``acled_sub_event_words.tsv``)

EVIDENCE_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@cache
def sub_event_cues() -> dict[str, tuple[str, ...]]:
    """Cue list -> its words: "abduction" -> ("abduct", "kidnap", ...)."""
    cues: dict[str, list[str]] = {}
    for row in read_tsv("acled_sub_event_words.tsv"):
        cues.setdefault(row[0], []).append(row[1])
    return {k: tuple(v) for k, v in cues.items()}


def _cue_at(words: list[str], i: int, cue_word: str) -> bool:
    """Whether the words from ``i`` on are the cue's: each word as written, the last one as a start."""
    parts = cue_word.split()
    here = words[i:i + len(parts)]
    return len(here) == len(parts) and here[:-1] == parts[:-1] and here[-1].startswith(parts[-1])


def told(ev: Event, cue: str) -> bool:
    """Whether words of the event's evidence are a cue of the list ("kidnap" starts "kidnapped"), with no
    word of negation just before ("no arrests were made" tells of no arrest)."""
    words = [w for sp in ev.evidence for w in EVIDENCE_WORD.findall(sp.text.lower())]
    negations = set(sub_event_cues()["negation"])
    return any(_cue_at(words, i, c) and not negations & set(words[max(0, i - 2):i])
               for c in sub_event_cues()[cue] for i in range(len(words)))


def _harmed(ev: Event, roles: tuple[str, ...]) -> bool:
    return any(q.role in roles and q.value > 0 for q in ev.quantities)


def a_suicide_bombing(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"A suicide bomber blew himself up at the Eastbrook checkpoint": Suicide bomb."""
    if ev.type != "attack.explosive" or not told(ev, "suicide"):
        return None
    return (coded[0], coded[1], "Suicide bomb")


def a_bomb_defused(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Police defused an IED planted near the Eastbrook school": an explosive made safe before it went off,
    no one hurt, is Disrupted weapons use (a blast that went off and hurt someone stays a bombing). What the
    report names near the bomb ("planted near a school") is where it lay, not damage, so damage is not asked."""
    if ev.type != "attack.explosive" or _harmed(ev, tuple(HARM_ROLES)) or not told(ev, "defusal"):
        return None
    return DISRUPTED


def a_grenade_thrown(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Unknown men threw a grenade into a bar in Eastbrook": Grenade."""
    if ev.type != "attack.explosive" or not told(ev, "grenade"):
        return None
    return (coded[0], coded[1], "Grenade")


def people_taken(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Gunmen abducted six farmers near Eastbrook": Abduction/forced disappearance, unless people were
    also killed ("killed two and abducted five" is an Attack)."""
    if ev.type != "attack.civilians" or _harmed(ev, ("killed",)) or not told(ev, "abduction"):
        return None
    return (coded[0], coded[1], "Abduction/forced disappearance")


def sexual_violence(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Soldiers raped two women near Eastbrook": Sexual violence, unless people were also killed."""
    if ev.type != "attack.civilians" or _harmed(ev, ("killed",)) or not told(ev, "sexual"):
        return None
    return (coded[0], coded[1], "Sexual violence")


def a_mob(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"A mob lynched a suspected thief in Eastbrook": Riots / Mob violence."""
    if ev.type not in ("attack.civilians", "attack.ground", "protest.riot") or not told(ev, "mob"):
        return None
    return ("Political violence", "Riots", "Mob violence")


def property_looted(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Armed men looted shops in Eastbrook", no one hurt: Looting/property destruction."""
    if ev.type != "attack.civilians" or _harmed(ev, ("killed", "injured")) or not told(ev, "looting"):
        return None
    return ("Strategic developments", "Strategic developments", "Looting/property destruction")


def protesters_killed(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Police opened fire on marchers in Eastbrook, killing two", "police beat the marchers with batons,
    injuring 12": a peaceful protest met with deadly force, or with force that maims (``harsh_force``) and
    left people hurt, is Excessive force against protesters."""
    if ev.type != "protest.demonstration" or not (
            _harmed(ev, ("killed",)) or _harmed(ev, ("injured",)) and told(ev, "harsh_force")):
        return None
    return ("Political violence; Demonstrations", "Protests", "Excessive force against protesters")


def a_protest_broken_up(ev: Event, coded: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """"Police dispersed marchers in Eastbrook with tear gas": Protest with intervention, when the crowd
    itself did no violence ("protesters threw stones; police fired tear gas" stays a Violent demonstration)."""
    if ev.type not in ("protest.demonstration", "protest.riot") or not told(ev, "intervention"):
        return None
    if ev.type == "protest.riot" and told(ev, "crowd_violence"):
        return None
    return ("Demonstrations", "Protests", "Protest with intervention")


SUB_EVENT_RULES: tuple[SubEventRule, ...] = (
    weapons_all_stopped, a_bomb_defused, non_state_takes_ground, state_retakes_ground, a_suicide_bombing,
    a_grenade_thrown,
    people_taken, sexual_violence, a_mob, property_looted, protesters_killed, a_protest_broken_up,
)


def acled_type(ev: Event) -> tuple[str, str, str] | None:
    """(disorder type, event type, sub-event type), or None when ACLED does not code the type."""
    coded = TYPES.get(ev.type)
    if coded is None:
        return None
    for rule in SUB_EVENT_RULES:
        found = rule(ev, coded)
        if found is not None:
            return found
    return coded


# -- actors -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side of an ACLED row: its actor, associated actors and code."""

    actor: str = ""
    assoc: str = ""
    inter: int = 0


def _words(name: str) -> list[str]:
    return [w.strip(".,'’").lower() for w in name.replace("'s", " ").split() if w.strip(".,'’")]


def generic_branch(actor: Actor) -> str | None:
    """"Northlandish troops" -> "military"; "gunmen" -> ""; "the Northern Front" -> None (a name).
    A name made only of words that name no one (``acled_actor_words.tsv``), a demonym or country
    name of its own country."""
    words = _table("acled_actor_words.tsv")
    own = {w for w, c in demonyms().items() if c == actor.country} | set(_words(country_name(actor.country)))
    ws = _words(actor.name)
    if actor.name == actor.country or (ws and all(w in words or w in own for w in ws)):
        branches = [words[w][0] for w in ws if w in words and words[w] and words[w][0]]
        return branches[0] if branches else ""
    return None


def _country(actor: Actor, ev: Event) -> str:
    return country_name(actor.country or (ev.location.country if ev.location else None))


ActorRule = Callable[[Actor, Event, str], str | None]


def own_name(actor: Actor, ev: Event, role: str) -> str | None:
    """"Rapid Support Forces", "the Northern Front": the record's name for it."""
    return actor.name if generic_branch(actor) is None and not is_country(actor) else None


def is_country(actor: Actor) -> bool:
    """"Northland" or "NLD" as an actor: the country, not a name of a force."""
    return bool(actor.country) and actor.name in (actor.country, country_name(actor.country))


STATE_BRANCH_BY_FAMILY = {"diplomacy": "government", "statement": "government", "prisoners": "government",
                          "arrest": "police", "protest": "police"}


def state_force(actor: Actor, ev: Event, role: str) -> str | None:
    """"Russian forces" -> "Military Forces of Russia (2000-)"; "Russia" in talks -> "Government of
    Russia (2000-)". Only countries with a row in ``acled_actors.tsv``."""
    if inter_code(actor.kind) != 1 or not actor.country:
        return None
    branch = generic_branch(actor) or STATE_BRANCH_BY_FAMILY.get(family(ev.type), "military")
    return state_labels().get((actor.country, branch))


def civilians(actor: Actor, ev: Event, role: str) -> str | None:
    """"residents" of a Northland town -> "Civilians (Northland)": ACLED names civilians by country only."""
    return f"Civilians ({_country(actor, ev)})" if actor.kind == "civilians" and _country(actor, ev) else None


def unidentified_armed_group(actor: Actor, ev: Event, role: str) -> str | None:
    """"gunmen" in a Northland town -> "Unidentified Armed Group (Northland)"."""
    if inter_code(actor.kind) in (2, 3, 4) and _country(actor, ev):
        return f"Unidentified Armed Group ({_country(actor, ev)})"
    return None


def country_itself(actor: Actor, ev: Event, role: str) -> str | None:
    """"forces" of a country with no ACLED label: the country's name as ACLED writes it."""
    return _country(actor, ev) or None


ACTOR_RULES: tuple[ActorRule, ...] = (civilians, own_name, state_force, unidentified_armed_group, country_itself)


def actor_name(actor: Actor, ev: Event, role: str) -> str:
    """The first of ``ACTOR_RULES`` that names the actor; never a bare "forces"."""
    for rule in ACTOR_RULES:
        found = rule(actor, ev, role)
        if found:
            return found
    return ""


def _actors(ev: Event, role: str) -> list[Actor]:
    if role == "initiator":
        return [a for a in ev.actors if a.role == "initiator"] or [a for a in ev.actors if a.role == "participant"][:1]
    return [a for a in ev.actors if a.role == "target"] or [a for a in ev.actors if a.role == "participant"][1:2]


DEMONSTRATORS = {"protest.demonstration": ("Protesters", 6), "protest.riot": ("Rioters", 5)}


def side(ev: Event, role: str) -> Side:
    """actor1 (``initiator``) or actor2 (``target``). The actor1 of a protest is always "Protesters
    (Country)" coded 6 (of a riot "Rioters (Country)", 5), with any named group as associated actor."""
    actors = _actors(ev, role)
    names = list(dict.fromkeys(n for n in (actor_name(a, ev, role) for a in actors) if n))
    if role == "initiator" and ev.type in DEMONSTRATORS:
        label, code = DEMONSTRATORS[ev.type]
        where = country_name(ev.location.country if ev.location else (actors[0].country if actors else None))
        own = [a.name for a in actors if own_name(a, ev, role)]
        return Side(f"{label} ({where})" if where else label, "; ".join(own), code)
    if not actors:
        return Side()
    return Side(names[0] if names else "", "; ".join(names[1:]), inter_code(actors[0].kind))


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: the two codes, lower first ("12": state forces and rebels); an
    actor alone is its code and 0 ("10")."""
    if inter1 and inter2:
        return int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
    return (inter1 or inter2) * 10


# -- rows -------------------------------------------------------------------------------------


@cache
def happened_statuses() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("acled_statuses.tsv"))


def why_left_out(ev: Event) -> str | None:
    """None when ACLED codes the event; else why not."""
    if ev.type not in TYPES:
        return f"ACLED does not code {ev.type}"
    if ev.status not in happened_statuses():
        return f"status {ev.status}: it did not happen"
    if not ev.date.start:
        return "no date"
    if ev.location is None or not ev.location.country:
        return "no country"
    return None


def geo_precision(ev: Event) -> int:
    """"in Eastbrook" 1, "near Eastbrook" 2, "in the Northvale region" 3."""
    loc = ev.location
    if loc is None:
        return 3
    near = set(_table("acled_near_words.tsv"))
    if loc.precision in ("city", "district", "point") and loc.text and set(_words(loc.text)) & near:
        return precision_codes()[("geo_precision", "near")]
    return precision_codes().get(("geo_precision", loc.precision), 3)


def fatalities(ev: Event) -> int:
    """The event's one best killed figure (0 when no claim gives one)."""
    killed = event_people(ev)["killed"]
    return killed.best if killed else 0


def _notes(ev: Event, day: str) -> str:
    claims = [f"{c.claimant.name} {c.verb or 'said'}: \"{c.text.strip()}\"" if c.stance == "asserts"
              else f"{c.claimant.name} ({c.stance}): \"{c.text.strip()}\"" for c in ev.claims]
    place = f" in {ev.location.name}" if ev.location else ""
    counts = quantities_text(ev)
    notes = f"On {day}, {ev.type} ({ev.status}){place}" + (f": {counts}." if counts else ".")
    if claims:
        notes += " Claims: " + " | ".join(claims)
    elif ev.evidence:
        notes += " " + ev.evidence[0].text.strip()
    return notes


def _place_columns(ev: Event, admins: AdminNames) -> dict[str, Any]:
    loc = ev.location
    assert loc is not None  # why_left_out keeps placeless events out
    admin2 = admins.admin2(loc.geonameid) if loc.precision == "district" and loc.geonameid else None
    return {
        "iso": _numeric(loc.country), "region": region(loc.country), "country": country_name(loc.country),
        "admin1": (admins.admin1(loc.admin1) or "") if loc.admin1 else "", "admin2": admin2 or "", "admin3": "",
        "location": loc.name, "latitude": loc.lat if loc.lat is not None else "",
        "longitude": loc.lon if loc.lon is not None else "", "geo_precision": geo_precision(ev),
    }


def acled_row(ev: Event, article: Callable[[str], Article | None],
              admins: AdminNames | None = None) -> dict[str, Any] | None:
    """The event as an ACLED row, or None when ACLED would not code it (``why_left_out``)."""
    coded = acled_type(ev)
    counted_on = event_day(ev)  # the day the report counts it: an overnight attack's morning
    if coded is None or why_left_out(ev) or counted_on is None:
        return None
    disorder, event_type, sub = coded
    one, two = side(ev, "initiator"), side(ev, "target")
    day = counted_on.isoformat()
    arts = [a for a in (article(aid) for aid in ev.articles) if a is not None]
    outlets = list(dict.fromkeys(a.outlet or a.url or a.id for a in arts))
    civ = ev.type == "attack.civilians" or any(a.kind == "civilians" for a in ev.actors if a.role == "target")
    return {
        "event_id_cnty": ev.id, "event_date": day, "year": int(day[:4]),
        "time_precision": precision_codes().get(("time_precision", ev.date.precision), 3),
        "disorder_type": disorder, "event_type": event_type, "sub_event_type": sub,
        "actor1": one.actor, "assoc_actor_1": one.assoc, "inter1": one.inter,
        "actor2": two.actor, "assoc_actor_2": two.assoc, "inter2": two.inter,
        "interaction": interaction(one.inter, two.inter),
        "civilian_targeting": "Civilian targeting" if civ else "",
        **_place_columns(ev, admins or NoAdmins()),
        "source": "; ".join(outlets), "source_scale": "", "notes": _notes(ev, day), "fatalities": fatalities(ev),
        "tags": f"sitrep confidence {ev.confidence:.2f}; status {ev.status}",
        "timestamp": calendar.timegm(date.fromisoformat(day[:10]).timetuple()), "population_best": "",
    }


def _numeric(alpha3: str | None) -> int:
    """ISO 3166-1 numeric code; 0 where ISO has none (ACLED codes Kosovo 0)."""
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3 or "")
    return int(found.numeric) if found else 0


def write_acled(events: Iterable[Event], out: TextIO, article: Callable[[str], Article | None],
                admins: AdminNames | None = None) -> tuple[int, int]:
    """Write the CSV with a header row; gives (rows written, events left out: ``why_left_out``).
    ``admins`` names the regions (default: the gazetteer's names)."""
    names = admins or GazetteerAdmins()
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    written = skipped = 0
    for ev in events:
        r = acled_row(ev, article, names)
        if r is None:
            skipped += 1
            continue
        w.writerow({k: csv_cell(v) for k, v in r.items()})
        written += 1
    return written, skipped
