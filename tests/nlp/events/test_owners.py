"""A country that modifies a noun of people, fighters or arms says whose they are, not where the act
was (``where.owns_a_thing``). Every sentence here is invented; the towns are real only so that the
gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, type, the place the event is at)
CASES = [
    ("Two France soldiers were wounded when a bomb exploded in Gao on Monday.", "attack.explosive", "Gao"),
    ("Gunners fired on Norway and Denmark jets near Kirkuk on Tuesday.", "attack.ground", "Kirkuk"),
    # a country in the title the parser hung on a person's name ("a Norway national, Ana Ruiz")
    ("A man admitted stabbing Norway national Ana Ruiz at a house in Gao in March.", "attack.civilians", "Gao"),
    # a country that is the scene stays the scene
    ("A bomb exploded in Mali on Monday, wounding two soldiers.", "attack.explosive", "Mali"),
]


@pytest.mark.parametrize("text,etype,name", CASES)
def test_the_owner_of_people_or_arms_is_not_the_scene(extractor, text, etype, name):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="own"))
    ev = next(e for e in events if e.type == etype)
    assert ev.location is not None and ev.location.name == name


# (text, type, the country the event is put in): the owner of the fighters of a "by" phrase is a side
FIGHTER_OWNERS = [
    # the "by" phrase under a verb of its own, after "of", the country a conjunct: the scene told before
    ("Aid trucks left Gao on Monday. The inquiry found that the convoy was attacked from the air, making it "
     "clear that the strike was carried out by forces of the junta or Norway.", "attack.air", "MLI"),
    # a possessive owner
    ("Aid trucks left Gao on Monday. The inquiry found that the convoy was attacked from the air, making it "
     "clear that the strike was carried out by Norway's forces.", "attack.air", "MLI"),
    # a place that owns no fighters stays the scene
    ("Aid trucks left Gao on Monday. The inquiry found that the convoy was attacked from the air in Norway, "
     "making it clear that the strike was carried out by forces of the junta.", "attack.air", "NOR"),
]


@pytest.mark.parametrize("text,etype,country", FIGHTER_OWNERS)
def test_the_owner_of_the_fighters_is_not_the_scene(extractor, text, etype, country):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="fighters"))
    ev = next(e for e in events if e.type == etype)
    assert ev.location is not None and ev.location.country == country
