"""An act feared to come (``feared_to_come``): "will" or "would" in the clause of a word of fear tells what may
come, no act done and none planned; a fear of what was done is told in the past and stays. Every sentence is
invented."""

from __future__ import annotations

import pytest

# (sentence, the family of a record it must give, or None for no record of the families feared)
CASES = [
    ("Farmers are afraid that bandits will raid their villages once the rains end.", None),
    ("Farmers fear that bandits will attack their villages after the harvest.", None),
    ("Traders are worried that police will arrest them at the market.", None),
    ("Residents fear the militia will return and loot the shops.", None),
    ("Officials fear that dozens were killed when gunmen attacked the village on Monday.", "attack"),
    ("The rebels said they will attack the garrison on Monday.", "attack"),
]


@pytest.mark.parametrize("text,family", CASES)
def test_an_act_feared_to_come(parse, text, family):
    families = {e.type.split(".")[0] for e in parse(text)._.events}
    if family is None:
        assert not families & {"attack", "arrest", "protest"}, families
    else:
        assert family in families, families
