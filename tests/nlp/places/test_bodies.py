"""The town a local body is named after, the last place of a local report that names none.

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, the arrest's place as (name, admin1), or None when nothing says which namesake it is)
BODY_CASES = [
    # a town's police beside a county's jail: the namesake inside the county
    ("The Greenville Police Department arrested a man Monday on a charge of burglary. He was taken "
     "to the Pitt County Detention Center.", ("Greenville", "US-NC")),
    # one town of the name anywhere
    ("The Tulsa Police Department arrested a man Monday on a charge of burglary.", ("Tulsa", "US-OK")),
    # of the many Dovers, the one in a Kent County (the English one is in Kent, some 45 km from its middle)
    ("The Dover Police Department arrested a man Monday on a charge of burglary. He was held at the "
     "Kent County Jail.", ("Dover", "US-DE")),
    # a Dover with nothing beside it is not guessed
    ("The Dover Police Department arrested a man Monday on a charge of burglary.", None),
    # a name known only as a county's: the county (a parish) its sheriff serves
    ("The Tensas Sheriff's Office arrested a boy on Monday.", ("Tensas Parish", "US-LA")),
    # a namesake with nothing beside it is not put at its biggest reading
    ("The Athens Police Department arrested a man Monday on a charge of burglary.", None),
    # a town ten times bigger than every namesake is the one its body's name means
    ("Officers with the Memphis Police Department arrested a man Monday on a charge of burglary.",
     ("Memphis", "US-TN")),
    ("Las Vegas Metropolitan Police arrested a woman on Tuesday on a charge of fraud.", ("Las Vegas", "US-NV")),
    # the biggest of a close race (Ohio's Columbus is not ten times Georgia's) is not guessed
    ("The Columbus Police Department arrested a man Monday on a charge of burglary.", None),
]


@pytest.mark.parametrize("text,where", BODY_CASES)
def test_the_town_of_the_acting_body(extractor, text, where):
    ev = next(e for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="b"))
              if e.type == "arrest")
    got = (ev.location.name, ev.location.admin1) if ev.location is not None else None
    assert got == where


def test_a_report_with_a_town_of_its_own_is_placed_by_it(extractor):
    text = ("A bakery in Dayton was robbed Friday. The Tulsa Police Department arrested a man Monday on a "
            "charge of burglary.")
    evs = [e for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="b"))
           if e.type == "arrest"]
    assert all(e.location is None or e.location.name != "Tulsa" or e.location.text for e in evs)


# (entity text, the name heading it)
NAME_CASES = [
    ("the Greenville Police Department", "Greenville"),
    ("the Pitt County Jail", "Pitt County"),
    ("Tulsa City Council", "Tulsa"),
]


@pytest.mark.parametrize("text,name", NAME_CASES)
def test_the_name_heading_a_body(parse, text, name):
    from sitrep.lexicon import load_lexicon
    from sitrep.nlp.places.bodies import body_names

    doc = parse(f"Officials of {text} spoke on Monday.")
    assert name in body_names(doc, load_lexicon().place_words)


# (text, the report's first country, the arrest's place): a report's countries are those of its places as
# finally read, not as first read without context ("Warsaw" alone is Poland's)
RECOUNT_CASES = [
    ("A bakery in Warsaw was robbed Friday. Warsaw officers found the van in Winona Lake, in Kosciusko "
     "County. The Warsaw Police Department arrested two men Monday.", "USA", "Warsaw"),
]


@pytest.mark.parametrize("text,country,place", RECOUNT_CASES)
def test_the_report_is_in_the_country_its_places_are_read_in(parse, text, country, place):
    doc = parse(text)
    assert doc._.report_places.countries[0] == country
    arrest = next(e for e in doc._.events if e.type == "arrest")
    assert arrest.location is not None and arrest.location.name == place
    assert [a.country for a in arrest.actors if a.role == "initiator"] == [country]
