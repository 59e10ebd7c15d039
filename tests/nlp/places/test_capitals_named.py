""""The Kenyan capital", "Syria's capital": a capital that a demonym or a country's name gives the noun "capital"
is that country's capital city (nlp/places/seats.py, ``capital_mentions``). Every sentence is invented; the
capitals are facts of the gazetteer."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer

# (text, the words of the mention, the city it must be; None: no capital read)
CASES = [
    ("Hundreds of protesters clashed with riot police in the Kenyan capital on Thursday.", "Kenyan capital",
     "Nairobi"),
    ("A car bomb exploded in Syria's capital on Monday, killing three people.", "Syria's capital", "Damascus"),
    ("Drones struck the Ukrainian capital overnight, the mayor said.", "Ukrainian capital", "Kyiv"),
    # the city named right after it places itself
    ("A car bomb exploded in the Syrian capital, Damascus, on Monday.", "Syrian capital", None),
    # a capital of no country named, or of money
    ("A car bomb exploded in the provincial capital on Monday.", "provincial capital", None),
    ("Venture capital firms met in Nairobi on Monday.", "Venture capital", None),
]


@pytest.mark.parametrize(("text", "words", "city"), CASES)
def test_a_countrys_capital_is_its_capital_city(parse, text, words, city):
    found = [m.place.name for m in parse(text)._.places if m.text == words]
    assert found == ([city] if city else [])


def test_each_country_of_the_cases_has_one_capital():
    gaz = Gazetteer.load()
    assert {c: gaz.capital_of(c).name for c in ("KEN", "SYR", "UKR")} == {
        "KEN": "Nairobi", "SYR": "Damascus", "UKR": "Kyiv"}
    assert gaz.capital_of("XXX") is None
