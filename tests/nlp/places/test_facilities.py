"""`sitrep places` lists facilities and sites, each placed at the town it is in (nlp/places/facilities.py).

The sentences are invented, about invented incidents in real towns; none comes from a corpus.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, kind, town, country", [
    # 1. a town inside the name
    ("Volunteers repainted the benches outside the Winnipeg Art Gallery on Sunday.",
     "Winnipeg Art Gallery", "museum", "Winnipeg", "CAN"),
    # 2. the owner before a possessive
    ("Dozens of flights were delayed at Toronto's Pearson International Airport after a power cut on Monday.",
     "Pearson International Airport", "airport", "Toronto", "CAN"),
    ("A parade closed Madrid's famous Gran Via boulevard for three hours on Saturday.",
     "Gran Via boulevard", "street", "Madrid", "ESP"),
    # 3. the town written right after it
    ("The injured cyclist was flown to Mercy Medical Center in Des Moines, Iowa, on Friday.",
     "Mercy Medical Center", "hospital", "Des Moines", "USA"),
    ("A burst pipe flooded the basement of St. Brigid's Church in Galway on Tuesday.",
     "St. Brigid's Church", "church", "Galway", "IRL"),
    ("Crews repaired a gas leak on Kestrel Avenue, Leeds, on Friday.",
     "Kestrel Avenue", "street", "Leeds", "GBR"),
    # 4. the report's one town, from its dateline
    ("MELBOURNE, Australia — A small fire broke out on Tuesday in the kitchen of the Crown Hotel. "
     "Nobody was hurt, police said.",
     "Crown Hotel", "hotel", "Melbourne", "AUS"),
])
def test_facility_placed_at_its_town(places, text, name, kind, town, country):
    found = places(text)
    m = found[name]
    assert m["facility"] == kind
    assert m["within"] == m["name"]
    assert town.lower() in m["name"].lower()
    assert m["country"] == country
    assert m["precision"] == "city"
    assert m["candidates"][0]["name"] == m["name"]


@pytest.mark.parametrize("text, absent", [
    # an institution with no site and no town
    ("The Evangelical Lutheran Church issued a statement on Sunday.", "Evangelical Lutheran Church"),
    # a university named far from its town: no guessing from the report's town
    ("TORONTO — A researcher from Yale University said the study was sound.", "Yale University"),
    # no town at all in the report
    ("Fans gathered outside Riverside Stadium before the final.", "Riverside Stadium"),
    # a head word that is a surname
    ("Actress Shirley Temple visited the troops.", "Shirley Temple"),
])
def test_no_town_no_facility(places, text, absent):
    assert absent not in places(text)


def test_hospital_is_not_a_town_named_hospital(places):
    """A name that ends in a head word is no town of the gazetteer's, even when the word is one."""
    found = places("OTTAWA — Two workers were taken to St. Vincent's Hospital after the crane collapsed.")
    m = found["St. Vincent's Hospital"]
    assert m["facility"] == "hospital" and m["name"] == "Ottawa"


def test_a_road_named_after_a_town_is_not_in_it(places):
    """ "Boston Road" leads to Boston; it is in the report's town."""
    found = places("SPRINGFIELD, Mass. — A water main broke under Boston Road on Thursday, and crews "
                   "worked through the night in Springfield.")
    m = found.get("Boston Road")
    assert m is None or m["name"] == "Springfield"


def test_facilities_feed_no_event(parse):
    doc = parse("Two people were killed when a missile struck the Odesa Regional Hospital in Odesa on Monday.")
    assert all(m.hint != "facility" for m in doc._.places)
