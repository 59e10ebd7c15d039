"""Ties broken, envoys withdrawn, resolutions approved; invasions and advances; suspects who give themselves up
or are caught by the law's officers; beatings."""

from __future__ import annotations

import pytest

CASES = [
    ("Peru broke off diplomatic relations with Chile on Monday.", "diplomacy.sanctions"),
    ("Peru suspended diplomatic ties with Chile on Monday.", "diplomacy.sanctions"),
    ("Peru withdrew its ambassador from Chile on Monday.", "diplomacy.sanctions"),
    ("Peru closed its embassy in Chile on Monday.", "diplomacy.sanctions"),
    ("The UN Security Council approved a resolution on Peru on Monday.", "diplomacy.agreement"),
    ("Chilean troops invaded Peru on Monday.", "attack.ground"),
    ("Chilean troops advanced on Tacna on Monday.", "attack.ground"),
    ("Chilean troops pushed toward the capital on Monday.", "attack.ground"),
    ("The Chilean army crossed the border into Peru on Monday.", "attack.ground"),
    ("He surrendered to police on Monday.", "arrest"),
    ("The suspect turned himself in on Monday.", "arrest"),
    ("Deputies captured the suspect near the river on Monday.", "arrest"),
    ("A grand jury returned an indictment against him on Monday.", "arrest"),
    ("Two men beat up a woman outside the bar on Sunday.", "attack.civilians"),
    # what a noun acts on is its "of"
    ("Peru's rejection of the Chilean peace plan angered the mediators.", "diplomacy.rejection"),
    ("Chile announced a boycott of the talks in Tacna on Monday.", "diplomacy.rejection"),
]

NOT_CASES = [
    ("Refugees crossed the border into Peru on Monday.", "attack.ground"),
    ("Foreign fighters crossing the border joined the rebels.", "attack.ground"),
    ("The council approved a resolution on parking on Monday.", "diplomacy.agreement"),
    ("The company withdrew its offer on Monday.", "diplomacy.sanctions"),
    ("The suspect turned in his passport.", "arrest"),
    ("The shop suspended its opening hours.", "diplomacy.sanctions"),
    ("Police captured the moment on camera.", "arrest"),
    ("Soldiers captured two rebel fighters near the town on Monday.", "arrest"),
    ("The home side beat the visitors on Sunday.", "attack.civilians"),
    ("The court's rejection of his appeal was expected.", "diplomacy.rejection"),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_the_words_tell_their_event(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_other_senses_tell_none(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]
