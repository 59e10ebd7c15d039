"""ACLED's values, not just its columns: made-up events, each row checked against what ACLED would write.

The places are invented towns in real countries (ACLED's country, region and actor names are by country).
"""

from __future__ import annotations

import pycountry
import pytest

from sitrep.export import acled
from sitrep.export.acled import acled_row
from sitrep.lexicon import read_tsv
from sitrep.records import (
    ACTOR_KINDS,
    EVENT_TYPES,
    STATUSES,
    Actor,
    Claim,
    Claimant,
    DateWindow,
    Event,
    Location,
    Quantity,
)

ADMIN1 = {"UA-63": "Northvale Oblast", "ML-7": "Dunavik Region", "RU-BEL": "Sorrelby Oblast"}


class FakeAdmins:
    """Region names as a gazetteer gives them, for invented regions."""

    def admin1(self, code: str) -> str | None:
        return ADMIN1.get(code)

    def admin2(self, geonameid: int) -> str | None:
        return "Tarvosk Raion" if geonameid == 9900001 else None


def made_up(type_: str = "attack.drone", *, status: str = "occurred", country: str = "UKR",
            admin1: str | None = "UA-63", place: str = "Kolmarovo", precision: str = "city",
            place_text: str | None = None, geonameid: int | None = None, when: str = "day",
            actors: tuple[tuple[str, str, str, str | None], ...] = (),
            counts: tuple[tuple[str, str, int, str | None], ...] = ()) -> Event:
    """An invented event: ``actors`` as (role, name, kind, country), ``counts`` as (item, role, value,
    claimant or None for the reporter's own voice)."""
    speakers = list(dict.fromkeys(c[3] for c in counts if c[3]))
    ev = Event(type=type_, status=status, date=DateWindow("2031-04-07", "2031-04-07", when, "on Monday"),
               location=Location(place, country, admin1, 48.1, 36.2, precision, place_text or place, geonameid),
               actors=[Actor(r, n, c, k) for r, n, k, c in actors],
               quantities=[Quantity(i, r, v, "exact", str(v), speakers.index(w) if w else None) for i, r, v, w in counts],
               claims=[Claim(Claimant(w, "government"), "said", None, "asserts", "a1", 0, 4, "said") for w in speakers],
               articles=["a1"])
    ev.assign_id()
    return ev


RU_STRIKE = (("initiator", "Russian forces", "military", "RUS"), ("target", "residents", "civilians", "UKR"))
CASES = [
    # what is told, the event, the ACLED columns it gives
    ("state forces strike civilians", made_up(actors=RU_STRIKE, counts=(("person", "killed", 3, None),)),
     {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
      "actor1": "Military Forces of Russia (2000-)", "inter1": 1, "actor2": "Civilians (Ukraine)", "inter2": 7,
      "interaction": 17, "civilian_targeting": "Civilian targeting", "country": "Ukraine", "region": "Europe",
      "iso": 804, "admin1": "Northvale Oblast", "fatalities": 3, "geo_precision": 1, "time_precision": 1,
      "population_best": ""}),
    ("every drone shot down", made_up(actors=RU_STRIKE[:1], counts=(("drone", "launched", 12, None),
                                                                   ("drone", "intercepted", 12, None))),
     {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
      "sub_event_type": "Disrupted weapons use", "fatalities": 0}),
    ("some drones got through", made_up(actors=RU_STRIKE[:1], counts=(("drone", "launched", 41, None),
                                                                     ("drone", "intercepted", 30, None))),
     {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}),
    ("downed, but debris hurt two", made_up(actors=RU_STRIKE[:1], counts=(("drone", "intercepted", 9, None),
                                                                         ("person", "injured", 2, None))),
     {"sub_event_type": "Air/drone strike"}),
    ("gunmen seize a town", made_up("territory.change", country="MLI", admin1="ML-7", place="Pelmarsk",
                                    actors=(("initiator", "gunmen", "armed_group", "MLI"),)),
     {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
      "actor1": "Unidentified Armed Group (Mali)", "inter1": 2, "interaction": 20, "country": "Mali",
      "region": "Western Africa", "admin1": "Dunavik Region"}),
    ("the army retakes its own town", made_up("territory.change", actors=(
        ("initiator", "Ukrainian troops", "military", "UKR"), ("target", "Russian forces", "military", "RUS"))),
     {"event_type": "Battles", "sub_event_type": "Government regains territory",
      "actor1": "Military Forces of Ukraine (2019-)", "actor2": "Military Forces of Russia (2000-)",
      "interaction": 11}),
    ("an attacking army takes a town abroad", made_up("territory.change", actors=(
        ("initiator", "Russian forces", "military", "RUS"), ("target", "Ukraine", "state", "UKR"))),
     {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": "Military Forces of Ukraine (2019-)"}),
    ("a named rebel group keeps its name", made_up("attack.ground", country="MLI", admin1="ML-7", actors=(
        ("initiator", "the Brezhnyk Liberation Front", "armed_group", "MLI"), ("target", "army", "military", "MLI"))),
     {"actor1": "the Brezhnyk Liberation Front", "inter1": 2, "actor2": "Mali", "inter2": 1, "interaction": 12}),
    ("militants are never bare", made_up("attack.explosive", country="BFA", admin1=None, actors=(
        ("initiator", "Militants", "armed_group", "BFA"),)),
     {"actor1": "Unidentified Armed Group (Burkina Faso)", "region": "Western Africa", "admin1": ""}),
    ("a protest by students", made_up("protest.demonstration", country="SRB", admin1=None, actors=(
        ("initiator", "students", "civilians", "SRB"),)),
     {"disorder_type": "Demonstrations", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Serbia)",
      "assoc_actor_1": "students", "inter1": 6, "interaction": 60}),
    ("a riot", made_up("protest.riot", country="SRB", admin1=None),
     {"event_type": "Riots", "actor1": "Rioters (Serbia)", "inter1": 5, "interaction": 50}),
    ("talks by negotiators", made_up("diplomacy.talks", actors=(
        ("participant", "Russian negotiators", "government", "RUS"),
        ("participant", "Ukrainian delegation", "government", "UKR"))),
     {"actor1": "Government of Russia (2000-)", "actor2": "Government of Ukraine (2019-)"}),
    ("Russia's own name", made_up(country="RUS", admin1="RU-BEL", actors=(
        ("initiator", "Ukraine", "state", "UKR"), ("target", "Russia", "state", "RUS"))),
     {"country": "Russia", "iso": 643, "actor1": "Military Forces of Ukraine (2019-)", "admin1": "Sorrelby Oblast"}),
    ("Palestine", made_up(country="PSE", admin1=None), {"country": "Palestine", "region": "Middle East"}),
    ("Congo", made_up(country="COD", admin1=None),
     {"country": "Democratic Republic of Congo", "region": "Middle Africa"}),
    ("a region", made_up(place="Northvale Oblast", precision="admin1"), {"geo_precision": 3}),
    ("near a town", made_up(place_text="near Kolmarovo"), {"geo_precision": 2}),
    ("a raion the gazetteer knows", made_up(place="Tarvosk Raion", precision="district", geonameid=9900001),
     {"admin2": "Tarvosk Raion", "geo_precision": 1}),
    ("last week", made_up(when="week"), {"time_precision": 2}),
    ("in March", made_up(when="month"), {"time_precision": 3}),
    ("two claimants, two tolls: the conservative one", made_up(counts=(
        ("person", "killed", 35, "security sources"), ("person", "killed", 60, "the armed group"))),
     {"fatalities": 35}),
    ("one claim told twice", made_up(counts=(
        ("person", "killed", 9, "the governor"), ("person", "killed", 9, "the governor"))), {"fatalities": 9}),
    ("none, then a number", made_up(counts=(
        ("person", "killed", 0, "police"), ("person", "killed", 4, "medics"))), {"fatalities": 4}),
    ("a total and its part", made_up(counts=(("civilian", "killed", 14, None), ("child", "killed", 5, None))),
     {"fatalities": 14}),
]


@pytest.mark.parametrize(("event", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_acled_values(event: Event, expected: dict[str, object]) -> None:
    row = acled_row(event, lambda _aid: None, FakeAdmins())
    assert row is not None
    assert {k: row[k] for k in expected} == expected


LEFT_OUT = [
    ("a protest called for next Saturday", made_up("protest.demonstration", status="planned"), "status planned"),
    ("a truce offered", made_up("diplomacy.ceasefire", status="proposed"), "status proposed"),
    ("talks cancelled", made_up("diplomacy.talks", status="cancelled"), "status cancelled"),
    ("a phone call", made_up("diplomacy.call"), "does not code"),
    ("an accusation", made_up("statement.accusation"), "does not code"),
]


@pytest.mark.parametrize(("event", "why"), [c[1:] for c in LEFT_OUT], ids=[c[0] for c in LEFT_OUT])
def test_left_out(event: Event, why: str) -> None:
    assert acled_row(event, lambda _aid: None, FakeAdmins()) is None
    assert why in (acled.why_left_out(event) or "")


def test_no_place_no_row() -> None:
    ev = made_up()
    ev.location = None
    assert acled.why_left_out(ev) == "no country"


@pytest.mark.parametrize("word", ["forces", "Militants", "troops", "gunmen", "the army", "attackers"])
def test_a_bare_word_is_never_an_actor(word: str) -> None:
    for kind in ("military", "armed_group", "state"):
        ev = made_up(country="MLI", admin1=None, actors=(("initiator", word, kind, "MLI"),))
        row = acled_row(ev, lambda _aid: None, FakeAdmins())
        assert row is not None and row["actor1"] not in ("", word)


# -- the data files ----------------------------------------------------------------------------

ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                 "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe",
                 "North America", "Central America", "Caribbean", "South America", "Oceania", "Antarctica"}
ACLED_SUB_EVENTS = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_every_country_has_one_acled_region() -> None:
    rows = read_tsv("acled_regions.tsv")
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) == ISO3
    assert {r[1] for r in rows} <= ACLED_REGIONS


def test_country_names_are_acled_spellings_of_real_codes() -> None:
    rows = read_tsv("acled_countries.tsv")
    assert {r[0] for r in rows} <= ISO3 and len(rows) == len({r[0] for r in rows})
    assert all(r[1] and "," not in r[1] for r in rows)


def test_types_are_acled_types() -> None:
    rows = read_tsv("acled_types.tsv")
    assert {r[0] for r in rows} <= set(EVENT_TYPES)
    for _, disorder, event_type, sub in rows:
        assert sub in ACLED_SUB_EVENTS[event_type]
        assert disorder in {"Political violence", "Demonstrations", "Strategic developments"}


def test_inter_codes_and_labels() -> None:
    inter = {r[0]: int(r[1]) for r in read_tsv("acled_inter.tsv")}
    assert set(inter.values()) <= set(range(1, 9))
    assert set(ACTOR_KINDS) - {"person"} <= set(inter)
    for iso3, branch, label in read_tsv("acled_actors.tsv"):
        assert iso3 in ISO3 and branch in {"military", "police", "government"}
        assert label.endswith("-)") and acled.country_name(iso3) in label


def test_precisions_and_statuses() -> None:
    for column, _, code in read_tsv("acled_precision.tsv"):
        assert column in {"geo_precision", "time_precision"} and int(code) in (1, 2, 3)
    assert {r[0] for r in read_tsv("acled_statuses.tsv")} <= set(STATUSES)
    branches = {r[1] for r in read_tsv("acled_actor_words.tsv") if len(r) > 1 and r[1]}
    assert branches <= {"military", "police", "government"}


def test_figures_from_the_counting_rules_give_the_same_toll() -> None:
    """The swap to ``sitrep.merge.figures``: its figures read through ``from_figures`` give the same."""
    from sitrep.export.figures import Figure, event_people, from_figures

    ev = made_up(counts=(("civilian", "killed", 14, "medics"), ("child", "killed", 5, "medics"),
                         ("person", "injured", 3, None)))
    figures = {("civilian", "killed"): Figure(14, 14, 14), ("child", "killed"): Figure(5, 5, 5),
               ("person", "injured"): Figure(3, 3, 3), ("drone", "launched"): Figure(40, 40, 40)}
    assert from_figures(figures, ev) == event_people(ev)
    planned = made_up("protest.demonstration", status="planned", counts=(("person", "injured", 3, None),))
    assert from_figures(figures, planned) == event_people(planned) == {"killed": None, "injured": None}
