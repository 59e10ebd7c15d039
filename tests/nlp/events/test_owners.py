"""A country that modifies a noun of people, fighters or arms says whose they are, not where the act
was (``where.owns_a_thing``). Every sentence here is invented; the towns are real only so that the
gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, type, the place the event is at)
CASES = [
    ("Two France soldiers were wounded when a bomb exploded in Gao on Monday.", "attack.explosive", "Gao"),
    ("Gunners fired on Norway and Denmark jets near Kirkuk on Tuesday.", "attack.ground", "Kirkuk"),
    # a country that is the scene stays the scene
    ("A bomb exploded in Mali on Monday, wounding two soldiers.", "attack.explosive", "Mali"),
]


@pytest.mark.parametrize("text,etype,name", CASES)
def test_the_owner_of_people_or_arms_is_not_the_scene(extractor, text, etype, name):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="own"))
    ev = next(e for e in events if e.type == etype)
    assert ev.location is not None and ev.location.name == name
