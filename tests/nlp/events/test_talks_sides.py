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


# (text, the country of a town of the name, which must be no side and no place; the countries that take part)
PEOPLE = [
    # a name that meets is a person, though a town has the name
    ("Selby met with the Bolivian foreign minister on Monday.", "GBR", {"BOL"}),
    ("The Bolivian foreign minister met with Crawley on Tuesday.", "GBR", {"BOL"}),
    ("Marlow and the Uruguayan envoy met on Friday to discuss the dispute.", "GBR", {"URY"}),
    # a country meets for its government
    ("Bolivia met with Paraguay on Monday to discuss the border.", None, {"BOL", "PRY"}),
]


@pytest.mark.parametrize("text,town_country,parties", PEOPLE)
def test_a_name_that_meets_is_a_person(extractor, text, town_country, parties):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    talks = [e for e in events if e.type == "diplomacy.talks"]
    assert len(talks) == 1
    countries = {a.country for a in talks[0].actors}
    assert parties <= countries
    if town_country is not None:
        assert town_country not in countries
        assert talks[0].location is None or talks[0].location.country != town_country


# (text, who expels, who is expelled): an expulsion told from the expelled side
EXPULSIONS = [
    ("Uruguay said on Monday that two of its diplomats were ordered to leave Paraguay.", "PRY", "URY"),
    ("Two Uruguayan diplomats were ordered to leave Bolivia on Tuesday.", "BOL", "URY"),
    # told from the expelling side, as before
    ("Bolivia expelled two Uruguayan diplomats on Monday.", "BOL", "URY"),
]


@pytest.mark.parametrize("text,initiator,target", EXPULSIONS)
def test_the_country_left_expels(extractor, text, initiator, target):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    ev = next(e for e in events if e.type == "diplomacy.sanctions")
    assert {a.country for a in ev.actors if a.role == "initiator"} == {initiator}
    assert {a.country for a in ev.actors if a.role == "target"} == {target}


# (text, type, the parties, the place or None): "between A and B" on the act's word names its two sides
BETWEEN = [
    ("Talks between Bolivia and Paraguay collapsed on Monday.", "diplomacy.talks", {"BOL", "PRY"}, None),
    ("Negotiations between Uruguay and Estonia on a trade deal resumed on Tuesday.", "diplomacy.talks",
     {"URY", "EST"}, None),
    ("Talks between Bolivia and Paraguay broke down in Lusaka on Friday.", "diplomacy.talks", {"BOL", "PRY"},
     "Lusaka"),
    # a host above "between" is the go-between; the two below it are still the sides
    ("Mongolia hosted talks between Bolivia and Paraguay on Monday.", "diplomacy.talks", {"BOL", "PRY"}, None),
    ("Talks in Lusaka between Bolivia and Paraguay broke down on Friday.", "diplomacy.talks", {"BOL", "PRY"},
     "Lusaka"),
]


@pytest.mark.parametrize("text,etype,parties,place", BETWEEN)
def test_between_names_the_sides(extractor, text, etype, parties, place):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    talks = [e for e in events if e.type == etype]
    assert len(talks) == 1
    assert {a.country for a in talks[0].actors if a.role == "participant"} == parties
    if place is None:
        assert talks[0].location is None or talks[0].location.country not in parties
    else:
        assert talks[0].location is not None and talks[0].location.text == place


def test_between_on_another_word_still_names_the_place(extractor):
    text = "Shells hit the road between Bolivia and Paraguay on Monday, killing two drivers."
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    attacks = [e for e in events if e.type.startswith("attack")]
    assert attacks and all(e.location is not None for e in attacks)


# (headline, type, the parties): a comma for "and" between two names in a headline's subject
HEADLINE_LISTS = [
    ("Bolivia, Paraguay agree to truce", "diplomacy.ceasefire", {"BOL", "PRY"}),
    ("Uruguay, Estonia sign trade deal", "diplomacy.agreement", {"URY", "EST"}),
    ("Bolivia, Paraguay hold talks in Lusaka", "diplomacy.talks", {"BOL", "PRY"}),
    # a day before the comma is no side
    ("Friday, Uruguay and Estonia signed a trade deal.", "diplomacy.agreement", {"URY", "EST"}),
]


@pytest.mark.parametrize("text,etype,parties", HEADLINE_LISTS)
def test_a_headline_list_is_the_subject(extractor, text, etype, parties):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    found = [e for e in events if e.type == etype]
    assert len(found) == 1
    assert {a.country for a in found[0].actors if a.role == "participant"} == parties


# (text, the parties, the place): a title's country is whose the person is; a host of no stated country is
# the venue's
HOSTS = [
    ("Prime Minister Ana Ruiz met Bolivian Vice President Ivo Kos in Asuncion on Monday.", {"BOL", "PRY"},
     "Asuncion"),
    ("Foreign Minister Ana Ruiz met her Bolivian counterpart in Montevideo on Monday.", {"BOL", "URY"},
     "Montevideo"),
    ("The Bolivian leader met Uruguayan Foreign Minister Ivo Kos in Asuncion.", {"BOL", "URY"}, "Asuncion"),
]


@pytest.mark.parametrize("text,parties,place", HOSTS)
def test_the_host_takes_part(extractor, text, parties, place):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="talks"))
    talks = [e for e in events if e.type == "diplomacy.talks"]
    assert len(talks) == 1
    assert {a.country for a in talks[0].actors if a.role == "participant"} == parties
    assert talks[0].location is not None and talks[0].location.text == place
