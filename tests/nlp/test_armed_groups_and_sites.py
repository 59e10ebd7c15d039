"""Words of armed groups and of held sites as real news uses them: rebels named by their creed ("Maoists",
"Naxals") fight, and are no civilians when killed; a district centre, a checkpoint or a bridge is ground taken."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, the record's type, a count it carries as (item, role, value), or None)
CASES = [
    ("Five Maoists gunned down in encounter in Chhattisgarh", "attack.ground", ("soldier", "killed", 5)),
    ("Security forces killed five Maoists in Sukma district on Monday.", "attack.ground", ("soldier", "killed", 5)),
    ("Maoists attacked a police camp in Sukma on Monday.", "attack.ground", None),
    ("Taliban capture district centre in Ghazni", "territory.change", None),
    ("Rebels seized the checkpoint outside Goma on Monday.", "territory.change", None),
    # a person captured at a site is an arrest, not ground taken
    ("Police captured the suspect at a shopping center in Dayton.", "arrest", None),
]


@pytest.mark.parametrize(("text", "etype", "count"), CASES, ids=[c[0][:40] for c in CASES])
def test_armed_groups_and_sites(extractor, text, etype, count):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="vocab"))
    assert [e.type for e in events] == [etype]
    if count is not None:
        assert count in [(q.item, q.role, q.value) for q in events[0].quantities]


# (text, is an arrest made): a capture of a wanted person is an arrest; of fighters in battle, none
CAPTURES = [
    ("Police captured a suspected bomber in Quetta on Monday.", True),
    ("Deputies captured the kidnapper near Dayton on Monday.", True),
    ("Rebels captured three soldiers near Goma.", False),
    ("Soldiers captured two rebel fighters near Goma on Monday.", False),
]


@pytest.mark.parametrize(("text", "arrest"), CAPTURES, ids=[c[0][:40] for c in CAPTURES])
def test_a_capture_of_the_wanted_is_an_arrest(extractor, text, arrest):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="capture"))
    assert any(e.type == "arrest" for e in events) is arrest
