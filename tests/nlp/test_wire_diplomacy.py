"""Diplomacy and build-ups told in wire English without the usual verb: a state that calls for or demands an
act, leaders who spoke or conferred, a cease-fire spelled with its hyphen, forces bolstered, an embargo
ordered, a response promised on a condition, an envoy sent."""

from __future__ import annotations

import pytest

CASES = [
    # a state calls for or demands an act (not a mood, not residents)
    ("Moldova called for an emergency session of the Security Council.", "diplomacy.proposal"),
    ("On Friday, Paraguay called for the withdrawal of foreign warships from the river.", "diplomacy.proposal"),
    ("The Bolivian government demanded the return of the seized fishing boats.", "diplomacy.proposal"),
    # two leaders, or two states, who spoke or conferred
    ("Foreign Minister Ortiz later spoke with his Chilean counterpart.", "diplomacy.call"),
    ("Meanwhile, President Ortiz and King Tomas of Norland also spoke.", "diplomacy.call"),
    ("Chile and Peru conferred in Lima on the new border line.", "diplomacy.talks"),
    # heads of state known by name speak for their states
    ("Putin and Erdogan discussed Syria in Sochi on Monday.", "diplomacy.talks"),
    ("Moldovan President Ortiz and Romanian Prime Minister Ruiz met on Monday. Ortiz and Ruiz discussed the border.",
     "diplomacy.talks"),
    ("The Moldovan president discussed the crisis with the Romanian prime minister.", "diplomacy.talks"),
    ("Moldovan President Ortiz discussed the river dispute with his one firm ally, Romanian Prime Minister Ana Ruiz.", "diplomacy.talks"),
    # a truce in wire spelling
    ("The cease-fire in the northern province unraveled on Wednesday.", "diplomacy.ceasefire"),
    ("A cease-fire was declared at midnight along the whole front.", "diplomacy.ceasefire"),
    # forces grown where they stand
    ("Moldova is bolstering its military presence along the river.", "military.mobilization"),
    ("The army has continued to increase its armed forces near the border.", "military.mobilization"),
    # an embargo ordered
    ("The Security Council ordered a trade embargo on Moldova in March.", "diplomacy.sanctions"),
    # a response promised on a condition
    ("The ambassador said Moldova would retaliate against its neighbours if they closed the border.",
     "statement.threat"),
    ("The president said Moldova would use force if the talks fail.", "statement.threat"),
    ("Moldova will strike back unless the ships leave its waters.", "statement.threat"),
    # a regime or a junta is a government a duty is laid on
    ("The regime and those who back it must comply with the resolution at once.", "diplomacy.proposal"),
    ("The junta must release the detained journalists.", "diplomacy.proposal"),
    # an expulsion told by the side expelled; assets a state freezes
    ("Romania said two of its diplomats had been ordered to leave Moldova.", "diplomacy.sanctions"),
    ("Moldova expelled several of the Romanian envoys on Monday.", "diplomacy.sanctions"),
    ("Moldova froze the assets of three Romanian banks.", "diplomacy.sanctions"),
    # an envoy sent, a deal a third party brought about
    ("In another mediation effort, Moldova said it had sent an envoy to the region.", "diplomacy.talks"),
    ("The prisoner deal was mediated late on Tuesday by Norway.", "diplomacy.agreement"),
]

NOT_CASES = [
    ("The mayor called for calm after the storm.", "diplomacy.proposal"),
    ("The government called for calm after the storm.", "diplomacy.proposal"),
    ("Residents called for a new school in the district.", "diplomacy.proposal"),
    ("Ortiz spoke with Reuters on Monday.", "diplomacy.call"),
    ("A detective spoke with John Ortiz about the burglary.", "diplomacy.call"),
    ("The president spoke at a dinner on Sunday.", "diplomacy.call"),
    ("The mayor discussed the budget with residents on Tuesday.", "diplomacy.talks"),
    ("Detective Ruiz discussed the case with John Ortiz.", "diplomacy.talks"),
    ("The company bolstered its presence in the Asian market.", "military.mobilization"),
    ("The firm expanded its sales force to 300 people.", "military.mobilization"),
    ("Police used force to clear the square.", "statement.threat"),
    ("Police froze the bank accounts of the suspect.", "diplomacy.sanctions"),
    ("The army retaliated on Sunday.", "statement.threat"),
    ("The air force said it would send more details if asked.", "diplomacy.talks"),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_wire_diplomacy_is_read(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_other_senses_make_no_such_event(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]


TOPIC_CASES = [
    # the topic of a talk noun that is not the word the event was read from
    ("Aides said the two countries' presidents would meet in Geneva next month for a new round of talks on "
     "Crimea, their third meeting this year.", set(), "Geneva"),
    # what is discussed takes no part in the talks, and the talks are not held there
    ("President Ortiz of Moldova discussed the crisis in Norland with the Romanian prime minister.",
     {"MDA", "ROU"}, None),
    ("In Bucharest, the Moldovan president discussed the Norland crisis with the Romanian prime minister.",
     {"MDA", "ROU"}, "Bucharest"),
]


@pytest.mark.parametrize("text,sides,place", TOPIC_CASES)
def test_what_is_discussed_is_no_side_and_no_venue(parse, text, sides, place):
    talks = [e for e in parse(text)._.events if e.type == "diplomacy.talks"]
    assert talks
    assert {a.country for a in talks[0].actors if a.role == "participant"} == sides
    assert (talks[0].location.name if talks[0].location else None) == place
