"""Attack types from the strongest cue in the clause: weapon, delivery, the attack word's own reading."""

from __future__ import annotations

import pytest

CASES = [
    # delivery
    ("The relief convoy was attacked from the air near the village, killing four.", "attack.air"),
    # a bare "strike" is from the air
    ("On Monday, allied forces conducted 12 strikes against militant positions.", "attack.air"),
    # a weapon the strike hits is its target, not its weapon
    ("Near the river town, one strike destroyed a mortar and a truck.", "attack.air"),
    ("Two strikes on a rocket depot destroyed four buildings.", "attack.air"),
    # a word of fighting that names a kind of thing gives no type: "a fighting position"
    ("Near the dam, two strikes engaged a militant unit and destroyed a fighting position.", "attack.air"),
    # a bombing is a planted explosive unless aircraft are named
    ("Two bombings at a bus station killed 14 people in the port town on Sunday.", "attack.explosive"),
    ("A terrorist attack on a market killed nine people on Friday.", "attack.explosive"),
    ("A suicide bomber attacked a checkpoint in the capital, killing six.", "attack.explosive"),
    ("A grenade attack on a police patrol wounded three officers.", "attack.explosive"),
    # the weapon still decides
    ("A rocket attack on the camp killed two residents.", "attack.artillery"),
    ("Jets struck a fuel depot near the border.", "attack.air"),
    # the kind of target, with no weapon of war named: civilian life is an attack on civilians, armed men a clash
    ("Gunmen attacked a village near the river on Monday, killing four people.", "attack.civilians"),
    ("Militiamen attacked worshippers at a church in the valley on Sunday.", "attack.civilians"),
    ("Rebels attacked an army post near the river on Monday.", "attack.ground"),
    ("Gunmen attacked a police checkpoint and a village near the border on Monday.", "attack.ground"),
    ("A bomb attack on a market killed nine people on Friday.", "attack.explosive"),
    # policemen among the dead: a fight with armed men of the state, not violence against civilians
    ("Rebels overran the police post in Lozova late Tuesday, killing seven police officers and two civilians.",
     "attack.ground"),
    ("Gunmen opened fire on a wedding party in Lozova, killing eight civilians.", "attack.civilians"),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_attack_type_from_the_strongest_cue(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


def test_a_bare_attack_keeps_the_weapon_of_its_paragraph(parse):
    doc = parse("Drones hit the power plant overnight. The strikes cut power to 3,000 homes.")
    assert {e.type for e in doc._.events if e.type.startswith("attack")} == {"attack.drone"}


@pytest.mark.parametrize("text", [
    "Police found two assault rifles and a pistol in the car.",
    "The museum displays an old attack helicopter and a battle tank.",
])
def test_a_kind_of_thing_is_no_attack(parse, text):
    assert not [e for e in parse(text)._.events if e.type.startswith("attack")]


@pytest.mark.parametrize("text", [
    "Officers found a man with a gunshot wound in the alley on Sunday.",
    "Medics treated two gunshot wounds at the scene of the robbery on Monday.",
])
def test_an_attack_word_before_its_aftermath_is_an_attack(parse, text):
    assert [e for e in parse(text)._.events if e.type.startswith("attack")]


@pytest.mark.parametrize("text,events", [
    # an event word before a noun of a record kept of acts names the kind of record
    ("According to the police arrest report, the van was stolen from a car park on Wednesday.", []),
    ("Kessler, who has no prior arrest record, opened a bakery in the town on Monday.", []),
    ("The ministry published its attack statistics for the year on Monday.", []),
    # the act itself, reported on, is still told
    ("Police filed a report on the arrest of two men in Tulsa on Monday.", ["arrest"]),
])
def test_a_kind_of_record_is_no_act(parse, text, events):
    assert [e.type for e in parse(text)._.events] == events


@pytest.mark.parametrize("text,events", [
    # acts in the plural, with no article or number, as the subject of "is" or "are": a kind described
    ("Car bombings are a hallmark of the group, which operates near Dunmarsh.", []),
    ("Kidnappings for ransom are common on the road south of Dunmarsh.", []),
    # acts named with an article or a number are the acts told
    ("The bombings in Dunmarsh on Monday were the deadliest this year.", ["attack.explosive"]),
    ("Two bombings in Dunmarsh on Monday are under investigation.", ["attack.explosive"]),
])
def test_acts_of_a_kind_described_are_no_act(parse, text, events):
    assert sorted({e.type for e in parse(text)._.events}) == events


@pytest.mark.parametrize("text,etype", [
    # a state's armed agents shot or killed, and no one else: a clash with armed men
    ("A policeman was shot dead by unidentified gunmen in Dunmarsh on Monday.", "attack.ground"),
    ("Gunmen shot dead two soldiers at a checkpoint near Dunmarsh on Monday.", "attack.ground"),
    # ... a civilian among them: violence against civilians
    ("Gunmen shot dead a policeman and a shopkeeper in Dunmarsh on Monday.", "attack.civilians"),
])
def test_state_agents_hurt_make_a_clash(parse, text, etype):
    assert [e.type for e in parse(text)._.events] == [etype]


@pytest.mark.parametrize("text,events", [
    # police or troops who fire on protesters attack unarmed people; the protest is told too
    ("Police opened fire on demonstrators in Dunmarsh on Monday, killing two.",
     ["attack.civilians", "protest.demonstration"]),
    # rioters who clash with police are a riot, no attack on the unarmed
    ("Police clashed with armed rioters in Dunmarsh on Monday, killing two.", ["protest.riot"]),
])
def test_fire_on_protesters_is_on_unarmed_people(parse, text, events):
    assert sorted({e.type for e in parse(text)._.events}) == events


@pytest.mark.parametrize("text,denial", [
    # a charge in law set aside is the law's act; a charge called false, or one with its words, is denied
    ("The county prosecutor dismissed an assault charge against a Brellmoor man on Monday.", False),
    ("Prosecutors dismissed the charges against the two guards on Friday.", False),
    ("The minister dismissed the charges as baseless propaganda on Friday.", True),
    ("The rebel commander dismissed the charge that his men had shelled the town.", True),
])
def test_a_charge_dropped_is_no_denial(parse, text, denial):
    assert ("statement.denial" in [e.type for e in parse(text)._.events]) == denial


@pytest.mark.parametrize("text,types", [
    # a weapon of another doer's clause below the act is that act's, not the clash's
    ("Troops killed two gunmen in a clash near Dunmarsh on Tuesday, hours after militants fired mortar shells at "
     "a village.", {"attack.ground", "attack.artillery"}),
    # the clause above an act is its own: the shells fired killed the two
    ("Militants fired mortar shells at a village near Dunmarsh on Tuesday, killing two people.", {"attack.artillery"}),
])
def test_a_weapon_of_another_clause_types_no_act(parse, text, types):
    assert {e.type for e in parse(text)._.events} == types


@pytest.mark.parametrize("text,etype", [
    # the object the parser hangs on the last of two joined verbs is the first's too: a person attacked
    ("A group of youths attacked and beat a man in Dunmarsh on Monday, killing him.", "attack.civilians"),
    ("Soldiers attacked and burned a rebel camp near Dunmarsh on Monday.", "attack.ground"),
])
def test_the_object_of_joined_verbs(parse, text, etype):
    assert [e.type for e in parse(text)._.events] == [etype]


def test_a_joined_verb_of_its_own_doer_shares_no_object(parse):
    # "and police asked them to stop": another's act, whose object is no one struck
    assert parse("Revelers fired celebratory gunfire at midnight in Dunmarsh, and police asked them to stop.")._.events \
        == []
