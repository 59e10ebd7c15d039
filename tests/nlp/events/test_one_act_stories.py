"""One act, one record (``one_act_stories_cases.py``): invented stories where one act is told twice (placed at a
town and at the county or country that holds it, dated by its telling and then by its own day) are one record;
look-alikes whose acts are two stay two. Rows sitrep does not read right yet are marked.

Plus the case tables of the readings added with it: which place holds which (``fold.holds``), and which record a
draft its own sentence places twice folds into.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.nlp.events import fold
from sitrep.nlp.events.fold import holds
from tests.merge.factory import TOWNS
from tests.nlp.events.one_act_stories_cases import ONE_ACT, TWO_ACTS
from tests.nlp.events.test_fold_more import FAR_COUNTY, NORTHMARSH_COUNTY, OLMBY, SHOT, draft

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "MADISON, Wis. — An inmate was beaten",  # "beaten by two cellmates": no attack read at all
    "TOPEKA, Kan. — Police arrested",  # "booked into the county jail": the jail's county read as a second arrest
    "A man was arrested in Spokane",  # the same
    "A teenager was stabbed in south London",  # "the stabbing, in Brixton": a quarter the gazetteer files as a town
    "OMAHA, Neb. — A man was stabbed",  # the fight (a ground assault) is kept apart from the stabbing in it
    "A brawl at a wedding party",  # the same
    "DETROIT — Two people were shot",  # "in separate incidents": one count of two acts
    "Negotiators from Sudan's",  # the sides' country read as the talks' place beside the city
    "The Serbian and Kosovan leaders",  # "their deputies met in Vienna": a meeting with no word of talks
)

WATCHED = ("attack", "arrest", "protest", "diplomacy")


def _params(rows):
    for text, published, records in rows:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, published, records, marks=marks, id=text[:48])


def _records(events, want: dict[str, int]) -> dict[str, int]:
    told = Counter(e.type.split(".")[0] for e in events)
    return {f: told.get(f, 0) for f in {*WATCHED, *want}}


@pytest.mark.parametrize(("text", "published", "records"), list(_params(ONE_ACT)))
def test_one_act_told_twice_is_one_record(events_of, text, published, records):
    assert _records(events_of(text, published), records) == {f: records.get(f, 0) for f in {*WATCHED, *records}}


@pytest.mark.parametrize(("text", "published", "records"), list(_params(TWO_ACTS)))
def test_two_acts_stay_two(events_of, text, published, records):
    assert _records(events_of(text, published), records) == {f: records.get(f, 0) for f in {*WATCHED, *records}}


@pytest.mark.parametrize(("broad", "fine", "inside"), [
    ("Northland", "Eastbrook", True),  # a town in its country
    ("Northvale", "Eastbrook", True),  # a town in its region
    ("Harbour", "Eastbrook", True),  # a town and the county around it (centres close)
    ("Farside", "Eastbrook", False),  # a county of the region far from the town
    ("Eastbrook", "Harbour", False),  # a town does not hold its county
    ("Eastbrook", "Westfield", False),  # two towns
    ("Southmoor", "Eastbrook", False),  # another region
    ("Southland", "Eastbrook", False),  # another country
    ("Northland", "Northland", False),  # a place does not hold itself
])
def test_holds(broad: str, fine: str, inside: bool) -> None:
    assert holds(TOWNS[broad], TOWNS[fine]) is inside


# (rule, records so far, the new draft, index of the record it folds into or None)
RULE_CASES = [
    # "A guard was stabbed in the Northmarsh County jail in Tarnvik on Tuesday": one sentence, one act
    (fold.the_act_its_sentence_places_twice, [draft(SHOT)], draft(SHOT, place=NORTHMARSH_COUNTY), 0),
    (fold.the_act_its_sentence_places_twice, [draft(SHOT, place=NORTHMARSH_COUNTY)], draft(SHOT), 0),
    # two towns, a county far off, another sentence, two counts: two acts
    (fold.the_act_its_sentence_places_twice, [draft(SHOT)], draft(SHOT, place=OLMBY), None),
    (fold.the_act_its_sentence_places_twice, [draft(SHOT)], draft(SHOT, place=FAR_COUNTY), None),
    (fold.the_act_its_sentence_places_twice, [draft(SHOT)], draft(SHOT, sent=1, place=NORTHMARSH_COUNTY), None),
    (fold.the_act_its_sentence_places_twice, [draft(SHOT, counts=(("person", "injured", 1),))],
     draft(SHOT, place=NORTHMARSH_COUNTY, counts=(("person", "injured", 2),)), None),
    # "Defences downed 30 drones over the region, 12 of them near Tarnvik": a wave's count is the whole wave's
    (fold.the_act_its_sentence_places_twice, [draft(SHOT, place=NORTHMARSH_COUNTY, counts=(("drone", "intercepted", 30),))],
     draft(SHOT), None),
]


@pytest.mark.parametrize(("rule", "out", "new", "into"), RULE_CASES)
def test_which_record_a_draft_retells(rule, out, new, into):
    found = rule(new, out)
    assert (None if found is None else out.index(found)) == into
