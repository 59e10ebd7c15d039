"""The places probe of round 11 (``places11_probe_cases.py``): invented reports at real towns, each with the
place a careful coder records; the rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: a title-case dateline after a headline run on as a sentence,
a town before a couple or a family is their home, and a known name after "a" that the article belongs to is a
noun of a person, not a town ("a Marine from Abilene").
"""

from __future__ import annotations

import pytest

from tests.nlp.places.places11_probe_cases import PROBES
from tests.nlp.places.test_wire_place_probes import check_places

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "A gunman wounded two people at a diner in Delhi",  # no record at all: the wounding is not read
    "Chinese coast guard ships fired water cannon",  # a shoal the gazetteer does not know; water cannon read as a riot
)


def _params():
    for text, expected in PROBES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, expected, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_the_places11_probe(extractor, text, expected):
    check_places(extractor, text, expected)


# (text, the place every record must name): a dateline in title case after a headline run on as a sentence
TITLE_DATELINE_CASES = [
    ("Teens robbed near school. Springfield, Ohio — Two teenagers were robbed at gunpoint on Saturday night "
     "near a park, police said.", [('USA', 'US-OH', 'Springfield')]),
    ("Our reporters bring you the day's news. Rome, Ga. — A clerk was shot during a robbery at a gas station "
     "on Friday, police said.", [('USA', 'US-GA', 'Rome')]),
    ("Store clerk hurt. Lebanon, Ore. — A man stabbed a store clerk on Tuesday during a robbery, police said.",
     [('USA', 'US-OR', 'Lebanon')]),
    # the dateline's town is no scene where the sentence names another
    ("Weekend crime roundup. Dayton, Ohio — A man was shot and wounded outside a bar in Kettering early Sunday, "
     "police said.", [('USA', 'US-OH', 'Kettering')]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_DATELINE_CASES, ids=[t[:48] for t, _ in TITLE_DATELINE_CASES])
def test_a_title_dateline_after_a_headline(extractor, text, expected):
    check_places(extractor, text, expected)


# (text, the place every record must name): a town before a couple or a family is their home
HOME_NOUN_CASES = [
    ("A federal grand jury in Madison has indicted a Rockford couple accused of robbing three banks, prosecutors "
     "said Tuesday.", [('USA', 'US-WI', 'Madison')]),
    ("A Eugene family was robbed at gunpoint at a rest stop near Roseburg on Sunday, deputies said.",
     [('USA', 'US-OR', 'Roseburg')]),
    # the couple's town is the scene when it is the only town
    ("A Rockford couple was charged Monday with robbing a bank, police said.", [('USA', 'US-IL', 'Rockford')]),
]


@pytest.mark.parametrize(("text", "expected"), HOME_NOUN_CASES, ids=[t[:48] for t, _ in HOME_NOUN_CASES])
def test_a_couples_town_is_their_home(extractor, text, expected):
    check_places(extractor, text, expected)


# (text, the place every record must name): a known name after "a" that the article belongs to is a noun
COMMON_NOUN_CASES = [
    ("A Marine from Abilene was killed Sunday in a bombing in Kandahar, the military said.",
     [('AFG', None, 'Kandahar')]),
    ("A Marine was shot and wounded outside a bar in Oceanside on Saturday, police said.",
     [('USA', 'US-CA', 'Oceanside')]),
    # the article is the man's: the town before him is still read (his home, here the only town)
    ("A Marine City man was stabbed on Friday, police said.", [('USA', 'US-MI', 'Marine City')]),
]


@pytest.mark.parametrize(("text", "expected"), COMMON_NOUN_CASES, ids=[t[:48] for t, _ in COMMON_NOUN_CASES])
def test_a_noun_after_an_article_is_no_town(extractor, text, expected):
    check_places(extractor, text, expected)
