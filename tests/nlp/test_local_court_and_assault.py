"""Local crime news: charges told in the present, sentences received, jailings, stranglings.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.triggers import ENTRY_CONDITIONS, NOT_AN_ACT_RULES, a_state, takes_ground_not_people

CASES = [
    # a charge named with its crime is the act of charging, even in the present passive (a_state)
    ("Two men are charged with murder in the death of a baker, deputies said.", "arrest"),
    ("Kowalczyk is charged with arson and burglary.", "arrest"),
    ("The cook is charged in the robbery of a jeweller.", "arrest"),
    # a sentence received, imposed or handed down
    ("The clerk received a suspended two-year sentence on Monday.", "arrest"),
    ("A judge imposed a ten-year sentence on the driver Friday.", "arrest"),
    # sent to jail or prison
    ("The judge sent the former student to jail on Tuesday.", "arrest"),
    ("He was sent to prison on Friday for the theft.", "arrest"),
    # strangled, bludgeoned: violence done to a person
    ("Investigators say the inmate was beaten and strangled in his cell on Sunday.", "attack.civilians"),
    ("A farmer was bludgeoned in his barn on Thursday.", "attack.civilians"),
    # a capture of fugitives or suspects is an arrest, with no police word near
    ("Two escaped inmates were captured in the hills on Thursday.", "arrest"),
    ("The suspect was captured Friday and taken to the county jail.", "arrest"),
    # a person charged, with no crime named
    ("A man was charged after a brawl on Saturday.", "arrest"),
    ("Police charged two teenagers on Monday.", "arrest"),
]

NOT_CASES = [
    ("The committee is charged with overseeing the new budget.", "arrest"),  # a duty, not a charge
    ("The firm charged its customers a fee for delivery.", "arrest"),  # a price, not a charge
    ("The cavalry charged at dawn.", "arrest"),
    ("Seven million people are displaced by the floods.", "humanitarian.evacuation"),  # still a state
    ("He is serving a life sentence in a state prison.", "arrest"),  # served, not received
    ("The firm sent its samples to a lab in Ohio.", "arrest"),  # no jail
    ("High taxes strangled the town's small shops.", "attack.civilians"),  # no person
    # takes_ground_not_people: people captured are no ground taken
    ("Two escaped inmates were captured in the hills near Lake Vorn on Thursday.", "territory.change"),
    ("Soldiers captured two rebel fighters near the town on Monday.", "arrest"),  # no fugitive, no jail
]

GROUND_CASES = [
    "Rebels captured the town of Port Vale on Monday.",
    "The militia captured the airport on Friday.",
]


@pytest.mark.parametrize("text", GROUND_CASES)
def test_ground_is_still_captured(parse, text):
    assert "territory.change" in {t.type for t in parse(text)._.triggers}


def test_people_rule_is_an_entry_condition():
    assert takes_ground_not_people in ENTRY_CONDITIONS


@pytest.mark.parametrize("text,etype", CASES)
def test_local_court_and_assault_words(parse, text, etype):
    assert etype in {t.type for t in parse(text)._.triggers}


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_not_local_court_and_assault_words(parse, text, etype):
    assert etype not in {t.type for t in parse(text)._.triggers}


def test_a_state_stays_a_no_event_rule():
    assert a_state in NOT_AN_ACT_RULES


# fleeing_after_a_preposition: a flight joined to another act after a preposition is no displacement
FLIGHT_CASES = [
    ("The driver crashed the van before jumping out and fleeing into the woods on Friday.", False),
    ("The suspect drove two more miles before abandoning his truck and fleeing on foot.", False),
    ("Two men crashed their car while fleeing the area on Monday.", False),
    ("A woman broke her leg after fleeing the burning house.", False),
    ("Thousands of families fled the town on Monday.", True),
    ("Hundreds of villagers fled across the river after the shelling on Sunday.", True),
]


@pytest.mark.parametrize("text,displaced", FLIGHT_CASES)
def test_a_flight_after_a_preposition(parse, text, displaced):
    assert ("humanitarian.evacuation" in {t.type for t in parse(text)._.triggers}) == displaced


def test_the_flight_rule_is_a_no_event_rule():
    from sitrep.nlp.triggers import NO_EVENT_RULES, fleeing_after_a_preposition

    assert fleeing_after_a_preposition in NO_EVENT_RULES


@pytest.mark.parametrize("text", [
    "Rebels seize Rivne",
    "Troops recaptured the town of Lutsk on Sunday.",
])
def test_a_place_taken_is_no_person_captured(parse, text):
    assert "territory.change" in {e.type for e in parse(text)._.events}
