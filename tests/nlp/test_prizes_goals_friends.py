"""A prize or a share of the vote captured, a fight "to" reach a goal, something called an attack now, ads
blasted, bouts of boxing, a disruption by the weather, a strike by one driving and a meeting with a friend
make no event; the captures, fights and talks of war beside them stay events."""

import pytest

NO_TRIGGER = [
    # a_prize_won
    ("The Greens captured 12 percent of the vote in Brellmoor on Sunday.", "territory"),
    ("The grey mare captured the top award at the Brellmoor show on Saturday.", "territory"),
    ("The new film captured the mood of the harbour town, critics said.", "territory"),
    ("The party seized a majority of the seats in the council on Sunday.", "territory"),
    # fought_for_a_goal
    ("The mayor fought to open a new clinic in Brellmoor.", "attack"),
    ("Parents battled to keep the Brellmoor library open last year.", "attack"),
    # this_is_an_attack
    ("This is an attack on our way of life, the senator told the crowd.", "attack"),
    ("\"That is not simply an attack on me and my family,\" the mayor said.", "attack"),
    # an_abstract_thing_struck, words and what is shown
    ("Brellmoor councillors blast the mayor's new ads.", "attack"),
    # a_game_of_sport, boxing
    ("The evening ends with a battle in the welterweight class.", "attack"),
    # a_disruption_of_nature
    ("Snow and ice covered Brellmoor on Saturday. Nearly 9,000 homes were left without power that evening.",
     "disruption"),
    ("A strong earthquake shook the hills on Sunday. Phone lines to the farms in the valley were cut off.",
     "disruption"),
    ("Fog settled over the coast on Monday. The Brellmoor airport diverted flights to the north.", "disruption"),
    # struck_by_one_driving
    ("The cyclist was struck by a grey sedan driven by a Brellmoor man on Friday.", "attack"),
    ("The man was charged with driving drunk after police say he struck a cyclist on Sunday.", "attack"),
    # meets_private_people, kin and friends
    ("Her brother met up with an old friend at the harbour on Friday.", "diplomacy"),
    ("The mayor met his future wife at college in Brellmoor.", "diplomacy"),
    ("The sheriff recalled a telephone conversation with the Brellmoor man on Monday.", "diplomacy"),
    ("The minister met the victim's mother in Brellmoor on Friday.", "diplomacy"),
]

STILL_A_TRIGGER = [
    ("The rebels captured the town of Brellmoor on Sunday.", "territory"),
    ("Police captured the escaped inmate near the jail in Brellmoor on Sunday.", "arrest"),
    ("The brigade fought to retake Brellmoor from the rebels on Monday.", "attack"),
    ("Soldiers fought rebels in the streets of Brellmoor on Monday.", "attack"),
    ("This was a rocket attack on the town, the governor of Brellmoor said.", "attack"),
    ("The raid on the Brellmoor depot is the third attack this week.", "attack"),
    ("\"This is a cruel attack on the townspeople,\" the mayor of Brellmoor said on Sunday.", "attack"),
    ("Jets blasted the rebel positions near Brellmoor on Monday.", "attack"),
    ("Russian drones struck the grid on Saturday amid heavy snow. Nearly 9,000 homes were left without power.",
     "disruption"),
    ("Heavy snow fell on Monday. The union held a walkout at the Brellmoor airport, and all flights were cancelled.",
     "disruption"),
    ("The attacker drove into the crowd in Brellmoor on Sunday, hitting dozens of people.", "attack"),
    ("A shell hit the car of a bus driver in Brellmoor on Sunday.", "attack"),
    ("Gunmen opened fire on Sunday in Brellmoor, hitting a bus driver.", "attack"),
    ("The foreign minister met with his counterpart in Brellmoor on Monday.", "diplomacy"),
]


@pytest.mark.parametrize("text,kind", NO_TRIGGER)
def test_no_trigger(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", STILL_A_TRIGGER)
def test_still_a_trigger(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]
