"""People named with no country in their own words: the country the story gives them elsewhere, or, for an
office of state, the dateline's (``actors._office_of_the_dateline``, ``actors._people_named_again``)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

PEOPLE = [
    # an office of state with no country, in a report datelined in a capital: that country's official
    ("MONTEVIDEO — Prime Minister Ana Velmore spoke with her Chilean counterpart on Monday.", "Ana Velmore", "URY"),
    ("OTTAWA — Defence Minister Ivo Karsten met the Peruvian envoy on Tuesday.", "Ivo Karsten", "CAN"),
    ("LIMA — President Tomas Orvelle said the border would stay closed.", "Tomas Orvelle", "PER"),
    # a country in the title wins over the dateline
    ("OTTAWA — German Chancellor Rafa Dunmere spoke with the envoy on Monday.", "Rafa Dunmere", "DEU"),
    # no office of state, or not written as a title: no country
    ("OTTAWA — Lawyer Ivo Karsten met the family on Tuesday.", "Ivo Karsten", None),
    ("OTTAWA — The club president, Ivo Karsten, met the family on Tuesday.", "Ivo Karsten", None),
    # no dateline: no country from an office alone
    ("Prime Minister Ana Velmore spoke with her Chilean counterpart on Monday.", "Ana Velmore", None),
    # named first with no country, then with one: the earlier mention is the same person
    ("Ana Velmore arrived in Lima on Sunday. Chilean Foreign Minister Ana Velmore signed the accord on Monday.",
     "Ana Velmore", "CHL"),
    # ... but not a different person of the same surname
    ("Tomas Velmore signs the accord. Chilean Foreign Minister Ana Velmore signed the accord on Monday.",
     "Tomas Velmore", None),
]


@pytest.mark.parametrize("text,mention,country", PEOPLE)
def test_people_of_the_story(parse, text, mention, country):
    doc = parse(text)
    found = [a.country for a in doc._.actors if mention in a.text and a.kind == "person"]
    assert found and found[0] == country, [(a.text, a.name, a.country) for a in doc._.actors]


CALLS = [
    # both sides of a call: the dateline's head of government and the foreign one
    ("OTTAWA — Prime Minister Ana Velmore talked trade during a telephone call on Tuesday with German "
     "Chancellor Rafa Dunmere.", ["CAN", "DEU"]),
]


@pytest.mark.parametrize("text,parts", CALLS)
def test_the_dateline_officials_call(extractor, text, parts):
    events = extractor.extract(Article(text, date(2025, 5, 22)))
    got = sorted({a.country for e in events if e.type == "diplomacy.call" for a in e.actors
                  if a.role == "participant" and a.country})
    assert got == parts, [(e.type, e.actors) for e in events]


INSTITUTIONS = [
    # an institution a person's name owns is of the person's country
    ("Chilean President Ana Velmore spoke on Monday. The Velmore government said talks would resume.",
     "government", "CHL"),
    # ... of none when the story gives the person none, not of a place nearby
    ("President Velmore spoke on Monday. Velmore government officials in Cairo said talks would resume on "
     "Monday.", "government", None),
    # an institution of no person keeps its rules: the country named before it
    ("Chile's government said talks would resume on Monday.", "government", "CHL"),
    # a person's surname before "administration" is no town's government, though a town has the name
    ("President Crosby spoke on Monday. Crosby administration officials in Cairo said talks would resume.",
     "Crosby", None),
]


@pytest.mark.parametrize("text,mention,country", INSTITUTIONS)
def test_institution_of_a_person(parse, text, mention, country):
    doc = parse(text)
    found = [a.country for a in doc._.actors if a.text == mention]
    assert found and set(found) == {country}, [(a.text, a.name, a.country) for a in doc._.actors]


def test_a_persons_name_gives_a_speaker_no_town(extractor):
    """"Crosby administration officials said": the speaker is of the person's country (none known here), not of a
    town called Crosby."""
    text = ("President Tom Crosby spoke on Monday. Other Crosby administration officials said the naval force may be used "
            "to stop exports. The Crosby administration said it rejected the proposal.")
    events = extractor.extract(Article(text, date(2025, 5, 22)))
    countries = {c.claimant.country for e in events for c in e.claims}
    assert countries <= {None}, [(e.type, e.claims) for e in events]
