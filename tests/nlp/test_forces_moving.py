"""Forces moving in: troops or warships arriving, or joining other forces, are a deployment; a part of a force
("the vanguard of the contingent") and the noun a participle describes ("troops arriving") are who moves.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

# (text, the event types it makes)
MOVING_CASES = [
    ("The first Romanian troops arrived in Chisinau on Sunday.", ["military.mobilization"]),
    ("The first of the Romanian troops arrived in Chisinau on Sunday.", ["military.mobilization"]),
    ("The allies voted for a joint force, with the vanguard of Romania's contingent arriving on Tuesday.",
     ["military.mobilization"]),
    ("A second aircraft carrier arrived in the Black Sea on Monday.", ["military.mobilization"]),
    ("Moldova said on Monday its troops would join the multinational forces in Romania.", ["military.mobilization"]),
    ("Two Moldovan brigades joined the coalition forces on Friday.", ["military.mobilization"]),
    # no deployment: others arriving or joining, a force joining something else
    ("The commander of the guard arrived in Chisinau on Sunday.", []),
    ("The minister joined the coalition forces for lunch.", []),
    ("The first guests arrived at the hotel on Sunday.", []),
    ("Two Moldovan soldiers joined the chess club on Friday.", []),
]


@pytest.mark.parametrize("text,types", MOVING_CASES)
def test_forces_moving_in_are_a_deployment(parse, text, types):
    doc = parse(text)
    assert sorted({e.type for e in doc._.events}) == types


# (text, the event types it makes): the doer a participle describes counts for the subject a word needs
DOER_CASES = [
    ("A suicide bomber blew himself up at a checkpoint, killing 12 soldiers.", "attack.explosive"),
    ("A suicide bomber killed 12 soldiers at a checkpoint on Monday.", "attack.explosive"),
]


@pytest.mark.parametrize("text,etype", DOER_CASES)
def test_doers_named_keep_the_bomber_reading(parse, text, etype):
    doc = parse(text)
    assert etype in {e.type for e in doc._.events}
