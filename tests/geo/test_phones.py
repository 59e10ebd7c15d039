"""Telephone numbers as context: the towns and regions ``phonenumbers`` puts their exchanges in."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.api import default_extractor, place_mentions
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.phones import phone_places
from sitrep.records import Article


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("text", "expected"), [
    ("Anyone with information may call 903-675-5454.", [("city", "US-TX"), ("admin1", "US-TX")]),
    ("Call the detachment at (519) 661-5670 or Crime Stoppers.", [("city", "CA-ON"), ("admin1", "CA-ON")]),
    ("Registration: 952-555-0148.", [("admin1", "US-MN")]),
    ("Toll-free: 1-800-222-8477.", []),  # a toll-free number is nowhere
    ("The vote was 121-354-0000 short of a record.", None),  # not checked beyond not raising
    ("No numbers here, only 2024 and 15 drones.", []),
])
def test_phone_places(gaz, text, expected):
    found = [(p.precision, p.admin1) for p in phone_places(text, gaz)]
    if expected is not None:
        assert found == expected


def test_a_number_says_which_namesake():
    """London, Ontario, not London, England: the report's number to call is in Ontario."""
    ex = default_extractor()
    text = ("A man was found dead in an east-end apartment on Sunday, London police said. Anyone with "
            "information is asked to call London police at 519-661-5670.")
    found = {m["text"]: m for m in place_mentions(Article(text=text, published=date(2024, 3, 1)), extractor=ex)}
    assert found["London"]["country"] == "CAN" and found["London"]["admin1"] == "CA-ON"
