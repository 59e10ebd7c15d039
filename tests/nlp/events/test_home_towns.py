"""A place that says where a person lives is not where the event happened (``a_home_town``).

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, type, the place the event is at)
CASES = [
    # "NAME, AGE, of TOWN": the person's home
    ("Edgar Kowalczyk, 42, of Dayton, was charged Monday with assault after a shooting in Toledo.",
     "arrest", "Toledo"),
    # "NAME, AGE, TOWN": the person's home too
    ("Edgar Lee Kowalczyk, 60, Dayton, was arrested Thursday after a robbery in Toledo.", "arrest", "Toledo"),
    # "a TOWN man": the person's home
    ("A Louisiana man was arrested Sunday for carrying a pistol near a gas station in Tulsa.", "arrest", "Tulsa"),
    # "another TOWN student": one more person from there, not the scene
    ("Another Dayton student was shot dead in Toledo on Friday.", "attack.civilians", "Toledo"),
    ("Another Dayton student was stabbed early Sunday outside a bar in Toledo.", "attack.civilians", "Toledo"),
    # "NAME, a native of TOWN": where one comes from, set beside the name
    ("Gomez, a native of Mexico, was arrested by Toledo police on Monday night.", "arrest", "Toledo"),
    # a named person with no age: "of" names the home too
    ("Marta Kowalczyk of Dayton was stabbed in Toledo on Friday.", "attack.civilians", "Toledo"),
    # the home is still the place when the sentence names no other and it is the report's town
    ("A Dayton man was charged early Sunday with burglary.", "arrest", "Dayton"),
    # "a PERSON from TOWN": where one person comes from, not the scene ...
    ("A tourist from Dayton was shot dead in Toledo on Friday.", "attack.civilians", "Toledo"),
    ("Police arrested a man from Dayton in Toledo on Monday.", "arrest", "Toledo"),
    # ... but people taken from a town left it: "from" is where the act was
    ("Buses evacuated civilians from Toledo on Monday.", "humanitarian.evacuation", "Toledo"),
    # not a person's home: "the port of Toledo", "a Toledo bakery"
    ("Two men were arrested Friday at the port of Toledo.", "arrest", "Toledo"),
    ("A Toledo bakery was robbed at gunpoint on Friday.", "attack.civilians", "Toledo"),
]


@pytest.mark.parametrize("text,etype,name", CASES)
def test_a_home_town_is_not_the_scene(extractor, text, etype, name):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="home"))
    ev = next(e for e in events if e.type == etype)
    assert ev.location is not None and ev.location.name == name



# A country named as a visitor's home is no side of the act and does not make the report about it: the
# police here are Jordan's, and no one from Norway attacked anyone.
HOME_COUNTRY_CASES = [
    ("KARAK, Jordan — Gunmen attacked a police post on Sunday. Three policemen and a tourist from Norway "
     "were killed in the shootings, officials said.", "NOR"),
    ("KARAK, Jordan — Two policemen and a woman visiting from Norway were killed in Sunday's attack on "
     "a castle, officials said.", "NOR"),
]


@pytest.mark.parametrize("text,home", HOME_COUNTRY_CASES)
def test_a_visitors_home_country_is_no_side_and_no_scene(extractor, text, home):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 19), id="visitor"))
    attacks = [e for e in events if e.type.startswith("attack")]
    assert attacks
    for ev in attacks:
        assert ev.location is not None and ev.location.country == "JOR"
        assert home not in {a.country for a in ev.actors}
