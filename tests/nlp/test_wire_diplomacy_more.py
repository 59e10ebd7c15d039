"""Diplomacy as wire stories tell it, more: a demand that a state or a body do something ("demanded that
the council lift the embargo") is a proposal and what it asks for is only proposed; an economic, trade or
naval blockade one state lays on another is a sanction, not a closed road; "the two leaders met" takes the two
sides the sentence before named; calling a leader a liar is an accusation; a state that promises to withdraw or release makes an offer; "a meeting to be held" is planned."""

from __future__ import annotations

import pytest

CASES = [
    # a state demands, in a clause with "that", that another state or a body act
    ("Moldova demanded that Romania withdraw its troops from the border.", "diplomacy.proposal", "proposed"),
    ("Moldova demanded on Friday that Romania release the detained sailors.", "diplomacy.proposal", "proposed"),
    # what such a demand asks for is proposed, not done: the demand is the proposal (put_forward)
    ("Moldova demanded that the United Nations lift the sanctions.", "diplomacy.proposal", "proposed"),
    # a blockade of trade or of the sea laid on a state
    ("Romania imposed a naval blockade on Moldova on Sunday.", "diplomacy.sanctions", "occurred"),
    ("Romania lifted its economic blockade of Moldova on Monday.", "diplomacy.sanctions", "occurred"),
    ("Romania tightened its trade blockade of Moldova last week.", "diplomacy.sanctions", None),
    # a state that promises to give something up makes an offer
    ("Moldova promised to withdraw from Romanian territory and release captured soldiers.", "diplomacy.proposal",
     "proposed"),
    # a meeting still to be held
    ("The vote came a day before a meeting of Moldovan and Romanian ministers to be held in Geneva.",
     "diplomacy.talks", "planned"),
    ("Moldova and Romania will hold talks to be mediated by Norway.", "diplomacy.talks", "planned"),
    # a foe called a liar
    ("The Moldovan president called the Romanian prime minister a liar.", "statement.accusation", "occurred"),
]

NOT_CASES = [
    # a mood, or people who are no state, asked for
    ("The government demanded that calm be restored.", "diplomacy.proposal"),
    ("Residents demanded that the mayor resign.", "diplomacy.proposal"),
    # a blockade of a road is no sanction
    ("Protesters set up a blockade on the main highway.", "diplomacy.sanctions"),
    # a clause of "that" after a verb of saying reports, it does not ask
    ("The ministry said that the talks were postponed.", "diplomacy.proposal"),
    # a promise of no concession, or by no state
    ("The company promised to release a new phone next year.", "diplomacy.proposal"),
    ("Moldova promised a thorough inquiry into the crash.", "diplomacy.proposal"),
    # a sentence still to be passed is no arrest; a truce wished for is no truce
    ("Ortiz is to be sentenced at noon on Monday, according to a court order.", "arrest"),
    ("The sides came under pressure for a truce to be accepted.", "diplomacy.ceasefire"),
    # a liar in a quarrel of no states
    ("The coach called the referee a liar after the match.", "statement.accusation"),
]


TWO_NAMED_BEFORE = [
    ("President Ortiz of Moldova flew to Bucharest to see Romanian President Tomas. "
     "The two leaders met for three hours on Tuesday.", "occurred"),
    ("Moldova and Romania sent their foreign ministers to Geneva on Monday. "
     "The two ministers held talks on the border dispute.", "occurred"),
    ("Moldovan President Ortiz called Romanian President Tomas on Sunday. Both leaders agreed to meet again.",
     "agreed"),
]

# the title of a joint statement names the two sides that "the sides" and "the two countries" of its body are
FROM_THE_TITLE = [
    ("Joint statement of the border services of Moldova and Romania\n\n3 May 2025\n\nShots were fired at a post "
     "on Sunday. Two guards were hurt. Nobody else was hurt.\n\nOn Monday, the heads of the border services of "
     "the two countries met in Ungheni.", "diplomacy.talks"),
    ("Joint statement of Moldova and Romania\n\n3 May 2025\n\nThe sides agreed on a complete ceasefire along the "
     "border.", "diplomacy.ceasefire"),
]


@pytest.mark.parametrize("text,etype", FROM_THE_TITLE)
def test_the_sides_a_title_names(parse, text, etype):
    found = [e for e in parse(text)._.events if e.type == etype]
    assert found and {a.country for a in found[-1].actors if a.role == "participant"} == {"MDA", "ROU"}

NOT_TWO_NAMED_BEFORE = [
    "The two teams met in the final on Sunday.",
    "Two hikers were found near the lake. The two men met at a bar in the city.",
]


@pytest.mark.parametrize("text,status", TWO_NAMED_BEFORE)
def test_the_two_named_before_meet(parse, text, status):
    talks = [e for e in parse(text)._.events if e.type == "diplomacy.talks"]
    assert talks and talks[-1].status == status
    assert len([a for a in talks[-1].actors if a.role == "participant"]) == 2


@pytest.mark.parametrize("text", NOT_TWO_NAMED_BEFORE)
def test_two_people_of_no_side_make_no_talks(parse, text):
    assert "diplomacy.talks" not in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype,status", CASES)
def test_wire_diplomacy_is_read(parse, text, etype, status):
    found = {e.type: e.status for e in parse(text)._.events}
    assert etype in found
    if status is not None:
        assert found[etype] == status


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_other_senses_make_no_such_event(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]


# an armed group of no country at the table is of the country it fights in
AT_HOME = [
    ("Late on Saturday, elders in Misrata brokered a ceasefire between the rival militias.", "diplomacy.ceasefire",
     {"LBY"}),
]


@pytest.mark.parametrize("text,etype,sides", AT_HOME)
def test_armed_groups_at_the_table_are_of_their_country(parse, text, etype, sides):
    found = [e for e in parse(text)._.events if e.type == etype]
    assert found and {a.country for a in found[0].actors if a.role == "participant"} == sides
