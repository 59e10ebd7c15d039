"""A country whose officials a clause names is a side of the talks, not their place (``owns_the_people``).

Every sentence here is invented; the places are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, type, the one place the event is at)
CASES = [
    # "the ministers of A and B met in TOWN": A and B own the ministers; the talks are in the town
    ("The foreign ministers of Bolivia and Paraguay met in Asuncion on Monday to discuss the border.",
     "diplomacy.talks", "Asuncion"),
    ("The presidents of Uruguay and Bolivia held talks in Lusaka on Tuesday.", "diplomacy.talks",
     "Lusaka"),
    # a possessive on a title
    ("Estonia's prime minister met Mongolia's president in Ulaanbaatar on Friday.", "diplomacy.talks",
     "Ulaanbaatar"),
]


@pytest.mark.parametrize("text,etype,name", CASES)
def test_the_country_of_the_people_is_a_side(extractor, text, etype, name):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    talks = [e for e in events if e.type == etype]
    assert len(talks) == 1
    assert talks[0].location is not None and talks[0].location.text == name
