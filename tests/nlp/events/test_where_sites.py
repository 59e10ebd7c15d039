"""A site and whose it is: a country named as the owner of a base or an embassy placed in another place is a
side, not the scene (``where.owns_a_site_elsewhere``); a weapon word that is what was attacked ("attacked a
gold mine") is the target, not the weapon (``triggers._the_site_attacked``).

Every incident here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, the (country, place name) of each attack record)
SITE_CASES = [
    ("Rockets hit a US base in Hasakah on Monday.", [("SYR", "Al Ḩasakah")]),
    ("Rockets hit the US embassy in Baghdad on Monday, officials said.", [("IRQ", "Baghdad")]),
    ("Rocket attack on US base in Syria, no casualties", [("SYR", "Syria")]),
    # the place of a bombing named before it stays the scene
    ("A Baghdad market bombing killed 20 people on Monday.", [("IRQ", "Baghdad")]),
    # two sites in two places: a record for each
    ("Rockets hit a US base in Syria and a US post in Iraq on Monday.", [("IRQ", "Iraq"), ("SYR", "Syria")]),
]


@pytest.mark.parametrize("text,places", SITE_CASES)
def test_the_owner_of_a_site_is_not_the_scene(extractor, text, places):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="sites"))
    got = sorted((e.location.country, e.location.name) for e in events if e.type.startswith("attack") and e.location)
    assert [c for c, _ in got] == [c for c, _ in places]
    assert all(name in n or n in name for (_, n), (_, name) in zip(got, places, strict=True))


# (text, the attack type it makes)
WEAPON_CASES = [
    ("Gunmen attacked a gold mine near Mongbwalu on Monday, killing five miners.", "attack.civilians"),
    ("Militants launched an attack on a mine near Montepuez on Monday.", "attack.ground"),
    ("Gunmen stormed a mine near Mongbwalu on Monday.", "attack.ground"),
    # a mine struck, or one that kills, is the weapon
    ("A military truck struck a mine near Mopti on Monday, killing three soldiers.", "attack.explosive"),
    ("Two children were killed by a land mine near Mopti on Monday.", "attack.explosive"),
    ("Rebels attacked the town with mortars on Monday.", "attack.artillery"),
]


@pytest.mark.parametrize("text,etype", WEAPON_CASES)
def test_what_was_attacked_is_no_weapon(extractor, text, etype):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="sites"))
    assert [e.type for e in events if e.type.startswith("attack")] == [etype]


# (note, the country of its record): a bracket of two names read in one region names that region
BRACKET_CASES = [
    ("On 3 May 2026, militants ambushed an army patrol near Boni (Douentza, Mopti). 4 fatalities.", "MLI"),
    ("On 3 May 2026, gunmen attacked a market in Douentza (Douentza, Mopti). 2 fatalities.", "MLI"),
]


@pytest.mark.parametrize("text,country", BRACKET_CASES)
def test_a_namesake_abroad_gives_way_to_its_bracket(extractor, text, country):
    events = extractor.extract(Article(text=text, published=date(2026, 12, 5), id="brackets"))
    assert [e.location.country for e in events if e.location] == [country]


# (report, the town of each record): a state's embassy stands abroad, never in that state
EMBASSY_CASES = [
    ("NAIROBI, Kenya (AP) — Police on Wednesday detained two men over the bombing of the U.S. Embassy.",
     ["Nairobi", "Nairobi"]),
    ("Gunmen fired on the French consulate in Herat on Monday.", ["Herāt"]),
    ("KABUL (AP) — A rocket hit the Indian Embassy on Monday.", ["Kabul"]),
]


@pytest.mark.parametrize("text,towns", EMBASSY_CASES)
def test_an_embassy_stands_abroad(extractor, text, towns):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="embassies"))
    assert [e.location.name if e.location else None for e in events] == towns


# (text, the country of its attack record): a state that speaks of an attack, as the subject of its verb, is not
# where the attack was (``where._a_subject``)
REACTING_STATE_CASES = [
    ("France condemns the rocket attack on the camp, which killed two residents. France urges the government of "
     "Iraq to find those responsible.", "IRQ"),
    ("France condemned the attack on a market that killed five people on Monday.", None),
]


@pytest.mark.parametrize("text,country", REACTING_STATE_CASES)
def test_a_state_that_speaks_of_an_attack_is_not_its_place(extractor, text, country):
    [event] = [e for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="react"))
               if e.type.startswith("attack")]
    assert (event.location.country if event.location else None) == country


# (text, the country of its attack record): an armed group that kills a state's soldiers fights in its own
# country, whatever the dateline's (``where.infer_country``)
SOLDIERS_ABROAD_CASES = [
    ("WASHINGTON — Taliban fighters killed two American soldiers on Monday, officials said.", "AFG"),
]


@pytest.mark.parametrize("text,country", SOLDIERS_ABROAD_CASES)
def test_an_armed_group_fights_at_home(extractor, text, country):
    [event] = [e for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="abroad"))
               if e.type.startswith("attack")]
    assert (event.location.country if event.location else None) == country
