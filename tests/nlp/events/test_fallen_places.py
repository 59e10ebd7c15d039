"""A place that falls: the town is the scene, not its government speaking (``places.reasons._suffers``), and the
side it falls to took it (``sides._the_taker_of_a_fallen_place``). The towns are real so that the gazetteer
knows them; every event is invented."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (report, the record's place, its initiators by name)
CASES = [
    ("Kunduz fell to the Taliban on Monday after days of fighting, officials said.", "Kunduz", ["Taliban"]),
    ("Kunduz falls to Taliban", "Kunduz", ["Taliban"]),
    ("Kunduz fell to the rebels on Monday.", "Kunduz", ["rebels"]),
]


@pytest.mark.parametrize(("text", "place", "takers"), CASES)
def test_a_place_falls_to_a_side(extractor, text, place, takers):
    records = [r for r in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
               if r.type == "territory.change"]
    assert records and records[0].location is not None and records[0].location.name == place
    assert [a.name for a in records[0].actors if a.role == "initiator"] == takers


def test_a_town_that_speaks_is_its_government(parse):
    """"Kabul said" stays the government speaking: only verbs the town undergoes make it the scene."""
    doc = parse("Kabul said on Monday that the talks would resume.")
    assert all(p.metonymic for p in doc._.places if p.text == "Kabul")
