"""Past plots, meetings with private people, road accidents told in passing, service in a war, talk in the
singular, requirements met, staff fired, requests denied, warnings, means of what might be and money at home
make no event; the acts of war beside them stay events."""

import pytest

NO_TRIGGER = [
    # a_plan_of_the_past
    ("Prosecutors said the man planned to kill a guard at his home and then attack a barracks.", "attack"),
    ("A Velmora man who admitted to having plotted to kill a guard and then attack a depot was jailed on Monday.",
     "attack"),
    ("The pair had conspired to attack the embassy with a truck, the court heard.", "attack"),
    ("The cell plotted to bomb the Tarnbrook rail station, officials said on Monday.", "attack"),
    # meets_private_people
    ("The former minister met with pupils on Monday to discuss their website.", "diplomacy"),
    ("The senator met voters and shareholders in Quillby on Friday.", "diplomacy"),
    # a_vehicle_strikes_in_passing
    ("The car went up an embankment and overturned, striking a tree.", "attack"),
    ("The van skidded off the road on Monday, hitting a wall.", "attack"),
    # served_in_a_war
    ("He rides for all the men and women who have fought in wars that most people forget.", "attack"),
    ("Her grandfather did indeed fight in the war, the archive showed.", "attack"),
    # talk_in_the_singular
    ("Talk of sanctions against the neighbour was groundless, the envoys said.", "diplomacy"),
    ("The incessant talk about the status of the minority will go on.", "diplomacy"),
    # meets_a_requirement
    ("Officials said the lender would not face problems meeting its capital requirements.", "diplomacy"),
    ("The firm met its sales target in the third quarter.", "diplomacy"),
    # fires_what_no_gun_fires: a person dismissed
    ("The county judge fired the director at the operations centre on Tuesday.", "attack"),
    ("The club fired Marco Ruiz on Monday after the defeat.", "attack"),
    # denied_a_request
    ("The office denied a request by the developer to have access to his land.", "statement.denial"),
    ("The budget chief denied his request to use the money to pay off debt.", "statement.denial"),
    # warned_of
    ("The capital and its ally are alone in warning Velmora of military strikes if it does not back down.",
     "attack"),
    ("The minister warned of new air strikes on the port.", "attack"),
    ("Senior officials warned the rebels of punishing air strikes.", "attack"),
    ("The envoy warned of raids and air strikes on the border towns.", "attack"),
    # a_means_of_what_might_be
    ("The deputy minister said the West would break international law by attacking Velmora.", "attack"),
    # meets_private_people, a noun
    ("The firm has engaged in talks with other shareholders, the filing said.", "diplomacy"),
]

STILL_A_TRIGGER = [
    ("The rebels plan to shell the airport and attack the base next week.", "attack"),
    ("The army shelled the town and attacked the base on Monday.", "attack"),
    ("The rebels attacked the depot they had planned to seize, officials said.", "attack"),
    ("The minister met rebel commanders in Quillby on Monday.", "diplomacy.talks"),
    ("The envoy met with the foreign minister on Monday.", "diplomacy.talks"),
    ("The tank fired on Monday, striking a school.", "attack"),
    ("Soldiers in a truck opened fire on Monday, hitting a bus.", "attack"),
    ("The brigade fought in the streets of Quillby on Monday.", "attack"),
    ("The minister held talks with his counterpart on Monday.", "diplomacy.talks"),
    ("The Velmora and Quillby presidents met on Monday to discuss the border.", "diplomacy.talks"),
    ("Troops fired at the rebels on Tuesday.", "attack"),
    ("The two presidents spoke about the plan in a talk lasting nearly an hour on Monday.", "diplomacy"),
    ("The gunman fired a rifle at the crowd on Tuesday.", "attack"),
    ("The ministry denied the report that its troops had crossed the border.", "statement.denial"),
    ("The army denied the claims that its jets had struck the school on Monday.", "statement.denial"),
    ("The envoys held talks with rebel commanders in Quillby on Monday.", "diplomacy.talks"),
    ("The minister warned on Monday that air strikes on the port had killed six people.", "attack"),
    ("Rebels took the town by attacking it from the north on Monday.", "attack"),
    ("The state supreme court this month denied an earlier request by the man to delay his trial.",
     "statement.denial"),
]

NO_RECORD = [
    # money_at_home
    ("The government agreed on Monday to give her nearly $1,000 to cover her costs.", "diplomacy"),
    ("On Thursday the governor said she would reject a third of the $930 million in federal cash.", "diplomacy"),
    ("The province launched a plan on Monday to offer loans to first-time buyers.", "diplomacy"),
    ("The spokesman said it is the first early retirement plan offered under its strategy.", "diplomacy"),
]

STILL_A_RECORD = [
    ("Russia agreed on Monday to pay Ukraine $3 billion for the gas.", "diplomacy"),
    ("The ministry offered the rebels $2 million on Monday to lay down their arms.", "diplomacy"),
    ("The United States signed an agreement with Iraq on a $1 billion loan guarantee on Monday.", "diplomacy"),
]


@pytest.mark.parametrize("text,kind", NO_TRIGGER)
def test_no_trigger(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", STILL_A_TRIGGER)
def test_still_a_trigger(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", NO_RECORD)
def test_no_record(parse, text, kind):
    doc = parse(text)
    assert not [e for e in doc._.events if e.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", STILL_A_RECORD)
def test_still_a_record(parse, text, kind):
    doc = parse(text)
    assert [e for e in doc._.events if e.type.startswith(kind)]
