"""Crowds that burn, loot and smash riot; a protest with arrests is two records, the held counted once; a
protest's place is where the crowd was, not where the thing it protests is. Every sentence is invented."""

from __future__ import annotations

import pytest

# (sentence, whether it must give a riot)
RIOTS = [
    ("Protesters burned tyres in Velden on Monday.", True),
    ("Demonstrators pelted police with stones in Velden on Monday.", True),
    ("An angry crowd ransacked the town hall in Velden on Monday.", True),
    ("Rioters looted shops in Velden on Monday.", True),
    ("Protesters smashed the windows of two banks in Velden on Monday.", True),
    ("Vandals smashed the windows of a shop in Velden on Monday.", False),
    # the second verb of a pair shares the first one's subject
    ("Protesters blocked roads and burned tyres in Velden on Monday.", True),
    ("The crowd gathered outside the court and smashed cars in Velden on Monday.", True),
    ("Students marched through Velden on Monday and sang songs.", False),
    ("The farmer burned his old crops in Velden on Monday.", False),
    # a crowd burns property to riot; a symbol burned at a march is no riot
    ("Mobs burned dozens of homes in Velden on Monday.", True),
    ("Angry youths torched vehicles and looted shops in Velden on Monday during a protest.", True),
    ("Protesters burned an effigy of the president in Velden on Monday.", False),
]


def test_a_crowd_that_acts_in_protest_protests(parse):
    text = "Angry crowds burned flags in Velden on Monday in protest at the air strikes."
    assert [e.type for e in parse(text)._.events] == ["protest.demonstration"]


@pytest.mark.parametrize("text,riot", RIOTS)
def test_a_crowd_that_wrecks_riots(parse, text, riot):
    types = [e.type for e in parse(text)._.events]
    assert ("protest.riot" in types) == riot, types


def test_gunmen_who_loot_attack_civilians(parse):
    types = [e.type for e in parse("Gunmen looted shops in Velden on Monday.")._.events]
    assert types == ["attack.civilians"]


def test_raiders_burn_with_the_subject_of_the_first_verb(parse):
    types = [e.type for e in parse("Gunmen stormed the village of Kora on Monday and burned houses.")._.events]
    assert "attack.civilians" in types


# (sentence, the detained count the arrest must carry)
ARRESTS_AT_PROTESTS = [
    ("Police arrested 12 opposition supporters during a rally in Velden on Monday.", 12),
    ("Protesters marched in Velden on Monday; police arrested 40.", 40),
    ("Protesters blocked roads in Velden on Monday and police detained 15 of them.", 15),
]


@pytest.mark.parametrize("text,held", ARRESTS_AT_PROTESTS)
def test_a_protest_with_arrests_is_two_records(parse, text, held):
    events = parse(text)._.events
    arrests = [e for e in events if e.type == "arrest"]
    protests = [e for e in events if e.type.startswith("protest")]
    assert arrests and protests, [e.type for e in events]
    assert any(q.role == "detained" and q.value == held for q in arrests[0].quantities)
    assert not any(q.role == "detained" and q.value > 0 for e in protests for q in e.quantities)


def test_a_protest_told_alone_keeps_its_none_held(parse):
    events = parse("Thousands marched peacefully in Velden on Monday. No arrests were made.")._.events
    protests = [e for e in events if e.type.startswith("protest")]
    assert protests
    assert any(q.role == "detained" and q.value == 0 for q in protests[0].quantities)


# (sentence, the town the protest is at)
PROTEST_PLACES = [
    # "increases" is no act: a word read only as a verb is no noun of another act's place
    ("Police fired tear gas to disperse students protesting fee increases in Kampala on Monday.", "Kampala"),
    # the place of "went on strike" is the strike's: the phrase is the event's own
    ("Nurses went on strike in Lagos on Monday demanding unpaid salaries.", "Lagos"),
    ("Hundreds marched in Lagos on Monday to protest the bombing of Kano.", "Lagos"),
]


@pytest.mark.parametrize("text,town", PROTEST_PLACES)
def test_the_place_of_a_protest(parse, text, town):
    events = [e for e in parse(text)._.events if e.type.startswith("protest")]
    assert events and events[0].location is not None and events[0].location.name == town, \
        [(e.type, e.location) for e in events]


# (sentence, the killed count the protest may carry, or None for none)
PROTEST_TOLLS = [
    # the one a noun of killing or death is of died in the act protested, not at the protest
    ("Protesters set fire to a police station in Velden on Monday over the killing of a youth.", None),
    ("Protesters marched in Velden on Monday over the death of a youth.", None),
    ("Protesters marched in Velden on Monday over the fatal shooting of a youth.", None),
    # casualties told by a verb are the protest's own
    ("Protesters clashed with police in Velden on Monday; three people were killed.", 3),
    ("Clashes between protesters and police in Velden on Monday left three dead and 20 injured.", 3),
]


@pytest.mark.parametrize("text,killed", PROTEST_TOLLS)
def test_the_toll_of_a_protest(parse, text, killed):
    protests = [e for e in parse(text)._.events if e.type.startswith("protest")]
    assert protests
    tolls = [q.value for e in protests for q in e.quantities if q.role == "killed"]
    assert tolls == ([killed] if killed is not None else []), tolls



# (sentence, whether it tells a protest): a crowd police break up was there
DISPERSALS = [
    ("Police dispersed a crowd outside the court in Velden on Monday.", True),
    ("Police fired live rounds on Monday to disperse a crowd that had gathered outside the court in Velden.", True),
    ("Police were deployed in Velden on Monday to disperse any crowd that might gather.", False),
    # the infinitive after the means the police used is its purpose, parsed as a complement or not
    ("Police used live ammunition to disperse protesters in Velden on Monday, killing two.", True),
    ("Police used water cannon to disperse the marchers in Velden on Monday.", True),
    ("Police threatened to use force in Velden on Monday.", False),
    ("The fog dispersed by noon in Velden.", False),
]


@pytest.mark.parametrize("text,protest", DISPERSALS)
def test_a_crowd_broken_up(parse, text, protest):
    types = [e.type for e in parse(text)._.events]
    assert any(t.startswith("protest") for t in types) == protest, types


def test_arrests_a_crowd_rallies_against_are_its_cause(parse):
    types = [e.type for e in parse("Hundreds rallied in Velden on Monday against the arrests of opposition leaders.")._.events]
    assert types == ["protest.demonstration"]
