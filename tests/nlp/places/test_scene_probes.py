"""The scene probe (``scene_probe_cases.py``): invented local and wire reports that name more places than the
scene, each with the place a careful coder records; statements and calls carry no place at all.

Plus a case table for the reading added with it: a person's home town ("Ortiz, 28, of Lindale") is no town
of a local report's acts while the report names another town.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article, family
from tests.nlp.places.scene_probe_cases import PROBES, UNPLACED
from tests.nlp.places.test_wire_place_probes import check_places

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "A 24-year-old man of Springfield",  # the arrest is also put at the suspect's home town
    "Residents of Akron met",  # a residents' meeting is read as talks
)


def _params():
    for text, expected in PROBES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, expected, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_the_scene_probe(extractor, text, expected):
    check_places(extractor, text, expected)


@pytest.mark.parametrize(("text", "unplaced"), UNPLACED, ids=[t[:48] for t, _ in UNPLACED])
def test_statements_have_no_place(extractor, text, unplaced):
    events = extractor.extract(Article(text=text, published=date(2024, 4, 17), id="probe"))
    assert [(e.type, e.location.name) for e in events if family(e.type) == unplaced and e.location] == []


# (text, the town of the report's records): a home town counts only when no other town is named
HOME_TOWN_CASES = [
    ('Police stopped a van on Elm Street in Nacogdoches. The driver, Rick Soto, 30, of Lufkin, fled on foot '
     'and was arrested an hour later.', 'Nacogdoches'),
    ("A man was robbed at an ATM in Bozeman late Friday. The robber, Jay Fenn, 26, of Belgrade, was charged "
     "Saturday, police said.", 'Bozeman'),
    ("Her son, Neil Gaines, 19, of Kingsport, was charged Monday with beating a man at a motel in Johnson City.",
     'Johnson City'),
    ('The suspect, Amy Tran, 37, of Lufkin, was charged with robbing a pharmacy, the sheriff said.', 'Lufkin'),
]


@pytest.mark.parametrize(("text", "town"), HOME_TOWN_CASES, ids=[t[:48] for t, _ in HOME_TOWN_CASES])
def test_a_home_town_is_no_scene(extractor, text, town):
    events = extractor.extract(Article(text=text, published=date(2024, 4, 17), id="probe"))
    assert events
    assert {e.location.name for e in events if e.location} == {town}
