"""The probe of towns taken, planes that strike and threats of force (``fall_strike_threat_cases.py``): a place
that falls to a side, is overrun or comes under its control; a military plane that strikes; an act named only as
the means of a threat; and look-alikes (falling to the knees or to a low, a duty that falls to a deputy, planes in
accidents). Rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: the place that falls is the subject of the verb; an act one
threatens with is no act; a civil aircraft that hits is an accident.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.fall_strike_threat_cases import CASES
from tests.nlp.test_war_words_probe import _problems

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "NATO planes struck bridges",  # "planes" of an alliance is not read as military aircraft
    "Bombers of the Russian air force",  # "bombers" is read as people who bomb, a ground attack
    "Iran warned of strikes",  # "warned of" an act is no threat yet: "warn" alone is no threat of force
    "North Korea warned of a nuclear",  # "warned of" an act is no threat yet
)


def _params():
    for text, want, not_want, status in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, want, not_want, status, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "want", "not_want", "status"), list(_params()))
def test_the_fall_strike_threat_probe(extractor, text, want, not_want, status):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert _problems(events, want, not_want, status, ()) == []


# (text, whether a territory.change is read): the place that falls is the subject
FALLING_PLACES = [
    ("The city of Harbourton fell to the rebels on Monday.", True),
    ("The garrison fell to government troops after a two-day siege.", True),
    ("The port fell into the hands of the militia on Friday.", True),
    ("Lysychansk came under the control of Russian forces on Sunday.", True),
    ("The position of chairman fell to his deputy on Monday.", False),
    ("The estate fell into the hands of his nephew.", False),
    ("The firm came under the control of a rival group last year.", False),
    ("The fire came under control late on Tuesday.", False),
]


@pytest.mark.parametrize(("text", "taken"), FALLING_PLACES)
def test_a_place_that_falls_to_a_side(extractor, text, taken):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert ("territory.change" in [e.type for e in events]) is taken


# (text, the type it must make, the type it must not make): the means of a threat is no act
THREATENED_WITH = [
    ("The militia threatened the village with shelling unless it paid.", "statement.threat", "attack.artillery"),
    ("Chile threatened Peru with air strikes on its ports.", "statement.threat", "attack.air"),
    ("The rebels threatened the garrison with a drone attack.", "statement.threat", "attack.drone"),
    ("Freedonian forces shelled the village with heavy guns on Monday.", "attack.artillery", "statement.threat"),
]


@pytest.mark.parametrize(("text", "want", "not_want"), THREATENED_WITH)
def test_the_means_of_a_threat(extractor, text, want, not_want):
    types = [e.type for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))]
    assert want in types and not_want not in types


# (text, whether an air attack is read): a civil aircraft that hits is an accident
CIVIL_AIRCRAFT = [
    ("A light aircraft hit a radio mast near Harbourton on Sunday.", False),
    ("A private jet struck a fence while landing at the airfield.", False),
    ("A cargo aircraft hit a hangar as it taxied on Monday.", False),
    ("Freedonian jets struck an ammunition depot near Harbourton on Sunday.", True),
    ("Government aircraft hit a rebel camp in the hills on Monday.", True),
]


@pytest.mark.parametrize(("text", "attack"), CIVIL_AIRCRAFT)
def test_a_civil_aircraft_that_hits(extractor, text, attack):
    types = [e.type for e in extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))]
    assert ("attack.air" in types) is attack
