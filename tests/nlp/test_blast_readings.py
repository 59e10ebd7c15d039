"""Readings of bombs and blasts (nlp/triggers.py): a munition a drone lets fall (``carried_by_a_drone``), a
suicide bomber who rams a gate (the "ram" entry of triggers.jsonl), a blast someone sets off is no accident
(``_set_off_by_someone``), a bomb named only to deny it (``_only_denied``), a shell made safe, the grid's gear
that fails, a work that flops. Every text is invented."""

from __future__ import annotations

import pytest

# (text, the attack types the report gives)
CASES = [
    # a munition a drone lets fall is a drone attack
    ("A bomb dropped by a drone hit a car near the bridge on Monday, wounding two men.", {"attack.drone"}),
    ("A drone dropped two grenades on a trench near the village on Tuesday.", {"attack.drone"}),
    ("A bomb dropped by a warplane hit the market on Monday, killing four people.", {"attack.air"}),
    # a suicide bomber who rams a gate sets off the blast
    ("Five guards were killed when a suicide bomber rammed the gate of the base on Monday.", {"attack.explosive"}),
    ("A car bomber rammed a checkpoint outside the town on Sunday.", {"attack.explosive"}),
    ("A delivery truck rammed the gate of the warehouse on Monday.", set()),
    # a blast with a doer and a thing blown up is no accident, whatever was blown up
    ("Saboteurs blew up a gas pipeline near the border on Tuesday.", {"attack.explosive"}),
    ("Militants blew up a gas station at the edge of the town on Monday.", {"attack.explosive"}),
    ("A gas leak blew up the house on Monday, the fire service said.", set()),
    ("A gas cylinder exploded in a restaurant kitchen on Monday, killing two cooks.", set()),
    # a bomb named only to deny it
    ("Police said the blast that killed two people on Monday was caused by a gas leak, not a bomb.", set()),
    ("Police said the blast on Monday was caused by a bomb, not a gas leak.", {"attack.explosive"}),
    # a shell made safe, the grid's gear that fails
    ("An old artillery shell was safely detonated by experts in a field on Sunday.", set()),
    ("A bomb was detonated outside the bank on Sunday, wounding a guard.", {"attack.explosive"}),
    ("A transformer explosion cut power to half the town on Tuesday night.", set()),
    # a work that flops
    ("The band's new album bombed in the charts on Monday.", set()),
    ("The comedy film bombed with audiences last summer.", set()),
    ("Jets bombed the film studio on the edge of the city on Monday.", {"attack.air"}),
]


@pytest.mark.parametrize(("text", "types"), CASES)
def test_a_reading_of_a_blast(parse, text, types):
    assert {e.type for e in parse(text)._.events if e.type.startswith("attack")} == types
