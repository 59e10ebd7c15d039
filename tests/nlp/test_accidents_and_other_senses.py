"""Road accidents, weather and lone fugitives: triggers in another sense make no event, war stays an event."""

import pytest

NO_EVENT = [
    ("The man stopped the van, jumped out and fled on foot.", "humanitarian"),  # one_flees_alone
    ("The clerk locked the till, ran out the back and escaped.", "humanitarian"),  # one_flees_alone
    ("Several roads were closed on Monday due to poor visibility and blowing snow.", "disruption"),
    # caused_by_a_hazard
    ("Thousands of homes were without power on Sunday as the blizzard moved east.", "disruption"),
    # caused_by_a_hazard
    ("Flights were cancelled at the airport on Friday because of thick fog.", "disruption"),
    # caused_by_a_hazard
    ("A woman was struck while crossing at the intersection on Monday.", "attack"),  # struck_on_the_road
    ("The sedan veered into the oncoming lane and hit a parked truck.", "attack"),  # struck_on_the_road
    ("Once inside, he shouted at the clerk, threatening the woman, police said.", "statement.threat"),
    # one_person_threatens_another
    ("She told officers that he had threatened her twice, police said.", "statement.threat"),
    # one_person_threatens_another
    ("The young mayor faces an uphill battle in the spring.", "attack"),  # in_another_arena (uphill)
    ("A second man had fled the scene in a grey van, deputies said.", "humanitarian"),  # fleeing_a_scene
    ("The airline is offering a one-way fare of $99 to the coast.", "diplomacy"),  # not_object goods_for_sale
    ("The club will be offering two spring swimming programs again this year.", "diplomacy"),  # goods_for_sale
    ("A swarm of bees attacked two hikers on the trail on Sunday.", "attack"),  # an_animal_attacks
    ("The boy was hurt in a dog attack in the park on Monday.", "attack"),  # an_animal_attacks
    ("Twelve soldiers were killed when two army helicopters crashed in fog.", "attack"),  # _an_accident
    ("A transport plane crashed into the hills near the base on Monday.", "attack"),  # crash needs a weapon noun
]

STILL_AN_EVENT = [
    ("Villagers packed their belongings and fled to the hills after the shelling.", "humanitarian"),
    ("The family loaded the car and fled the town as the troops approached.", "humanitarian"),
    ("Power was cut to 40,000 homes after a drone attack on the substation.", "disruption"),
    ("A fire at the plant after the missile strike cut power to the city.", "disruption"),
    ("Rebels struck a convoy on the highway near the intersection on Monday.", "attack"),
    ("The minister threatened the rebels with new strikes on Monday.", "statement.threat"),
    ("He threatened them with new strikes on Monday, the army said.", "statement.threat"),
    ("Thousands of villagers fled the region as the army advanced on Monday.", "humanitarian"),
    ("The ministry offered talks to the rebels on Monday.", "diplomacy.proposal"),
    ("Soldiers with dogs attacked the rebel camp with mortars on Monday.", "attack"),
    ("Two soldiers were killed when a rocket fell on their post.", "attack"),  # a weapon falls: fire
    ("Two soldiers were killed when a drone crashed into their post.", "attack"),
]


@pytest.mark.parametrize("text,kind", NO_EVENT)
def test_another_sense_makes_no_event(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", STILL_AN_EVENT)
def test_war_stays_an_event(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]
