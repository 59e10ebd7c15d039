"""The countries a report's own offices and money name (``finder._office_countries``): invented lines."""

from __future__ import annotations

import pytest

from sitrep.lexicon import place_words
from sitrep.nlp.places.finder import _office_countries

CASES = [
    ("A man was hurt in Brindford on Sunday, the Marlow County Sheriff's Office said.", {"USA": 1}),
    ("Deputies arrested him later, the sheriff said.", {"USA": 1}),
    ("The district attorney’s office charged the driver on Monday.", {"USA": 1}),
    ("State Police and a state trooper were called to the crossing.", {"USA": 2}),
    ("The Highway Patrol closed the road for three hours.", {"USA": 1}),
    ("Thornshire Constabulary said a woman was arrested.", {"GBR": 1}),
    ("The thief took £2,500 from the till.", {"GBR": 1}),
    ("He will appear before the magistrates' court on Tuesday.", {"GBR": 1}),
    ("Police said a man was arrested after the fight.", {}),
    ("Lawmakers and deputies in the national assembly voted on the budget.", {}),
    ("The case was heard at the Sheriff Court in Dunlow.", {}),
    ("The robbers escaped with $900 in cash.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_office_countries(nlp, text, expected):
    assert dict(_office_countries(nlp.make_doc(text), place_words())) == expected
