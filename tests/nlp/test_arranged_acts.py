""""Be" with an infinitive tells an arranged act: planned, not a wish (triggers.planned_by_be_to,
triggers._arranged_by_be_to). Every sentence here is invented."""

from __future__ import annotations

import pytest

# (text, type, the status of its record, or None for no record)
CASES = [
    ("The foreign ministers of Peru and Chile are to meet in Lima next week.", "diplomacy.talks", "planned"),
    ("Peru and Chile held talks on Monday. Talks were to continue on Friday, officials said.", "diplomacy.talks",
     "planned"),
    # a purpose, not an arrangement; the passive "is to be" is left to its own rules
    ("The aim is to seize the port.", "territory.change", None),
    ("The plan is to storm the garrison before dawn.", "attack.ground", None),
    # a plain act stays what it is
    ("Peru and Chile held talks in Lima on Monday.", "diplomacy.talks", "occurred"),
]


@pytest.mark.parametrize(("text", "etype", "status"), CASES)
def test_be_to_is_an_arranged_act(parse, text, etype, status):
    doc = parse(text)
    statuses = sorted(e.status for e in doc._.events if e.type == etype)
    if status is None:
        assert statuses == []
    else:
        assert status in statuses
