"""A passive killing that names no doer ("a boy who was killed after a fight"): an attack only beside words of
violence, never beside a crash, a fire, a fall or an illness, and no act of its own beside an attack told.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.triggers import ENTRY_CONDITIONS, violent_if_a_lone_toll

# (text, the number of attack records it makes)
LONE_TOLL_CASES = [
    # violence in the sentence: a fight, a wound, a weapon, combat
    ("Police are investigating the death of a 16-year-old who was killed early Sunday after a fight at a party "
     "in Dunmarsh.", 1),
    ("A soldier was killed on Tuesday while on a combat patrol in the hills.", 1),
    ("A man who was killed on Saturday had been beaten with a bat, police said.", 1),
    ("The mother of a boy who was killed after a brawl on Sunday spoke to reporters.", 1),
    # violence in the sentence before
    ("Police found a knife near the river in Hollowfield on Friday. A woman was killed there hours earlier.", 1),
    # an accident, a hazard or an illness: no attack
    ("A cyclist was killed in a crash on Route 9 on Monday.", 0),
    ("A woman was killed on Sunday when her car left the road.", 0),
    ("Two climbers were killed by an avalanche on Saturday.", 0),
    ("The boy was killed in a house fire on Friday.", 0),
    ("The pilot was killed when his plane went down on Monday.", 0),
    ("A hiker was killed after a fall from a cliff on Sunday.", 0),
    # a quarrel that turned violent
    ("A woman was killed and her husband was arrested after a domestic dispute turned violent on Monday.", 1),
    ("A man was killed on Saturday after an argument outside a bar in Dunmarsh.", 1),
    # a vehicle named as a weapon's kind is no accident: "car bomb"
    ("Five people were killed in a car bomb in Dunmarsh on Monday.", 1),
    ("Two guards were killed in a truck bomb attack near the gate on Monday.", 1),
    ("A driver was killed in a car crash near Dunmarsh on Monday.", 0),
    ("Three miners were killed in a coal mine blast on Monday.", 0),
    # nothing tells how: no attack read into it
    ("A farmer was killed on Monday in Dunmarsh.", 0),
    # a soldier or a fighter killed: the other side's act, unless an accident is told
    ("A Marine was killed in the southern province on Sunday.", 1),
    ("Cpl. Ana Ruiz was killed near the border on Sunday.", 1),
    ("Three soldiers killed in the north.", 1),
    ("A soldier was killed in a road accident in the province on Sunday.", 0),
    # a toll summed up to now is no act, however violent its sentence
    ("Violence in the province has risen this year, with more than 900 people killed since April.", 0),
    ("Fighting has flared in the hills, with 40 people killed since 2019, monitors said.", 0),
    ("Fighting flared in the hills, and two people were killed on April 3.", 1),
    # ... and a war summed up over a long span up to now is no act either
    ("Since 1990 _ when the army entered the valley _ nearly 200 soldiers have been killed fighting the rebels.", 0),
    ("Attacks have killed 500 people in the province this year.", 0),
    ("Rebels have attacked the town twice this week, killing four people.", 1),
    # a share of many cases, a statistic
    ("Of nine women who had been killed last year, suspects had been arrested in four cases after a shooting.", 1),
]


@pytest.mark.parametrize("text,attacks", LONE_TOLL_CASES)
def test_a_lone_toll_is_an_attack_only_beside_violence(parse, text, attacks):
    doc = parse(text)
    assert len([e for e in doc._.events if e.type.startswith("attack")]) == attacks


# (text, the heads of its attack triggers): beside an attack told, the toll is that attack's
TOLL_BESIDE_AN_ACT_CASES = [
    ("Gunmen opened fire on a bus in Dunmarsh on Sunday. Four men were killed.", ["opened"]),
    ("Four men were killed in Dunmarsh on Sunday. Gunmen opened fire on their bus, police said.", ["opened"]),
    ("Three men were killed in the shooting on Monday.", ["shooting"]),
    ("Two soldiers were killed by a roadside bomb on Monday.", ["killed"]),  # a doer named: no lone toll
]


@pytest.mark.parametrize("text,heads", TOLL_BESIDE_AN_ACT_CASES)
def test_a_toll_beside_an_attack_is_that_attacks(parse, text, heads):
    doc = parse(text)
    assert [doc[t.head].text for t in doc._.triggers if t.type.startswith("attack")] == heads


def test_the_lone_toll_is_an_entry_condition():
    assert violent_if_a_lone_toll in ENTRY_CONDITIONS
