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
