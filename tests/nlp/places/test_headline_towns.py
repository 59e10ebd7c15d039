"""A headline's town that the model took for a person's name (``headline_towns_as_persons``).

Every line is invented; the towns are real only so that the gazetteer knows them.
"""

from __future__ import annotations

import pytest

# (headline, the name, is it read as a place)
CASES = [
    # the model runs the verb into the name ("pounds Kherson" as a person): the town is the place
    ("Artillery fire pounds Kherson, 5 hurt", "Kherson", True),
    # a name of two words stays a person's
    ("Ana Kherson wins chess final", "Kherson", False),
    # running prose is no headline: the rule does not read it
    ("The reporter met a man called Mr. Kherson at the station.", "Kherson", False),
]


@pytest.mark.parametrize("text,name,taken", CASES)
def test_a_headline_town_read_as_a_person(places, text, name, taken):
    found = places(text).get(name)
    assert (found is not None and found["reason"].startswith("taken")) == taken
