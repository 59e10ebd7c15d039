"""Report context decides namesakes (issue 15, kind 4), and the ranking says which feature decided.

The unit cases use invented places ("Alderton", the countries "AAA" and "BBB"); the table of
``NAMESAKES`` reads well-known real names with the context a report would give them (its countries,
most named first, and the regions it names), in sentences of no corpus.
"""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.place import Place
from sitrep.geo.ranking import Query, decided_by, load_config, rank, unknown_population_at_home

HOME_UNKNOWN = Place("Alderton", "AAA", "AA-01", 10.0, 20.0, None, "city", 0)
ABROAD = Place("Alderton", "BBB", "BB-02", 40.0, -70.0, None, "city", 30_000)
HOME_KNOWN = Place("Alderton", "AAA", "AA-01", 10.0, 20.0, None, "city", 400)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# (example, place, the report's countries, points it gets)
UNKNOWN_POPULATION = [
    ("a town of the report's country with no recorded population", HOME_UNKNOWN, ("AAA",), "weight"),
    ("the same town in a report on another country", HOME_UNKNOWN, ("BBB",), 0.0),
    ("a town of the report's country with a population", HOME_KNOWN, ("AAA",), 0.0),
    ("a town abroad", ABROAD, ("AAA",), 0.0),
    ("a report on no country", HOME_UNKNOWN, (), 0.0),
]


@pytest.mark.parametrize(("example", "place", "countries", "expected"), UNKNOWN_POPULATION,
                         ids=[c[0] for c in UNKNOWN_POPULATION])
def test_unknown_population_at_home(example, place, countries, expected):
    w = load_config().weights
    got = unknown_population_at_home(place, "", Query("alderton", countries=countries), w)
    assert got == (w.unknown_population_at_home if expected == "weight" else expected)


def test_a_town_at_home_beats_a_bigger_namesake_abroad():
    """"Alderton" in a report on AAA: the home town the gazetteer has no population for, not the
    town of 30,000 abroad."""
    cfg = load_config()
    ranked = rank([ABROAD, HOME_UNKNOWN], Query("alderton", countries=("AAA",)), cfg)
    assert ranked[0][0] == HOME_UNKNOWN


# (example, candidates best first, the report's countries, the feature that decided)
DECIDED = [
    ("one candidate", [ABROAD], ("AAA",), "only candidate"),
    ("none", [], ("AAA",), "no candidate: no place"),
    ("the report's country", [HOME_KNOWN, ABROAD], ("AAA",), "report_country"),
    ("the bigger town, no context", [ABROAD, HOME_KNOWN], (), "population"),
]


@pytest.mark.parametrize(("example", "ranked", "countries", "feature"), DECIDED, ids=[c[0] for c in DECIDED])
def test_decided_by_names_the_feature(example, ranked, countries, feature):
    assert decided_by(ranked, Query("alderton", countries=countries), load_config().weights) == feature


# (name as written, the report's countries, its regions, fields the reading must have)
NAMESAKES = [
    ("Salisbury", ("GBR",), (), {"country": "GBR"}),
    ("Salisbury", ("USA",), ("US-MD",), {"country": "USA", "admin1": "US-MD"}),
    ("Havana", ("CUB",), (), {"country": "CUB"}),
    ("Atlanta", ("USA",), (), {"country": "USA", "admin1": "US-GA"}),
    ("Georgia", (), (), {"country": "GEO", "precision": "country"}),
    ("Georgia", ("GEO", "RUS"), (), {"country": "GEO", "precision": "country"}),
    ("Washington", ("USA",), (), {"country": "USA", "admin1": "US-DC"}),
    ("Madaya", ("SYR",), (), {"country": "SYR"}),
    ("Madaya", ("MMR",), (), {"country": "MMR"}),
    ("Pokrovsk", ("UKR",), (), {"country": "UKR", "admin1": "UA-14"}),
    ("Pokrovsk", (), (), {"country": "UKR"}),
    ("Tripoli", ("LBN",), (), {"country": "LBN"}),
    ("Tripoli", ("LBY",), (), {"country": "LBY"}),
    ("Alexandria", ("EGY",), (), {"country": "EGY"}),
    ("Alexandria", ("USA",), ("US-VA",), {"country": "USA", "admin1": "US-VA"}),
    ("Donetsk", ("UKR",), (), {"country": "UKR", "precision": "city"}),
    ("Donetsk", ("UKR", "RUS"), (), {"country": "UKR"}),
    ("Paris", ("FRA",), (), {"country": "FRA"}),
    ("Paris", ("USA",), ("US-TX",), {"country": "USA", "admin1": "US-TX"}),
    ("Birmingham", ("GBR",), (), {"country": "GBR"}),
    ("Birmingham", ("USA",), ("US-AL",), {"country": "USA", "admin1": "US-AL"}),
    ("Hyderabad", ("IND",), (), {"country": "IND"}),
    ("Hyderabad", ("PAK",), (), {"country": "PAK"}),
    ("Kharkiv", ("UKR",), (), {"country": "UKR", "precision": "city"}),
    ("Kharkiv region", ("UKR",), (), {"country": "UKR", "precision": "admin1"}),
    ("Sagaing", ("MMR",), (), {"country": "MMR"}),
    ("Idlib", ("SYR",), (), {"country": "SYR"}),
    ("Aleppo", ("SYR",), (), {"country": "SYR", "precision": "city"}),
    ("Sudan", (), (), {"country": "SDN", "precision": "country"}),
    ("Port Sudan", ("SDN",), (), {"country": "SDN", "precision": "city"}),
    ("Mexico", (), (), {"country": "MEX", "precision": "country"}),
    ("Mexico City", (), (), {"country": "MEX", "precision": "city"}),
    ("Kiryat Shmona", ("ISR",), (), {"country": "ISR", "precision": "city"}),
    ("UAE", (), (), {"country": "ARE", "precision": "country"}),
    ("DPRK", (), (), {"country": "PRK", "precision": "country"}),
    ("Ga.", ("USA",), (), {"country": "USA", "admin1": "US-GA"}),
    ("the Middle East", (), (), {"country": None, "precision": "point"}),
    ("Middle East", ("USA",), (), {"country": None, "precision": "point"}),
    ("the Horn of Africa", (), (), {"country": None, "precision": "point"}),
    ("Atlantic", ("USA",), (), {"country": None, "precision": "point"}),
    ("Pacific Ocean", (), (), {"country": None, "precision": "point"}),
    ("Canada", (), (), {"country": "CAN", "precision": "country"}),
]


@pytest.mark.parametrize(("name", "countries", "regions", "fields"), NAMESAKES,
                         ids=[f"{c[0]}-{'-'.join(c[1]) or 'none'}" for c in NAMESAKES])
def test_the_reports_context_decides_a_namesake(gaz, name, countries, regions, fields):
    place = gaz.resolve(name, context_countries=countries, context_admin1=regions)
    assert place is not None
    assert {k: getattr(place, k) for k in fields} == fields


def test_decided_by_on_the_gazetteer(gaz):
    """"Madaya" in a report on Syria: the report's country decided, not the namesake's population."""
    assert gaz.decided_by("Madaya", context_countries=("SYR",)) in ("report_country", "unknown_population_at_home")
    assert gaz.decided_by("Ga.") == "abbreviation"


def test_country_points_are_the_reference_points(gaz):
    """A country's point is GeoNames' reference point where ``country_points.tsv`` gives one (a reader
    expects "Canada" in the west of the prairies' latitude, not 1,000 km east of GeoNames' point)."""
    from sitrep.lexicon import read_tsv

    rows = list(read_tsv("country_points.tsv"))
    assert rows
    for code, lat, lon in rows:
        place = gaz.country(code)
        assert place is not None and (place.lat, place.lon) == (float(lat), float(lon)), code


# (a code, the report's countries, the country it names there, or None)
CODES = [
    ("LA", ("USA",), "USA"),  # a big city's letters, in a report on its country
    ("KL", ("MYS",), "MYS"),
    ("KL", ("USA",), None),  # the same letters in a report on another country stand for something else
    ("LA", ("FRA",), None),
    ("UAE", ("USA",), "ARE"),  # a country's code names it anywhere
]


@pytest.mark.parametrize(("code", "countries", "country"), CODES, ids=[f"{c[0]}-{c[1][0]}" for c in CODES])
def test_a_big_places_code_only_at_home(gaz, code, countries, country):
    place = gaz.resolve(code, context_countries=countries)
    assert (place.country if place else None) == country
