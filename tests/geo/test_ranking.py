"""The gazetteer's ranking (geo/ranking.py): each filter and each feature on invented places.

The places are made up ("Alderton", the country "AAA"); no gazetteer is needed. Expected points
are written with the weights' names, so the cases hold whatever ``data/geo.toml`` says.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import fields
from importlib import resources

import pytest

from sitrep.geo.place import Place
from sitrep.geo.ranking import (
    FEATURES,
    TOWNS_REGION,
    WEAK,
    Query,
    Thresholds,
    Weights,
    asked_kind,
    capital,
    common_words_abroad,
    country_name,
    county,
    distinct_not_weak_districts,
    hamlets_named_like_regions,
    load_config,
    named_region,
    names_county,
    near_places,
    rank,
    region,
    region_of_its_town,
    region_word,
    report_country,
    score,
    sea_or_point,
    towns_abroad,
    weak_name,
)


def town(name: str = "Alderton", country: str = "AAA", admin1: str | None = "AA-01", pop: int = 5_000,
         lat: float = 10.0, lon: float = 20.0) -> Place:
    return Place(name, country, admin1, lat, lon, None, "city", pop)


def area(name: str, precision: str, country: str | None = "AAA", admin1: str | None = "AA-01",
         pop: int = 1_000_000) -> Place:
    return Place(name, country, admin1, 11.0, 21.0, None, precision, pop)


ALDERTON = town()
ALDERTON_ABROAD = town(country="BBB", admin1="BB-02")
BIG_ABROAD = town("Alderton", "BBB", "BB-02", pop=900_000)
REGION = area("Alderton Oblast", "admin1")
COUNTY = area("Alderton County", "district", pop=40_000)
WEST_REGION = area("West Region", "admin1", country="BBB", admin1="BB-05")
WEST_TOWN = town("West", "AAA", "AA-03", pop=2_000)
GULF_PROVINCE = area("Gulf Province", "admin1", country="CCC", admin1="CC-04")
COUNTRY = area("Aldertonia", "country", admin1=None)
SEA = Place("Alder Sea", None, None, 40.0, 30.0, None, "point", 0)
HAMLET = town("Brindle", pop=120)
BRINDLE_STATE = area("Brindle", "admin1", admin1="AA-02", pop=3_000_000)


@pytest.fixture(scope="module")
def w() -> Weights:
    return load_config().weights


@pytest.fixture(scope="module")
def t() -> Thresholds:
    return load_config().thresholds


# (example, feature, place, kind, query, points the feature adds)
FEATURE_CASES: list[tuple[str, Callable, Place, str, Query, Callable[[Weights], float]]] = [
    ("Aldertonia, the country", country_name, COUNTRY, "", Query("aldertonia"), lambda w: w.country),
    ("Alderton, a town, is no country", country_name, ALDERTON, "", Query("alderton"), lambda w: 0.0),
    ("the capital in a report on its country", capital, ALDERTON, "capital", Query("alderton", countries=("AAA",)),
     lambda w: w.capital_at_home),
    ("the capital in a report on nowhere", capital, ALDERTON, "capital", Query("alderton"),
     lambda w: w.capital_at_home),
    ("the capital in a report on another country", capital, ALDERTON, "capital",
     Query("alderton", countries=("BBB",)), lambda w: w.capital_abroad),
    ("a capital by an old or foreign name only: no capital's points", capital, ALDERTON, "capital",
     Query("alderton", weak=frozenset({ALDERTON})), lambda w: 0.0),
    ("the Alder Sea", sea_or_point, SEA, "sea", Query("alder sea"), lambda w: w.sea),
    ("the Alder Sea region: the region, not the sea", sea_or_point, SEA, "sea",
     Query("alder sea", hint="admin1"), lambda w: w.point),
    ("a continent", sea_or_point, SEA, "continent", Query("alder sea"), lambda w: w.point),
    ("Alderton Oblast, a region", region, REGION, "oblast", Query("alderton"), lambda w: w.admin1),
    ("the Alderton region asks for the region", region_word, REGION, "oblast",
     Query("alderton", hint="admin1"), lambda w: w.region_word),
    ("the Alderton region: not the city that is a region of its own", region_word, REGION, "city",
     Query("alderton", hint="admin1"), lambda w: w.region_word - w.region_word_city),
    ("Alderton alone: the city, not the city's own region", region_word, REGION, "city",
     Query("alderton", cities=frozenset({"AA-01"})), lambda w: -w.city_region),
    ("Alderton alone: the big city, not the province named like it", region_word, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-01"}), big_cities=frozenset({"AA-01"})), lambda w: -w.city_region),
    ("Alderton beside another town of the province: the province", region_word, REGION, "oblast",
     Query("alderton", admin1s=("@AA-01",), cities=frozenset({"AA-01"}), big_cities=frozenset({"AA-01"})),
     lambda w: 0.0),
    ("Alderton with only a small town of its name: the province", region_word, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-01"})), lambda w: 0.0),
    ("Alderton County asked for by its word", county, COUNTY, "county",
     Query("alderton county", hint="admin1", county=True), lambda w: w.county_word),
    ("Alderton alone: the town before its county", county, COUNTY, "county", Query("alderton"),
     lambda w: -w.district),
    ("a town known by the name in another language only", weak_name, ALDERTON, "",
     Query("alderton", weak=frozenset({ALDERTON})), lambda w: -w.weak_town),
    ("a region known by the name as an alias only", weak_name, REGION, "",
     Query("alderton", weak=frozenset({REGION})), lambda w: -w.weak_other),
    ("a town in the report's first country", report_country, ALDERTON, "",
     Query("alderton", countries=("AAA", "BBB")), lambda w: w.report_country),
    ("a town in the report's second country", report_country, ALDERTON, "",
     Query("alderton", countries=("BBB", "AAA")), lambda w: w.report_country - w.report_country_step),
    ("a town in the report's seventh country counts as its fifth", report_country, ALDERTON, "",
     Query("alderton", countries=("B1", "B2", "B3", "B4", "B5", "B6", "AAA")),
     lambda w: w.report_country - w.report_country_step * w.report_country_steps),
    ("a town in a region the report names", named_region, ALDERTON, "",
     Query("alderton", admin1s=("AA-01",)), lambda w: w.town_in_named_region),
    ("a county in a region the report names", named_region, COUNTY, "",
     Query("alderton county", admin1s=("AA-01",)), lambda w: w.district_in_named_region),
    ("a town in the region of the report's other towns", named_region, ALDERTON, "",
     Query("alderton", admin1s=(WEAK + "AA-01",)), lambda w: w.in_towns_region),
    ("a region gets nothing for being named", named_region, REGION, "",
     Query("alderton", admin1s=("AA-01",)), lambda w: 0.0),
    ("a town beside the report's other towns", near_places, ALDERTON, "",
     Query("alderton", near=((10.3, 20.2),)), lambda w: w.near),
    ("a town far from the report's other towns", near_places, ALDERTON, "",
     Query("alderton", near=((40.0, -70.0),)), lambda w: 0.0),
    ("Alderton alone: the town, not the region named after it", region_of_its_town, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-01"})), lambda w: -w.region_of_its_town),
    ("the Alderton region: the region its word asks for", region_of_its_town, REGION, "oblast",
     Query("alderton", hint="admin1", cities=frozenset({"AA-01"})), lambda w: 0.0),
    ("Alderton alone, a big city: region_word's case", region_of_its_town, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-01"}), big_cities=frozenset({"AA-01"})), lambda w: 0.0),
    ("Alderton alone beside other towns of the region: the region", region_of_its_town, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-01"}), admin1s=(TOWNS_REGION + "AA-01",)), lambda w: 0.0),
    ("Alderton alone, its town in another region: the region", region_of_its_town, REGION, "oblast",
     Query("alderton", cities=frozenset({"AA-02"})), lambda w: 0.0),
    ("a city that is a region of its own: city_region's case", region_of_its_town, REGION, "city",
     Query("alderton", cities=frozenset({"AA-01"})), lambda w: 0.0),
    ("the town itself gets nothing", region_of_its_town, ALDERTON, "",
     Query("alderton", cities=frozenset({"AA-01"})), lambda w: 0.0),
]


@pytest.mark.parametrize(("example", "feature", "place", "kind", "query", "points"), FEATURE_CASES,
                         ids=[c[0] for c in FEATURE_CASES])
def test_feature(w, example, feature, place, kind, query, points):
    assert feature(place, kind, query, w) == pytest.approx(points(w))


# (example, filter, candidates, query, the names of the candidates kept)
FILTER_CASES = [
    ("each place once", distinct_not_weak_districts, [ALDERTON, ALDERTON], Query("alderton"), [ALDERTON]),
    ("a county known by the name as an alias only", distinct_not_weak_districts, [ALDERTON, COUNTY],
     Query("alderton", weak=frozenset({COUNTY})), [ALDERTON]),
    ("... kept when the words ask for a kind", distinct_not_weak_districts, [COUNTY],
     Query("alderton county", hint="admin1", weak=frozenset({COUNTY})), [COUNTY]),
    ("a small town abroad is dropped", towns_abroad, [ALDERTON, ALDERTON_ABROAD],
     Query("alderton", countries=("AAA",)), [ALDERTON]),
    ("a big town abroad stays", towns_abroad, [ALDERTON, BIG_ABROAD], Query("alderton", countries=("AAA",)),
     [ALDERTON, BIG_ABROAD]),
    ("no countries, no filter", towns_abroad, [ALDERTON, ALDERTON_ABROAD], Query("alderton"),
     [ALDERTON, ALDERTON_ABROAD]),
    ("the Alderton region: the region", asked_kind, [ALDERTON, REGION, COUNTY],
     Query("alderton", hint="admin1"), [REGION]),
    ("Alderton County: the county or the region", asked_kind, [ALDERTON, REGION, COUNTY],
     Query("alderton county", hint="admin1", county=True), [REGION, COUNTY]),
    ("a dateline's Alderton: the town", asked_kind, [ALDERTON, REGION], Query("alderton", hint="city"), [ALDERTON]),
    ("a hamlet named like its state", hamlets_named_like_regions, [HAMLET, BRINDLE_STATE], Query("brindle"),
     [BRINDLE_STATE]),
    ("... unless the words ask for a town", hamlets_named_like_regions, [HAMLET, BRINDLE_STATE],
     Query("brindle", hint="city"), [HAMLET, BRINDLE_STATE]),
    ("'the West' in a report on another country: no region", common_words_abroad, [WEST_REGION, WEST_TOWN],
     Query("west", countries=("AAA",)), []),
    ("'the West' in a report with no country: no place", common_words_abroad, [WEST_REGION], Query("west"), []),
    ("'the West' of the report's own country: the region", common_words_abroad, [WEST_REGION, WEST_TOWN],
     Query("west", countries=("BBB",)), [WEST_REGION]),
    ("'the Gulf' is no province abroad", common_words_abroad, [GULF_PROVINCE], Query("gulf", countries=("AAA",)), []),
    ("a dateline's West: the town", common_words_abroad, [WEST_REGION, WEST_TOWN],
     Query("west", hint="city", countries=("AAA",)), [WEST_REGION, WEST_TOWN]),
    ("'South Plains' read without its compass word: kept", common_words_abroad, [GULF_PROVINCE],
     Query("plains", countries=("AAA",), written="south plains"), [GULF_PROVINCE]),
    ("a name that is no common word: kept", common_words_abroad, [ALDERTON_ABROAD],
     Query("alderton", countries=("AAA",)), [ALDERTON_ABROAD]),
]


@pytest.mark.parametrize(("example", "keep", "cands", "query", "kept"), FILTER_CASES,
                         ids=[c[0] for c in FILTER_CASES])
def test_filter(t, example, keep, cands, query, kept):
    assert keep(cands, query, t) == kept


@pytest.mark.parametrize(("key", "county"), [
    ("alderton county", True), ("alderton parish", True), ("alderton borough", True), ("alderton", False),
    ("", False),
])
def test_names_county(key, county):
    assert names_county(key) is county


def test_score_is_log_population_plus_features(w):
    q = Query("alderton", countries=("AAA",))
    points = 4 + w.report_country  # log10(9999 + 1) = 4
    assert score(town(pop=9_999), q, w) == round(points * w.scale, 2)


def test_rank_best_first_and_no_answer():
    cfg = load_config()
    ranked = rank([ALDERTON, COUNTRY, ALDERTON_ABROAD], Query("alderton", countries=("AAA",)), cfg)
    assert [p for p, _ in ranked] == [COUNTRY, ALDERTON]
    assert ranked[0][1] >= ranked[1][1]
    # every candidate filtered out: no place
    assert rank([ALDERTON_ABROAD], Query("alderton", countries=("AAA",)), cfg) == []


def test_every_weight_is_in_the_data_file():
    data = tomllib.loads(resources.files("sitrep").joinpath("data", "geo.toml").read_text(encoding="utf-8"))
    assert set(data["ranking"]) == {f.name for f in fields(Weights)}
    assert set(data["candidates"]) == {f.name for f in fields(Thresholds)}


def test_features_are_documented_with_an_example():
    for feature in FEATURES:
        assert feature.__doc__ and '"' in feature.__doc__, feature.__name__
