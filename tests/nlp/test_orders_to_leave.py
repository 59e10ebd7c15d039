"""An order to leave is an evacuation only when those ordered out are people moved out of harm's way."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

ORDERS = [
    ("The army ordered residents of three villages to leave their homes on Sunday.", True),
    ("Thousands of people were ordered to leave the coastal town before the storm of shelling.", True),
    ("Authorities ordered 5,000 people to evacuate the district.", True),
    ("Families in the border hamlets were ordered to move south.", True),
    # the ordered ones are no population moved out of harm's way
    ("The referee ordered the coach to leave the pitch.", False),
    ("The manager ordered staff to leave the office early on Friday.", False),
    ("The judge ordered the reporter to leave the courtroom.", False),
    ("The captain ordered the crew to leave the ship's bridge.", False),
]


@pytest.mark.parametrize(("text", "evacuation"), ORDERS)
def test_an_order_to_leave(extractor, text, evacuation):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
    assert any(e.type == "humanitarian.evacuation" for e in events) == evacuation
