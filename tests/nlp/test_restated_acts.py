"""Earlier acts a later report restates: the case of a charge or a suspect, the places of a relative clause
about another act, and an act told as planned that its own date puts in the past.

Every sentence here is invented; the reports are published on Thursday 2025-05-22.
"""

from __future__ import annotations

import pytest

# (text, the types of the records it makes): an attack named as the case of a charge, a suspect or a trial
# is the charge's (triggers.the_name_of_a_charge)
CASE_CASES = [
    ("A suspect in the consulate bombing was charged with murder on Tuesday.", ["arrest"]),
    ("Police on Tuesday charged a driver in the market bombing.", ["arrest"]),
    ("Prosecutors charged two men over the ambush on the convoy.", ["arrest"]),
    ("Police arrested a man on Tuesday in connection with the bombing of the depot.", ["arrest"]),
    # the case of a charge with a time of its own is an act the report dates, told as well
    ("A man was charged on Tuesday in the shooting Sunday of a clerk in Velden.", ["arrest", "attack.civilians"]),
    ("Police arrested a man on Tuesday over the May 9 bombing of the depot.", ["arrest", "attack.explosive"]),
    # ... and so is one whose relative clause tells whom it killed or hurt
    ("Police arrested a man on Tuesday in connection with a shooting that wounded two teenagers in Velden.",
     ["arrest", "attack.civilians"]),
    # the attack itself, told as an act, stays
    ("Rebels killed a farmer in the attack on the village on Tuesday.", ["attack.civilians"]),
    ("A car bomb exploded near the consulate on Tuesday.", ["attack.explosive"]),
]


@pytest.mark.parametrize(("text", "types"), CASE_CASES)
def test_the_case_of_a_charge_is_no_new_attack(parse, text, types):
    doc = parse(text)
    assert sorted(e.type for e in doc._.events) == sorted(types)


# (text, the type of the record, the place it must not be at, the place it must be at or None)
# (where.in_a_clause_of_another_act)
PLACE_CASES = [
    ("AMMAN, Jordan — Police on Tuesday charged a driver in the bombings, which killed nine people in Mosul.",
     "arrest", "Mosul", None),
    ("Police arrested a driver in Mosul on Tuesday.", "arrest", None, "Mosul"),
    ("Troops shelled the market in Mosul on Tuesday.", "attack.artillery", None, "Mosul"),
    # a relative clause of a person tells of the person (where.told_of_a_person)
    ("Ahmed Karim, who once ran a shop in Mosul, was arrested in Baghdad on Tuesday.", "arrest", "Mosul", "Baghdad"),
    ("Karim, whose brother lives in Mosul, was arrested in Baghdad on Tuesday.", "arrest", "Mosul", "Baghdad"),
    ("The man who was shot in Mosul on Tuesday died on Wednesday.", "attack.civilians", None, "Mosul"),
]


@pytest.mark.parametrize(("text", "etype", "not_at", "at"), PLACE_CASES)
def test_a_place_of_another_acts_clause(parse, text, etype, not_at, at):
    doc = parse(text)
    ev = next(e for e in doc._.events if e.type == etype)
    name = ev.location.name if ev.location else None
    if not_at:
        assert name != not_at
    if at:
        assert name == at


# (text, type, status, date): an act told as planned whose own noun carries a day before the report has
# happened (when.done_by_its_own_date); a plan for later stays a plan
STATUS_CASES = [
    ("Investigators said the driver helped plan the May 7 bombing in Mosul.", "attack.explosive", "occurred",
     "2025-05-07"),
    ("Rebels plan to attack the base in Mosul on Saturday, a commander said.", "attack.ground", "planned", None),
]


@pytest.mark.parametrize(("text", "etype", "status", "day"), STATUS_CASES)
def test_a_plan_dated_in_the_past_has_happened(parse, text, etype, status, day):
    doc = parse(text)
    ev = next(e for e in doc._.events if e.type == etype)
    assert ev.status == status
    if day:
        assert ev.date.start == day
