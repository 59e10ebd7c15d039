"""Entities fixed after the model (``sitrep.nlp.entities``): names in a headline, where every word has a capital
and the model tags few of them. The towns are real so that the gazetteer knows them; the headlines are
invented."""

from __future__ import annotations

import pytest

# (headline, the places it names, in order)
HEADLINE_PLACES = [
    ("Shells rain on Donetsk, killing 6", ["Donetsk"]),
    ("Peshawar blast leaves 11 dead", ["Peshawar"]),
    ("Rebels storm base in Kidal", ["Kidal"]),
    # capitalised common nouns of the lexicon and words of no place stay no place
    ("Missiles Hit Port Overnight", []),
    ("Police Chief Resigns In Scandal", []),
]


@pytest.mark.parametrize(("text", "places"), HEADLINE_PLACES)
def test_a_headline_names_its_places(parse, text, places):
    assert [p.text for p in parse(text)._.places] == places


def test_prose_keeps_the_models_reading(parse):
    """Only headline lines are read so: in a full sentence the model's own tags stand."""
    doc = parse("The convoy was shelled on the road to Donetsk on Monday, officials said.")
    assert [p.text for p in doc._.places] == ["Donetsk"]


# (text, the places it names): the model tags some names as times ("Kyiv overnight" as one TIME)
PLACES_TAGGED_AS_TIMES = [
    ("Russia launches 90 drones at Kyiv overnight", ["Russia", "Kyiv"]),  # Russia: the state, a metonymic mention
    ("On 17 December 2025, the bodies of 5 men killed by militants were found near Djibo.", ["Djibo"]),
    # the name of a month or a day after a word of place is a time
    ("Police arrested a man in May.", []),
    ("The talks were moved to Friday.", []),
]


@pytest.mark.parametrize(("text", "places"), PLACES_TAGGED_AS_TIMES)
def test_a_place_the_model_read_as_a_time(parse, text, places):
    assert [p.text for p in parse(text)._.places] == places
