"""The part of a salvo shot down and the whole launched: "shot down 64 of 81 drones" gives both, however the
parser reads "64 of 81" and whether "the" or "launched" is written. Every sentence is invented."""

from __future__ import annotations

import pytest

# (sentence, the counts of its drones or missiles: (role, value))
SALVOS = [
    ("Air defences shot down 64 of 81 drones over Velden on Monday.", {("intercepted", 64), ("launched", 81)}),
    ("Dravia says it downed 30 of 45 drones overnight", {("intercepted", 30), ("launched", 45)}),
    ("Air defences destroyed 40 of the 52 drones launched overnight, the air force said.",
     {("intercepted", 40), ("launched", 52)}),
    ("Air defences destroyed 40 of the 52 drones overnight, the air force said.",
     {("intercepted", 40), ("launched", 52)}),
    ("Air defences shot down 6 of 7 missiles over Velden on Monday.", {("intercepted", 6), ("launched", 7)}),
    # a part that was not intercepted leaves the whole without a role it did not have
    ("Rescuers pulled 12 of the 40 passengers from the wreck in Velden on Monday.", set()),
]


@pytest.mark.parametrize("text,counts", SALVOS)
def test_the_part_downed_and_the_whole_launched(parse, text, counts):
    got = {(q.role, q.value) for e in parse(text)._.events for q in e.quantities
           if q.item in ("drone", "missile")}
    assert got == counts
