"""Road accidents told without a vehicle as the striker (nlp/triggers.py, ``left_under_a_vehicle``,
``struck_while_on_foot``), and the same words where they tell an attack. Every text is invented."""

from __future__ import annotations

import pytest

NO_EVENT = [
    # left_under_a_vehicle: the joined clause puts the one struck under a vehicle
    "Behind the shop, she hit the man, trapping him under the car, deputies said.",
    "A man struck a cyclist in Tollerby on Monday and dragged her beneath the truck.",
    "He backed out of the yard and hit his neighbour, pinning him underneath the van.",
    # struck_while_on_foot: a passive with no striker, while going on foot or by bicycle
    "A Wexcombe woman, 52, was struck while walking along the river path on Friday, the coroner said.",
    "A teenager was hit while crossing the street near the school in Tollerby on Tuesday.",
    "He was struck as he jogged on the shoulder of the highway early Sunday.",
    "Two boys were hit while cycling home from practice in Wexcombe, police said.",
]

EVENTS = [
    # a weapon, gunfire, armed men or a named striker keep the blow an attack
    "Rebels hit the convoy near Tollerby on Monday, trapping the drivers under their trucks.",
    "A sniper hit the man, trapping him under the car, in Wexcombe on Friday.",
    "A Wexcombe woman was struck by a man with a bat while walking along the river path on Friday.",
    "Two civilians were hit by gunfire while crossing the bridge into Tollerby on Tuesday.",
    "He was struck by a gunman as he walked home from work in Wexcombe on Sunday.",
    "The man hit the clerk in Tollerby on Monday and then fled in a car, police said.",
]


def _attacks(doc) -> list:
    return [t for t in doc._.triggers if t.type.startswith("attack")]


@pytest.mark.parametrize("text", NO_EVENT)
def test_a_vehicle_blow_is_no_attack(parse, text):
    assert not _attacks(parse(text))


@pytest.mark.parametrize("text", EVENTS)
def test_a_blow_with_a_striker_stays_an_attack(parse, text):
    assert _attacks(parse(text))


ALONE = [
    # one_flees_alone through _a_fugitive_described: "fleeing" before a bare fugitive's noun describes it
    "Tracking dog doesn't help fleeing suspect in Tollerby.",
    "Deputies chase fleeing driver through Wexcombe on Sunday.",
]

DISPLACED = [
    "Hundreds of families are fleeing persecution in the Tollerby district, the agency said.",
    "Thousands of villagers kept fleeing the town as the fighting spread on Monday.",
]


def _flights(doc) -> list:
    return [t for t in doc._.triggers if t.type.startswith("humanitarian")]


@pytest.mark.parametrize("text", ALONE)
def test_a_fugitive_fleeing_is_not_displaced(parse, text):
    assert not _flights(parse(text))


@pytest.mark.parametrize("text", DISPLACED)
def test_many_fleeing_stay_displaced(parse, text):
    assert _flights(parse(text))
