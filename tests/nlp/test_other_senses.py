"""Trigger words in another sense, read by general rules of English (nlp/triggers.py, nlp/events/sense.py):
a vehicle that hits, a fight with an illness, a deal struck, play in a match, a strike of work, one who
flees alone, a show called a demonstration, a word of a name, a capture of no place, talks at home; and the
same words where they do tell an event. Every sentence is invented."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # a vehicle that hits is a road accident
    ("A cyclist was struck by a delivery van on Elm Street in Tamsk on Monday.", "attack"),
    ("The pickup that hit the pedestrian did not stop, police in Tamsk said.", "attack"),
    ("A woman was hit by a car and killed early Sunday in Orlov.", "attack"),
    # a phrase joined by hyphens names something else
    ("Police in Orlov made an arrest in the hit-and-run death of a jogger.", "attack"),
    # a fight with an illness, a hardship or a force of nature
    ("The former mayor died on Sunday after a long battle with cancer.", "attack"),
    ("Volunteers will help fight hunger in the county this spring.", "attack"),
    ("Crews launched an attack on the flames from the roof of the barn.", "attack"),
    ("A small earthquake that struck near Orlov overnight caused no damage.", "attack"),
    ("Farm towns were hit hard by unemployment last year.", "attack"),
    # what no weapon can strike
    ("A deal was struck with a handshake on Tuesday, the chairman said.", "attack"),
    ("Her new film will hit theaters across the country on Friday.", "attack"),
    ("Bank shares were hit by profit-taking in late trading.", "attack"),
    ("The senator sharply attacked the governor's proposal to cut school funding.", "attack"),
    ("The firm is the target of a lawsuit filed by two former workers.", "attack"),
    # play in a sentence only sport uses
    ("A 90th-minute strike by the substitute sealed the match for the visitors.", "attack"),
    ("The two sides clash again in the second leg of the tie next week, the coach said.", "attack"),
    ("The home team rallied from a ten-point deficit to win the championship game.", "protest"),
    # a strike of work
    ("Cabin crew workers are preparing to strike just before the holiday.", "attack"),
    ("Nurses will strike on Monday over wages, their union said.", "attack"),
    ("He began a hunger strike in his cell on Tuesday.", "attack"),
    # one who flees alone escapes; charged with fleeing is a charge
    ("The driver left the car and fled on foot toward the river.", "humanitarian"),
    ("The robber grabbed the wallet and fled north on Lowry Avenue.", "humanitarian"),
    ("He was charged with fleeing police and reckless driving.", "humanitarian"),
    # displacement in a sentence of a fire or a flood, with no weapon or fighting
    ("Fire officials did not know how many residents were displaced by the blaze.", "humanitarian"),
    ("Flooding forced 900 people from their homes in the valley this week.", "humanitarian"),
    # a demonstration with nothing of a protest is a show
    ("Interactive demonstrations throughout the day will cover gardening and cooking.", "protest"),
    ("The forge will be open for blacksmithing demonstrations from noon until three.", "protest"),
    # a capitalised trigger word inside a name
    ("Scout troops from Battle Creek will collect food for the pantry on Saturday.", "attack"),
    ("The walk will raise money for the March of Dimes in the park on Sunday.", "protest"),
    # a capture of no place
    ("The driver lost control of his pickup and struck a tree.", "territory"),
    ("Agents seized bank statements and ledgers from the office on Monday.", "territory"),
    ("Profit at the unit fell to $110 million in the quarter.", "territory"),
    ("The autopilot takes control of the vehicle on the highway.", "territory"),
    # talks, deals and offers among bodies of one country below the state, or firms
    ("The county board met Monday to review the road budget.", "diplomacy"),
    ("The governor and the senate president agreed to use reserve money for the turnpike.", "diplomacy"),
    ("The airline rejected a proposal from a rival carrier to combine the two companies.", "diplomacy"),
    ("The city is in talks with the county about the new jail.", "diplomacy"),
]

EVENTS = [
    # the same words telling an event
    ("A drone struck a bus near Tamsk on Monday, killing two passengers.", "attack"),
    ("Gunmen attacked a police patrol in Orlov on Tuesday.", "attack"),
    ("A drone strike killed three workers at a depot in Tamsk on Monday.", "attack"),
    ("Artillery hit the market in Orlov on Monday.", "attack"),
    ("Thousands of residents fled Tamsk after the shelling on Monday.", "humanitarian"),
    ("Hundreds of protesters held a demonstration against the new law in the capital on Sunday.", "protest"),
    ("Rebels seized control of the town of Tamsk on Monday.", "territory"),
    ("Tamsk fell to the rebels on Friday, the army said.", "territory"),
    ("Militants seized the airport of Orlov on Sunday.", "territory"),
    ("The governor met the Mexican consul in Austin on Monday to discuss border trade.", "diplomacy"),
    ("Russia and Ukraine agreed on Friday to exchange prisoners.", "prisoners"),
    ("The foreign ministry rejected the African Union proposal for a truce.", "diplomacy"),
    ("A gunman opened fire on police on a boulevard in Orlov on Thursday night.", "attack"),
]


def _families(doc) -> set[str]:
    return {e.type.split(".")[0] for e in doc._.events}


@pytest.mark.parametrize(("text", "family"), NO_EVENT)
def test_words_in_another_sense_tell_no_event(parse, text, family):
    assert family not in _families(parse(text))


@pytest.mark.parametrize(("text", "family"), EVENTS)
def test_the_same_words_telling_an_event(parse, text, family):
    assert family in _families(parse(text))


AGES = [
    "The former mayor of Orlov dies at 79.",
    "Ruth Calder, a teacher for forty years, died at 91 on Sunday.",
]


@pytest.mark.parametrize("text", AGES)
def test_an_age_after_dies_at_is_no_toll(parse, text):
    assert not any(q.role == "killed" for e in parse(text)._.events for q in e.quantities)


MORE_NO_EVENT = [
    ("Anyone with information that leads to the arrest of the vandals can call the sheriff.", "arrest"),
    ("A reward is offered for information leading to the arrest of the robber.", "arrest"),
    ("The minister expressed reservations about any negotiations with the rebels.", "diplomacy"),
    ("A retired farmer died of an apparent heart attack while shoveling snow on Saturday.", "attack"),
    ("Fleeing shoplifting suspect caught near mall.", "humanitarian"),
]


@pytest.mark.parametrize(("text", "family"), MORE_NO_EVENT)
def test_more_words_that_tell_no_event(parse, text, family):
    assert family not in _families(parse(text))


CHARGES = [
    "Man booked for teen assault.",
    "Police in Tamsk arrested a man on Monday on a charge of aggravated assault.",
    "The driver was charged with assault and reckless driving on Tuesday.",
]


@pytest.mark.parametrize("text", CHARGES)
def test_the_offence_a_charge_names_is_no_attack(parse, text):
    assert "attack" not in _families(parse(text))


TYPED = [
    ("Two men assaulted a woman in a car park in Leeds on Friday.", "attack.civilians"),
    ("A man attacked his neighbour with a hammer in Tamsk on Sunday.", "attack.civilians"),
    ("Gunmen attacked an army checkpoint in Tamsk on Monday.", "attack.ground"),
    # a village attacked, with no armed men among what was hit, is an attack on its people, whoever attacked
    ("Rebels attacked the village of Orlov on Monday.", "attack.civilians"),
]


@pytest.mark.parametrize(("text", "etype"), TYPED)
def test_an_attack_on_a_person_with_no_armed_side_is_on_civilians(parse, text, etype):
    assert etype in {e.type for e in parse(text)._.events}


TOWNS_BODIES = [
    # a body a town's name heads is that town's, in the dateline's country when a town of the name is there
    ("ATHENS, Texas — The Athens Police Department arrested a man Monday on a charge of theft.", "USA"),
    ("PARIS, Tenn. — Paris Police arrested two teenagers on Friday.", "USA"),
    ("Greek police in Athens arrested two men on Monday.", "GRC"),
    # a town's police named like a country: the report's town, when the report is in the town's country
    ("Carl Vance of Lebanon was arrested Thursday in Boone County, Ind. He was taken into custody by Lebanon "
     "Police after a traffic stop.", "USA"),
]


@pytest.mark.parametrize(("text", "country"), TOWNS_BODIES)
def test_an_arrest_by_a_towns_police_is_in_that_towns_country(parse, text, country):
    arrests = [e for e in parse(text)._.events if e.type == "arrest"]
    assert arrests and all(e.location is not None and e.location.country == country for e in arrests)
    assert all(a.country == country for e in arrests for a in e.actors)


LAST_NO_EVENT = [
    ("Joint Crew Blasts Off to Orbiting Laboratory.", "attack"),
    ("An explosion at a bakery injured nine people and may have been caused by a gas leak, officials said.", "attack"),
    ("\"I didn't blame the weather, I blamed the schedule,\" the coach said.", "statement"),
    ("The coach blamed himself for the loss on Saturday.", "statement"),
    ("An explosion tore through a bakery in Orlov on Monday. Firefighters said a gas leak caused it.", "attack"),
]

LAST_EVENTS = [
    ("A bomb blast in a market in Orlov killed five people on Monday.", "attack"),
    ("An explosion at a checkpoint killed two soldiers; no group claimed the attack.", "attack"),
    ("The ministry blamed the rebels for the shelling of Tamsk.", "statement"),
]


@pytest.mark.parametrize(("text", "family"), LAST_NO_EVENT)
def test_a_launch_an_accidental_blast_a_blame_denied(parse, text, family):
    assert family not in _families(parse(text))


@pytest.mark.parametrize(("text", "family"), LAST_EVENTS)
def test_blasts_and_blame_that_are_events(parse, text, family):
    assert family in _families(parse(text))
