"""Two places under "between" bound one stretch of ground: one scene, named by the first
(``where.one_end_of_a_stretch``). The towns are real so that the gazetteer knows them; every incident is
invented."""

from __future__ import annotations

import pytest

from sitrep.records import Article

# (report, the places of its attack records, in order)
CASES = [
    ("A roadside bomb exploded on the road between Kunduz and Baghlan on Monday, killing one soldier.", ["Kunduz"]),
    ("Fighting broke out between Kunduz and Baghlan on Tuesday.", ["Kunduz"]),
    # a list of scenes stays a list
    ("Rebels shelled Kunduz and Baghlan on Tuesday.", ["Kunduz", "Baghlan"]),
]


@pytest.mark.parametrize(("text", "places"), CASES)
def test_a_stretch_between_two_places_is_one_scene(extractor, text, places):
    from datetime import date

    records = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
    named = [r.location.text for r in records if r.type.startswith("attack") and r.location]
    assert named == places
