"""Reading a report's places in its whole context (nlp/places/finder.py): the other places, the
region written after a name, the owner of a site, governments named by their capitals, and which
place is inside which. Invented reports and places."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.nlp.places.finder import _owned, _written_after, contains

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
