"""Assaults on people: one grabbed, one said dead after it was done to them.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

CASES = [
    # a person grabbed is an assault on a person
    ("A woman was grabbed from behind in a parking lot on Friday, police said.", "attack.civilians"),
    ("A man grabbed a jogger by the arm on Tuesday and dragged her into a car.", "attack.civilians"),
    # _dead_after: one dead after being stabbed is the person stabbed, whatever the parser takes the name for
    ("The family cannot understand why Varro is dead after being stabbed on Friday.", "attack.civilians"),
    ("Quellin is dead after being shot outside a bar on Saturday.", "attack.civilians"),
]

NOT_CASES = [
    ("The story grabbed headlines across the country.", "attack.civilians"),  # no person grabbed
    ("He grabbed his coat and left.", "attack.civilians"),  # a thing
    ("The deal is dead after being rejected on Friday.", "attack.civilians"),  # no violent verb
]


@pytest.mark.parametrize("text,etype", CASES)
def test_grabs_and_dead_after(parse, text, etype):
    assert etype in {t.type for t in parse(text)._.triggers}


@pytest.mark.parametrize("text,etype", NOT_CASES)
def test_not_grabs(parse, text, etype):
    assert etype not in {t.type for t in parse(text)._.triggers}
