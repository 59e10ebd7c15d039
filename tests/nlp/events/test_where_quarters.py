"""A quarter or suburb written before its city, over a comma (``where._city_written_after``).

The districts and cities are real so that the gazetteer knows them; every incident is invented.
"""

from __future__ import annotations

import pytest

from sitrep.lexicon import place_words
from sitrep.nlp.events.where import _city_written_after

CASES = [
    ("Two men were stabbed in Peckham, south London, on Friday.", "Peckham", "London", True),
    ("A woman was shot in Tottenham, London, on Sunday.", "Tottenham", "London", True),
    ("A man was hurt in a fight in Brixton, south-west London, late on Monday.", "Brixton", "London", True),
    ("Fires were set in Peckham, London and Leeds on the same night.", "Peckham", "London", False),
    ("A man was stabbed in Peckham, police in London said.", "Peckham", "London", False),
    ("Shots were fired in Peckham on Friday and in London on Sunday.", "Peckham", "London", False),
]


@pytest.mark.parametrize(("text", "quarter", "city", "expected"), CASES)
def test_city_written_after(parse, text, quarter, city, expected):
    doc = parse(text)
    by_text = {m.text: m for m in doc._.places}
    assert _city_written_after(doc, by_text[quarter], by_text[city], place_words()) is expected
