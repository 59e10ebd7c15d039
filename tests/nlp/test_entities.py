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
