"""Readings of where local crime and court news happened: a hospital the hurt were taken to is no scene
(``where.taken_for_care``); a court's name says the town or county it sits in (``spans.court_seats``); a
place that says where an officer or an official serves is not the scene beside another place
(``where.serves_there``); a seat of government after a word of place is in its town (``seats.seat_mentions``).

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

import pytest

# (sentence, type of its event, the town it is put at)
HOSPITALS = [
    ("A man was stabbed in Kingsport on Sunday and flown to a hospital in Johnson City, Tennessee.",
     "attack.civilians", "Kingsport"),
    ("A woman was shot outside a bar in Meridian and rushed to a hospital in Jackson, Mississippi.",
     "attack.civilians", "Meridian"),
    ("A boy was shot in Hammond on Friday and taken to a trauma center in Chicago, police said.",
     "attack.civilians", "Hammond"),
    ("A man was stabbed in Croydon on Saturday and taken to a south London hospital.", "attack.civilians", "Croydon"),
    ("A teenager was shot in Garland on Friday night and rushed to a Dallas hospital.", "attack.civilians", "Garland"),
    # the hospital itself as the scene: nobody was taken there
    ("A gunman opened fire in a hospital in Johnson City, Tennessee, on Monday, killing a nurse.",
     "attack.civilians", "Johnson City"),
    ("Drones struck a hospital in Kharkiv on Monday, wounding three patients.", "attack.drone", "Kharkiv"),
]


@pytest.mark.parametrize("text,etype,name", HOSPITALS)
def test_the_hospital_the_hurt_were_taken_to_is_no_scene(events_of, text, etype, name):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and {e.location.name if e.location else None for e in found} == {name}


# (sentence, type of its event, the region code it must carry, a part of the place's name)
COURTS = [
    ("A man was sentenced to 20 years on Monday in Hartford Superior Court for a carjacking.",
     "arrest", "US-CT", "Hartford"),
    ("A Bridgeport man was sentenced on Tuesday in New Haven County Superior Court for a robbery.",
     "arrest", "US-CT", "New Haven"),
    ("A woman was arraigned on Friday in Worcester District Court on assault charges.", "arrest", "US-MA", "Worcester"),
]


# a court named after a county written without its word is not at a hamlet of that name elsewhere
HAMLET_COURTS = [
    ("A Lewisburg man was sentenced on Monday in Greenbrier Circuit Court for a burglary.", "Greenbrier"),
    ("A woman was arraigned on Friday in Floyd Circuit Court on assault charges.", "Floyd"),
]


@pytest.mark.parametrize("text,hamlet", HAMLET_COURTS)
def test_a_court_is_not_named_after_a_hamlet(events_of, text, hamlet):
    found = [e for e in events_of(text) if e.type == "arrest"]
    assert found and all(e.location is None or e.location.name != hamlet for e in found)


@pytest.mark.parametrize("text,etype,region,name", COURTS)
def test_a_court_act_is_where_the_court_sits(events_of, text, etype, region, name):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and all(e.location is not None for e in found)
    assert {e.location.admin1 for e in found} == {region}
    assert all(name in e.location.name for e in found)


# (sentence, type of its event, the town it is put at)
POSTS = [
    ("A former Orange County deputy was arrested on Friday in Las Vegas on charges he robbed a cashier.",
     "arrest", "Las Vegas"),
    # (an officer shot is an attack on a state's armed agent: a clash, no violence against civilians)
    ("A Dallas police officer was shot on Tuesday during a traffic stop in Garland, police said.",
     "attack.ground", "Garland"),
]


@pytest.mark.parametrize("text,etype,name", POSTS)
def test_where_an_officer_serves_is_not_the_scene(events_of, text, etype, name):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and {e.location.name if e.location else None for e in found} == {name}


# (sentence, type of its event, the region code it must carry, or None for no place below the country)
SEATS = [
    ("Dozens of people protested outside the White House on Sunday against the new tariffs on Canada.",
     "protest.demonstration", "US-DC"),
    ("Hundreds of students rallied in front of the Kremlin on Saturday, police said.", "protest.demonstration", "RU-MOW"),
    ("Police arrested two men who climbed the steps of the Capitol on Thursday.", "arrest", "US-DC"),
    # a state's capitol, named with its town, is that town's
    ("Hundreds of nurses marched to the Capitol in Austin on Monday to demand higher pay.", "protest.demonstration",
     "US-TX"),
]


@pytest.mark.parametrize("text,etype,region", SEATS)
def test_a_seat_of_government_is_in_its_town(events_of, text, etype, region):
    found = [e for e in events_of(text) if e.type == etype]
    assert found and {e.location.admin1 if e.location else None for e in found} == {region}
