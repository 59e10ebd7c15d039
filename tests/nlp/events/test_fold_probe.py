"""The fold probe (``fold_probe_cases.py``): one act told twice or more is one record; two acts of one type
the text tells apart (by day, by town, by "a second", "again") are two. Rows sitrep does not read right yet
are marked.

Plus the case table for a reading added with it: a trigger's words for a court's acts ("remanded") and a
robbery with force ("mugged"), each a record of its own on a later day; a driver a passive verb is done to
is its victim, no vehicle that collides.
"""

from __future__ import annotations

import pytest

from tests.nlp.events.fold_probe_cases import ONE_ACT_TOLD_AGAIN, TWO_ACTS_APART

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "Police in Leicester arrested a man",  # "held in custody overnight": the night before the report, not Monday's
    "A woman was attacked with a hammer",  # "the attack" typed a ground assault keeps apart from the hammer attack
    "A man who stabbed his neighbour",  # a stabbing told in a relative clause takes the sentencing's day
    "A man was shot in Baltimore",  # "Hours later, a woman was stabbed": one day, one town, two acts
)


def _params(rows):
    for text, attacks, arrests in rows:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, attacks, arrests, marks=marks, id=text[:48])


def _counts(events) -> tuple[int, int]:
    families = [e.type.split(".")[0] for e in events]
    return families.count("attack"), families.count("arrest")


@pytest.mark.parametrize(("text", "attacks", "arrests"), list(_params(ONE_ACT_TOLD_AGAIN)))
def test_one_act_told_again_is_one_record(events_of, text, attacks, arrests):
    assert _counts(events_of(text)) == (attacks, arrests)


@pytest.mark.parametrize(("text", "attacks", "arrests"), list(_params(TWO_ACTS_APART)))
def test_two_acts_told_apart_stay_two(events_of, text, attacks, arrests):
    assert _counts(events_of(text)) == (attacks, arrests)


# (text, the days of its arrest records, Thursday 2025-05-22's week)
COURT_DAYS = [
    # "before" a bench: the appearing's day is the remand's, not the arrest's told before
    ("A man was arrested in Lakeville on Monday. He appeared before magistrates on Wednesday and was remanded "
     "in custody.", ["2025-05-19", "2025-05-21"]),
    ("A woman was charged with theft on Friday. She was brought before a judge on Tuesday and was jailed.",
     ["2025-05-16", "2025-05-20"]),
    # "remanded" is a court's act on a person; a case remanded to a lower court is none
    ("A teenager was charged on Sunday. She appeared in court on Tuesday, where she was remanded.",
     ["2025-05-18", "2025-05-20"]),
    ("The appeals court remanded the contract case to a lower court on Monday.", []),
    # "before" an act still tells one act after another: the day is the earlier act's
    ("Police arrested a man on Sunday before a march on Saturday.", ["2025-05-18"]),
]


@pytest.mark.parametrize(("text", "days"), COURT_DAYS)
def test_each_court_act_has_its_own_day(events_of, text, days):
    found = sorted(e.date.start for e in events_of(text) if e.type.startswith("arrest"))
    assert found == days


# (text, attack records): a mugging is a robbery with force
MUGGINGS = [
    ("A pensioner was mugged outside a shop in Lakeville on Sunday.", 1),
    ("Two students were mugged on their way home on Friday night.", 1),
    ("A mugging near the station on Monday left a man with a broken jaw.", 1),
    ("The actor mugged for the cameras at the premiere.", 0),
]


@pytest.mark.parametrize(("text", "attacks"), MUGGINGS)
def test_a_mugging_is_an_attack(events_of, text, attacks):
    assert _counts(events_of(text))[0] == attacks


# (text, attack records): a driver robbed or beaten is a victim; a vehicle that hits is a road accident
DRIVERS = [
    ("A taxi driver was robbed at knifepoint in Lakeville on Monday.", 1),
    ("A bus driver was beaten unconscious by two passengers on Friday.", 1),
    ("A cyclist was struck by a van on Monday.", 0),
    ("The taxi was hit in a crash on the ring road on Monday.", 0),
    ("A driver was hit in a crash on the motorway on Monday.", 0),
]


@pytest.mark.parametrize(("text", "attacks"), DRIVERS)
def test_a_driver_done_to_is_a_victim(events_of, text, attacks):
    assert _counts(events_of(text))[0] == attacks
