"""An attack's type from its strongest cue: the weapon a headline names as the killer, a weapon thrown, the
dead counted as civilians."""

from __future__ import annotations

import pytest

CASES = [
    # a weapon as the subject of a headline's toll
    ("Car bomb leaves nine dead in Kirkuk.", "attack.explosive"),
    ("Roadside bomb kills three soldiers in Helmand.", "attack.explosive"),
    # no weapon in the headline: fighting
    ("Three soldiers killed, fifteen wounded in the east.", "attack.ground"),
    # a thrown weapon
    ("A man threw a grenade into a crowded market in Kirkuk on Monday, wounding 12 people.", "attack.explosive"),
    # armed men whose dead are civilians
    ("Gunmen opened fire on a wedding party in Helmand on Saturday, killing eight civilians.", "attack.civilians"),
    # ... but not when soldiers die too, nor when the attack came from the air
    ("Gunmen attacked a checkpoint in Helmand on Saturday, killing two soldiers and three civilians.",
     "attack.ground"),
    ("An air strike hit a market in Idlib on Monday, killing eight civilians.", "attack.air"),
]

NOT_ATTACKS = [
    # stones thrown by protesters are a riot, not an attack
    ("Protesters threw stones at police in Lagos on Monday.", "attack"),
]


@pytest.mark.parametrize(("text", "etype"), CASES)
def test_the_strongest_cue_types_the_attack(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize(("text", "family"), NOT_ATTACKS)
def test_no_attack_without_a_weapon(parse, text, family):
    assert family not in [e.type.split(".")[0] for e in parse(text)._.events]


ATTEMPTS = [
    # force attempted is force used: an attempted capture is an assault
    ("On Monday, government troops attempted to seize the airport from the rebels.", "attack.ground"),
    ("Gunmen tried to storm the building in Tamsk on Monday.", "attack.ground"),
]

NO_ATTEMPTS = [
    # an attempt not made, or still to come
    "The army did not try to retake the town.",
    "The army will try to retake the town.",
]


@pytest.mark.parametrize(("text", "etype"), ATTEMPTS)
def test_an_attempt_at_force_is_an_attack(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text", NO_ATTEMPTS)
def test_no_attempt_no_attack(parse, text):
    assert not [e for e in parse(text)._.events if e.type.split(".")[0] in ("attack", "territory")
                and e.status == "occurred"]
