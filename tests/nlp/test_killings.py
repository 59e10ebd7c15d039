"""Killings told in full grammar: a person, an armed force or a weapon killing people is an attack.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.triggers import ENTRY_CONDITIONS, active_if_it_must_be, done_by_someone_if_needed

# (text, the types of the records it makes)
KILLING_CASES = [
    # a person, armed men, the law or a weapon kills people: an attack, typed by the rules that type attacks
    # (armed men of no side who kill people who are no fighters attack civilians)
    ("Gunmen killed four farmers near the river on Tuesday.", ["attack.civilians"]),
    ("Bandits killed six traders on the highway on Sunday.", ["attack.civilians"]),
    ("The gunman killed two people before he fled.", ["attack.civilians"]),
    ("Police said the man killed his brother on Friday.", ["attack.civilians"]),
    ("Investigators said she killed her husband in their kitchen.", ["attack.civilians"]),
    ("The man who killed his neighbour was arrested on Friday.", ["arrest", "attack.civilians"]),
    ("Six villagers were killed by militiamen on Monday.", ["attack.civilians"]),
    ("A shepherd was killed by a roadside bomb on Saturday.", ["attack.explosive"]),
    ("The sniper killed three.", ["attack.ground"]),
    ("Three soldiers were killed.", ["attack.ground"]),  # soldiers fall to the other side: _a_fighter_killed
    ("Militants killed three policemen at a checkpoint on Sunday.", ["attack.ground"]),
    ("Twelve rebels were killed by troops near the ridge on Monday.", ["attack.ground"]),
    ("Twelve people were killed by a suicide bomber on Monday.", ["attack.explosive"]),
    # the attack word already in the sentence carries the toll: one record
    ("The blast killed nine people at the bus depot on Monday.", ["attack.explosive"]),
    ("Gunmen stormed the hamlet on Monday and killed 14 people.", ["attack.civilians"]),
    ("The envoy condemned the attack that killed two guards on Monday.", ["attack.ground"]),
    # no one who kills: a disease, an accident, a storm, an animal; a toll with no doer; no person killed
    ("The flu killed two pensioners last winter.", []),
    ("The storm killed three people on the coast on Monday.", []),
    ("The crash killed a driver on Sunday.", []),
    ("Senators killed the bill on Tuesday.", []),
    ("The board killed the project in March.", []),
    ("They were killing time at the station.", []),
    ("The rebels threatened to kill the hostages.", ["statement.threat"]),
    # the past perfect of reported speech is the past; the present perfect mostly a running total
    ("The army said its troops had killed 23 militants near the ridge.", ["attack.ground"]),
    ("Police said the gunman had killed his neighbour before dawn.", ["attack.civilians"]),
    ("The flu had killed two pensioners by March.", []),
    ("Troops have killed 300 militants since the spring.", []),
    # a killing whose dead are all counted as soldiers is a clash, not violence against civilians
    ("Gunmen shot dead two soldiers at a checkpoint on Monday.", ["attack.ground"]),
    ("Gunmen shot dead two shopkeepers at a checkpoint on Monday.", ["attack.civilians"]),
    # a person named with a military rank is a soldier
    ("Corporal Ana Ruiz was killed by insurgents while on patrol near the ridge.", ["attack.ground"]),
]


@pytest.mark.parametrize("text,types", KILLING_CASES)
def test_a_killing_is_an_attack(parse, text, types):
    doc = parse(text)
    assert sorted(e.type for e in doc._.events) == sorted(types)


# (text, a count the sentence gives)
COUNT_CASES = [
    ("A teenager was stabbed to death outside a cafe on Friday.", ("person", "killed", 1)),  # of its kind, as "two teenagers"
    ("A man was beaten to death in a car park on Sunday.", ("person", "killed", 1)),
    ("Two guards were shot to death at the gate on Monday.", ("person", "killed", 2)),
    ("Two civilians shot dead by soldiers", ("civilian", "killed", 2)),
    ("Three drones shot down over the bay", ("drone", "intercepted", 3)),
    ("Gunmen killed five policemen on Monday.", ("person", "killed", 5)),
    ("Four villagers were killed by militiamen on Monday.", ("person", "killed", 4)),
]


@pytest.mark.parametrize("text,count", COUNT_CASES)
def test_a_killing_counts_its_dead(parse, text, count):
    doc = parse(text)
    assert count in {(q.item, q.role, q.value) for q in doc._.quantities}


def test_the_dead_of_a_sentence_to_death_are_not_counted(parse):
    doc = parse("Two men were sentenced to death on Monday.")
    assert not [q for q in doc._.quantities if q.role == "killed"]


def test_killing_rules_are_entry_conditions():
    assert done_by_someone_if_needed in ENTRY_CONDITIONS
    assert active_if_it_must_be in ENTRY_CONDITIONS


# (text, a count the sentence must not give: the one who did it)
AGENT_CASES = [
    ("Five villagers were killed by two gunmen on Monday.", ("soldier", "killed", 2)),
    ("A man was killed by a sniper near the market.", ("person", "killed", 2)),
    ("A woman was shot dead by a neighbour on Friday.", ("person", "killed", 2)),
]


@pytest.mark.parametrize("text,count", AGENT_CASES)
def test_the_one_who_kills_is_not_counted(parse, text, count):
    doc = parse(text)
    counted = [(q.item, q.role, q.value) for q in doc._.quantities]
    assert count not in counted
    assert sum(1 for q in doc._.quantities if q.role == "killed") == 1


# armed men of no side who kill people who are no fighters attack civilians; state forces killed are a fight
ARMED_MEN_CASES = [
    ("Bandits killed 12 farmers in Rivne on Monday.", "attack.civilians"),
    ("Gunmen kill six villagers in Lutsk", "attack.civilians"),
    ("Gunmen killed five policemen in Rivne on Monday.", "attack.ground"),
    ("Militants killed two soldiers in Lutsk on Monday.", "attack.ground"),
    ("Gunmen attacked an army post in Rivne on Monday, killing three people.", "attack.ground"),
]


@pytest.mark.parametrize("text,etype", ARMED_MEN_CASES)
def test_armed_men_who_kill_people_who_are_no_fighters(parse, text, etype):
    assert [e.type for e in parse(text)._.events if e.type.startswith("attack")] == [etype]
