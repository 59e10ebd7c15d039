"""Reading a report's places in its whole context (nlp/places/finder.py): the other places, the
region written after a name, the owner of a site, governments named by their capitals, and which
place is inside which. Invented reports and places."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.nlp.mentions import PlaceMention
from sitrep.nlp.places.finder import (
    _capitals_of_named_countries,
    _owned,
    _shared_regions,
    _town_and_county,
    _written_after,
    contains,
)

LINDAU = Place("Lindau", "AAA", "AA-01", 10.0, 20.0, None, "city", 5000)
FAR_LINDAU = Place("Lindau", "BBB", "BB-02", 40.0, -70.0, None, "city", 90_000)
OSTMARK = Place("Ostmark", "AAA", "AA-01", 10.5, 20.5, None, "city", 800_000)
OSTMARK_STATE = Place("Ostmark", "AAA", "AA-09", 12.0, 22.0, None, "admin1", 2_000_000)
ALDERIA = Place("Alderia", "CCC", None, 0.0, 0.0, None, "country", 9_000_000)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


# (example, what is written after the name, the report's countries and regions, the context used)
WRITTEN_AFTER = [
    ("Lindau, Ostmark: the state leads", [("Ostmark", OSTMARK_STATE)], ("BBB", "AAA"), ("BB-02",),
     (("AAA", "BBB"), ("AA-09", "BB-02"))),
    ("Lindau, Alderia: the country leads", [("Alderia", ALDERIA)], ("AAA",), ("AA-01",),
     (("CCC", "AAA"), ("AA-01",))),
    ("Lindau alone: the report's context", [], ("AAA",), ("AA-01",), (("AAA",), ("AA-01",))),
]


@pytest.mark.parametrize(("example", "after", "countries", "regions", "context"), WRITTEN_AFTER,
                         ids=[c[0] for c in WRITTEN_AFTER])
def test_written_after(example, after, countries, regions, context):
    assert _written_after(after, countries, regions) == context


# (example, the place read, the town that owns it, the place kept)
OWNED = [
    ("Ostmark's Lindau, a namesake far away: the owner", FAR_LINDAU, OSTMARK, OSTMARK),
    ("Ostmark's Lindau, beside it: Lindau", LINDAU, OSTMARK, LINDAU),
    ("Ostmark's unknown site: the owner", None, OSTMARK, OSTMARK),
    ("no owner", FAR_LINDAU, None, FAR_LINDAU),
]


@pytest.mark.parametrize(("example", "place", "owner", "kept"), OWNED, ids=[c[0] for c in OWNED])
def test_owned(example, place, owner, kept):
    assert _owned(place, owner) == kept


def test_a_name_is_weighed_against_the_other_places(places):
    """A town's own first reading (Paris, France) does not vote for itself: the report's county does."""
    found = places("Ashley Evans, 26, of Paris, was in the custody of the Edgar County Sheriff's Department "
                   "on Tuesday. Officers in Paris said the arrest followed a complaint.")
    assert found["Paris"]["country"] == "USA" and found["Paris"]["admin1"] == "US-IL"



def test_the_region_of_the_reports_other_towns(places):
    """A namesake in the state of a town the report names without doubt (Cuyahoga Falls is in Ohio)."""
    found = places("Dublin will repave three streets this summer. A firm from Cuyahoga Falls won the contract, "
                   "and work in Dublin starts in June.")
    assert found["Dublin"]["admin1"] == "US-OH"


def test_local_bodies_say_which_namesake(places):
    """Edmonton beside Enfield Council is the north London district, not the Canadian city."""
    found = places("Pupils from a primary school in Edmonton planted a garden on Silver Street.\n"
                   "Enfield Council's cabinet member for schools opened it on Friday. Parents in "
                   "Edmonton raised the money.")
    assert found["Edmonton"]["country"] == "GBR"


# (report, mention, place name it must get or None for no mention, precision); invented reports

@pytest.mark.parametrize(("text", "name", "metonymic"), [
    ("Damascus accused Ankara of shelling border villages.", "Ankara", True),
    ("The minister urged Islamabad to act against the group.", "Islamabad", True),
    ("Drones attacked Odesa overnight.", "Odesa", False),
    ("Moscow said the talks had failed.", "Moscow", True),
])
def test_governments_addressed_or_speaking(places, text, name, metonymic):
    assert places(text)[name]["metonymic"] is metonymic


# the bullet lines of a strike report: a capitalised preposition the model takes into the name or
# the parse makes the subject ("Near Kupiansk" as a person), and the place after it
@pytest.mark.parametrize(("text", "name"), [
    ("Near Kupiansk, two strikes destroyed a bridge.", "Kupiansk"),
    (". Near Kupiansk, one strike engaged a tactical unit.", "Kupiansk"),
    ("Near Odesa, three strikes destroyed two vehicles.", "Odesa"),
    ("Near Kharkiv, one strike destroyed a tank.", "Kharkiv"),
    ("In Kramatorsk, four strikes hit a depot.", "Kramatorsk"),
])
def test_a_line_that_opens_with_a_place(places, text, name):
    found = places(text)
    assert name in found, found
    assert found[name]["metonymic"] is False


@pytest.mark.parametrize(("outer", "inner", "inside"), [
    ("Bekaa Valley", "Baalbek", True),
    ("Donbas", "Kramatorsk", True),
    ("Donbas", "the Donetsk region", True),
    ("Donbas", "Kharkiv", False),
    ("the Kharkiv region", "Kupiansk", True),
    ("Ukraine", "Kupiansk", True),
])
def test_named_regions_contain_their_towns(gaz, outer, inner, inside):
    a, b = gaz.resolve(outer), gaz.resolve(inner, context_countries=["UKR", "LBN"])
    assert a is not None and b is not None
    assert contains(a, b, gaz) is inside


@pytest.mark.parametrize(("outer", "inner", "inside"), [
    ("the Gaza Strip", "Rafah", True),
    ("the Gaza Strip", "Khan Younis", True),
    ("the West Bank", "Jenin", True),
    ("the Gaza Strip", "Jenin", False),
])
def test_palestinian_territories(gaz, outer, inner, inside):
    a, b = gaz.resolve(outer), gaz.resolve(inner, context_countries=["PSE"])
    assert a is not None and b is not None and a.country == b.country == "PSE"
    assert contains(a, b, gaz) is inside


BIG_BRINDLEY = Place("Brindley", "AAA", "AA-01", 30.0, -90.0, None, "city", 40_000)
SMALL_BRINDLEY = Place("Brindley", "AAA", "AA-05", 35.0, -85.0, None, "city", 9_000)
OTHER_BRINDLEY = Place("Brindley", "AAA", "AA-07", 38.0, -80.0, None, "city", 8_000)
ALDER_COUNTY = Place("Alder County", "AAA", "AA-03", 33.0, -95.0, None, "district", 150_000)
ALDER_COUNTY_5 = Place("Alder County", "AAA", "AA-05", 35.1, -85.1, None, "district", 60_000)
ALDER_COUNTY_7 = Place("Alder County", "AAA", "AA-07", 38.1, -80.1, None, "district", 50_000)


class _Namesakes:
    """A gazetteer that knows each name's candidates, best first."""

    def __init__(self, known: dict[str, list[Place]]) -> None:
        self.known = known

    def candidates(self, text: str, **_: object) -> list[tuple[Place, float]]:
        return [(p, 50.0 - i) for i, p in enumerate(self.known.get(text, []))]


def _mention(text: str, place: Place) -> PlaceMention:
    return PlaceMention(0, len(text), text, place, 0, 1, 0, context=(("AAA",), ()))


# (example, town read, county read, their candidates, the pair read together or None)
TOWN_AND_COUNTY = [
    ("the one Brindley inside an Alder County", BIG_BRINDLEY, ALDER_COUNTY,
     [BIG_BRINDLEY, SMALL_BRINDLEY], [ALDER_COUNTY, ALDER_COUNTY_5], (SMALL_BRINDLEY, ALDER_COUNTY_5)),
    ("already together: nothing to change", SMALL_BRINDLEY, ALDER_COUNTY_5,
     [BIG_BRINDLEY, SMALL_BRINDLEY], [ALDER_COUNTY, ALDER_COUNTY_5], None),
    ("two pairs lie together: no way to tell", BIG_BRINDLEY, ALDER_COUNTY,
     [BIG_BRINDLEY, SMALL_BRINDLEY, OTHER_BRINDLEY], [ALDER_COUNTY, ALDER_COUNTY_5, ALDER_COUNTY_7], None),
    ("no pair lies together", BIG_BRINDLEY, ALDER_COUNTY, [BIG_BRINDLEY], [ALDER_COUNTY, ALDER_COUNTY_5], None),
]


@pytest.mark.parametrize(("example", "town", "county", "towns", "counties", "pair"), TOWN_AND_COUNTY,
                         ids=[c[0] for c in TOWN_AND_COUNTY])
def test_a_town_in_its_county(example, town, county, towns, counties, pair):
    gaz = _Namesakes({"Brindley": towns, "Alder County": counties})
    got = _town_and_county(gaz, _mention("Brindley", town), _mention("Alder County", county))  # type: ignore[arg-type]
    assert got == pair


# (example, the regions the report's other names name for the town and for the county, the pair read or None)
NAMED_REGION = [
    ("both read in AA-01, which another name of the report names: they stay", ("AA-01",), ("AA-01",), None),
    ("AA-01 named only by the county itself: the pair that lies together", ("AA-01",), (), (SMALL_BRINDLEY,
                                                                                           ALDER_COUNTY_5)),
    ("AA-01 only as the region of other towns: the pair that lies together", ("~AA-01",), ("@AA-01",),
     (SMALL_BRINDLEY, ALDER_COUNTY_5)),
]


@pytest.mark.parametrize(("example", "town_regions", "county_regions", "pair"), NAMED_REGION,
                         ids=[c[0] for c in NAMED_REGION])
def test_a_town_and_county_of_a_named_region_stay(example, town_regions, county_regions, pair):
    far_county = Place("Alder County", "AAA", "AA-01", 31.5, -91.5, None, "district", 150_000)  # not beside it
    town = PlaceMention(0, 8, "Brindley", BIG_BRINDLEY, 0, 1, 0, context=(("AAA",), town_regions))
    county = PlaceMention(0, 12, "Alder County", far_county, 0, 1, 0, context=(("AAA",), county_regions))
    gaz = _Namesakes({"Brindley": [BIG_BRINDLEY, SMALL_BRINDLEY], "Alder County": [far_county, ALDER_COUNTY_5]})
    assert _town_and_county(gaz, town, county) == pair  # type: ignore[arg-type]


OSTMARK_LAND = Place("Ostmark", "OOO", None, 50.0, 10.0, None, "country", 8_000_000)
CAPITAL_VELDEN = Place("Velden", "OOO", "OO-01", 50.1, 10.1, None, "city", 900_000)
LOCAL_VELDEN = Place("Velden", "AAA", "AA-05", 35.0, -85.0, None, "city", 9_000)


class _Capitals:
    """A gazetteer that knows one capital, Velden of Ostmark."""

    def capital_named(self, name: str, country: str) -> Place | None:
        return CAPITAL_VELDEN if (name, country) == ("Velden", "OOO") else None


def _at(text: str, place: Place, start: int, metonymic: bool = False) -> PlaceMention:
    return PlaceMention(start, start + len(text), text, place, start, start + 1, 0, metonymic=metonymic)


# (example, the report's mentions, the ends of names with a region written after them, Velden read as)
CAPITALS = [
    ("a report that names Ostmark as a place: Velden is its capital",
     [_at("Ostmark", OSTMARK_LAND, 0), _at("Velden", LOCAL_VELDEN, 20)], set(), CAPITAL_VELDEN),
    ("Ostmark only as a government: the local Velden",
     [_at("Ostmark", OSTMARK_LAND, 0, metonymic=True), _at("Velden", LOCAL_VELDEN, 20)], set(), LOCAL_VELDEN),
    ("no Ostmark: the local Velden", [_at("Velden", LOCAL_VELDEN, 20)], set(), LOCAL_VELDEN),
    ("\"Velden, Ky.\": the region written after it decides",
     [_at("Ostmark", OSTMARK_LAND, 0), _at("Velden", LOCAL_VELDEN, 20)], {26}, LOCAL_VELDEN),
]


@pytest.mark.parametrize(("example", "mentions", "qualified", "velden"), CAPITALS, ids=[c[0] for c in CAPITALS])
def test_the_capital_of_a_named_country(example, mentions, qualified, velden):
    got = _capitals_of_named_countries(mentions, _Capitals(), qualified)  # type: ignore[arg-type]
    assert next(m.place for m in got if m.text == "Velden") == velden


# a people's adjective is no town that shares the word (finder._an_adjective_not_a_town)
@pytest.mark.parametrize(("text", "name", "kept"), [
    ("Ministers from Arab states met in Cairo to discuss the blockade.", "Arab", False),
    ("The envoy warned that anger was rising across the Arab world.", "Arab", False),
    ("Ministers from Arab states met in Cairo to discuss the blockade.", "Cairo", True),
    ("A car bomb exploded in Kabul on Monday.", "Kabul", True),
])
def test_an_adjective_is_no_town(places, text, name, kept):
    assert (name in places(text)) is kept


# (name, the report's other town names, the regions where both have namesakes, as read): two names with
# namesakes in many regions of the name's country but one or two shared are read there; a shared region
# is no evidence when it is one of many, nor for a name read abroad or as no town
SHARED = [
    ("Hollis", ["Auburn"], ["US-NH", "US-NY"]),
    ("Auburn", ["Hollis"], ["US-NH", "US-NY"]),
    ("Auburn", ["Dover"], []),  # both in many of the same states: common names, no evidence
    ("Hollis", [], []),
]


@pytest.mark.parametrize(("name", "others", "shared"), SHARED, ids=[f"{c[0]}-{c[1]}" for c in SHARED])
def test_regions_two_names_share(gaz, name, others, shared):
    assert _shared_regions(gaz, name, others, gaz.resolve(name)) == shared


def test_a_name_read_abroad_shares_no_region(gaz):
    assert _shared_regions(gaz, "Auburn", ["Hollis"], FAR_LINDAU) == []
    assert _shared_regions(gaz, "Auburn", ["Hollis"], None) == []
