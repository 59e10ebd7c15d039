"""The one a death is of: "charged in the death of a clerk", "the fatal shooting of a man" count one killed;
"the attempted murder of a guard" kills no one. Every sentence is invented."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.quantities import the_victim_of_a_killing

# (sentence, the noun of the one it may be of, whether that one was killed)
CASES = [
    ("Two men were charged in the death of a store clerk on Monday.", "clerk", True),
    ("Two people were arrested in the fatal shooting of a man on Monday.", "man", True),
    ("Police are investigating the deadly stabbing of a teenager.", "teenager", True),
    ("Police said the murder of a shopkeeper shocked the town.", "shopkeeper", True),
    ("He was charged with the attempted murder of a guard.", "guard", False),
    ("Police are investigating the shooting of a man on Monday.", "man", False),  # hurt or killed: untold
    ("The report blamed the death of the peace process on the rebels.", "process", True),  # read; no person
]


@pytest.mark.parametrize("text,noun,killed", CASES)
def test_the_victim_of_a_death(parse, text, noun, killed):
    doc = parse(text)
    tok = next(t for t in doc if t.text == noun)
    role = the_victim_of_a_killing(tok, load_lexicon())
    assert (role is not None and role[0] == "killed") is killed


# (sentence, the killed count a record must carry)
COUNTS = [
    ("Two people have been arrested in Saturday's fatal shooting of a man at a home near Dayton, deputies said.", 1),
    ("Gunmen shot dead a village chief near the market on Monday.", 1),
]


@pytest.mark.parametrize("text,killed", COUNTS)
def test_one_killed_in_a_death_of(parse, text, killed):
    events = parse(text)._.events
    assert any(q.role == "killed" and q.value == killed for e in events for q in e.quantities), \
        [(e.type, e.quantities) for e in events]


# (sentence, whether it gives an arrest record)
NO_ONE_HELD = [
    ("Police said no suspects have been arrested in the shooting.", False),
    ("Nobody was arrested after the brawl, police said.", False),
    ("Troops detained no protesters on Monday.", False),
    # a charge misparsed as a second object leaves the arrest of the one named
    ("Deputies charged Baker with speeding, no registration plates and fleeing police on Monday.", True),
    ("Police arrested two suspects in the shooting on Monday.", True),
]


@pytest.mark.parametrize("text,arrest", NO_ONE_HELD)
def test_an_arrest_of_no_one(parse, text, arrest):
    types = [e.type for e in parse(text)._.events]
    assert ("arrest" in types) == arrest, types
