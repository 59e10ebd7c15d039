"""Territory changes told without a verb of capture: control claimed, a place taken from someone."""

from __future__ import annotations

import pytest

CASES = [
    # control of a place claimed, gained or declared is a change of hands
    "The army now claims full control of Tobruk.",
    "Government troops secured control of Kidal on Friday.",
    # a held place taken from a side
    "Rebel forces took the town of Sirte from the militants on Sunday.",
]

NOT_CHANGES = [
    # control held, not changed hands
    "The government has control of the capital.",
    # taken from somewhere that is no held place
    "She took the children from school in Leeds.",
    # control of something that is no place
    "The new minister assumed control of the budget on Monday.",
]


@pytest.mark.parametrize("text", CASES)
def test_control_claimed_or_a_place_taken_is_a_territory_change(parse, text):
    assert "territory.change" in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text", NOT_CHANGES)
def test_control_held_or_things_taken_are_no_territory_change(parse, text):
    assert "territory.change" not in [e.type for e in parse(text)._.events]
