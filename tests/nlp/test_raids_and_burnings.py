"""Raids, burnings, hijackings and slaughter by armed men: an attack when armed men of no state do it to a place or a craft,
no event when police search, a fire spreads or a debate is "hijacked". Every sentence is invented."""

from __future__ import annotations

import pytest

# (sentence, the type of the record it must give, or None for no record)
CASES = [
    ("Gunmen raided a police post near the border on Monday.", "attack"),
    ("Bandits raided the village overnight and stole cattle.", "attack"),
    ("Police raided a nightclub on Friday.", None),
    ("Pirates hijacked a fuel tanker off the coast on Tuesday.", "attack.civilians"),
    ("Critics said the debate was hijacked by lobbyists.", None),
    ("Militiamen burned dozens of houses in the village on Sunday.", "attack.civilians"),
    ("A wildfire burned 40 homes in the valley on Sunday.", None),
    ("The family burned old papers in the yard.", None),
    ("Attackers set fire to a school in the district on Monday.", "attack.civilians"),
    ("A man set fire to leaves in his garden.", None),
    ("Pirates hijack cargo ship off the coast", "attack.civilians"),
    ("Militia fighters burn houses in the valley", "attack.civilians"),
    # a slaughter of people, not of beasts
    ("Gunmen slaughtered 12 villagers near the river on Monday.", "attack.civilians"),
    ("The farmer slaughtered two sheep for the feast.", None),
    # a flogging of people, not of goods ("flog" as selling)
    ("Militants publicly flogged three men in the square on Thursday.", "attack.civilians"),
    ("The trader tried to flog fake watches at the market.", None),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_raids_burnings_and_hijackings(parse, text, etype):
    types = [e.type for e in parse(text)._.events]
    if etype is None:
        assert not [t for t in types if t.startswith("attack")], types
    else:
        assert any(t.startswith(etype) for t in types), types
