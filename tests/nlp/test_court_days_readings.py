"""Readings of local court stories: a participle the parser took for the verb, a participle that tells an
earlier act or only who someone is, a lede's undated charge told again with its day, and a town named before
a local body's word after a comma.

Every sentence here is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# text, the participle that must describe its noun (None: the parse keeps its verb), the verb it sits under
PARTICIPLES = [
    ("A Tacoma man wanted in a string of robberies was arrested Friday in Reno.", "wanted", "arrested"),
    ("A woman wanted on a theft warrant was taken into custody Monday.", "wanted", "taken"),
    ("An Ames man wanted in a fatal crash was arrested Tuesday, police said.", "wanted", "arrested"),
    # look-alikes: the complement has its own subject, or the verb its object
    ("Police said he wanted the man arrested.", None, None),
    ("The sheriff wanted the deputies to make arrests.", None, None),
    ("Residents said they wanted answers.", None, None),
    ("The head of the port authority said the docks were closed.", None, None),
]


@pytest.mark.parametrize(("text", "participle", "verb"), PARTICIPLES)
def test_a_participle_read_as_the_verb(parse, text, participle, verb):
    doc = parse(text)
    if participle is None:
        assert not any(t.dep_ == "acl" and t.lower_ in ("wanted", "said") for t in doc)
        return
    word = next(t for t in doc if t.lower_ == participle)
    assert (word.dep_, word.tag_) == ("acl", "VBN")
    assert word.head.head.lower_ == verb
    assert len(list(doc.sents)) == 1


# text, (status, first day) of each arrest record, in order of telling
READINGS = [
    # a wanted person arrested: an arrest done, on its own day
    ("A Tacoma man wanted in a string of robberies was arrested Friday in Reno.", [("occurred", "2025-05-16")]),
    # a participle with a day of its own, other than its verb's: an earlier act, its own record
    ("A man arrested Saturday in a Dover burglary was charged Tuesday with theft.",
     [("occurred", "2025-05-17"), ("occurred", "2025-05-20")]),
    ("A Lorain woman convicted Monday of arson was sentenced Wednesday to four years.",
     [("occurred", "2025-05-19"), ("occurred", "2025-05-21")]),
    # one day named: one act
    ("A man arrested Saturday in a Dover burglary was charged with theft.", [("occurred", "2025-05-17")]),
    # a participle with no day, under a verb with a day: who the person is, no act of that day
    ("A former clerk convicted of fraud was released from prison Friday.", []),
    ("A Dover man charged in a fatal crash was freed on bond Monday.", []),
    ("A woman convicted of arson was sentenced Wednesday to four years.", [("occurred", "2025-05-21")]),
    # a dateline's lede with no day, told again with its day: one act
    ("DOVER, Del. — A Dover man has been charged with stealing from a church. He was charged Monday with "
     "two counts of theft, police said.", [("occurred", "2025-05-19")]),
]


@pytest.mark.parametrize(("text", "records"), READINGS, ids=[t[:48] for t, _ in READINGS])
def test_readings_of_court_days(extractor, text, records):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    got = [(e.status, e.date.start) for e in events if e.type == "arrest"]
    assert got == records


# text, the place name, and the state it must be read in
TOWN_BEFORE_A_BODY = [
    ("A man was arrested Tuesday in Denver, Omaha police said.", "Denver", "US-CO"),
    ("A woman was taken into custody in Tulsa, Wichita police said on Monday.", "Tulsa", "US-OK"),
    # a town written as the city it is in stays so
    ("Two men were shot in Little Havana, Miami, on Friday.", "Little Havana", "US-FL"),
]


@pytest.mark.parametrize(("text", "name", "state"), TOWN_BEFORE_A_BODY)
def test_a_town_before_a_body_is_no_city_of_the_place(parse, text, name, state):
    doc = parse(text)
    mention = next(p for p in doc._.places if doc[p.tok_start:p.tok_end].text == name)
    assert mention.place.admin1 == state
