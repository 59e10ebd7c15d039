"""Accusations without "accuse", expulsions told from the expelled side, pushes and round-ups of hostages;
commands that tell no act."""

from __future__ import annotations

import pytest

CASES = [
    # a speaker names a foe by an insult
    ("The president called the opposition leader a dictator.", "statement.accusation"),
    ("The foreign minister called the Syldavian general a war criminal.", "statement.accusation"),
    # someone said to be behind an act
    ("Officials said Syldavian agents were behind the bombing.", "statement.accusation"),
    ("Police suggested that foreign services could have been behind the blast.", "statement.accusation"),
    # an expulsion told from the side expelled
    ("Two Syldavian diplomats were ordered to leave the country on Monday.", "diplomacy.sanctions"),
    ("Borduria declared the Syldavian ambassador persona non grata.", "diplomacy.sanctions"),
    # troops push into ground
    ("Army troops pushed into the northern districts of the city on Monday.", "attack.ground"),
    # civilians rounded up as hostages
    ("Soldiers rounded up villagers as hostages on Tuesday.", "attack.civilians"),
    ("Civilians from the capital are being rounded up by the occupying troops.", "attack.civilians"),
]

NOT_CASES = [
    ("The coach called the match a disaster.", "statement.accusation"),
    ("The soldiers were behind the wall all night.", "statement.accusation"),
    ("The minister may accuse Borduria of the killing.", "statement.accusation"),
    ("The manager ordered the staff to leave the building.", "diplomacy.sanctions"),
    ("The crowd pushed into the stadium before the match.", "attack.ground"),
    ("Police rounded up five suspects on Tuesday.", "attack.civilians"),
    # a command orders an act, it tells none
    ('"Storm the building," the commander told his men.', "attack.ground"),
    ('"Fight them," he urged the crowd in a radio address.', "attack.ground"),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_the_words_tell_their_event(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_other_senses_tell_none(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]
