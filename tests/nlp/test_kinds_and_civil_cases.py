"""A word of protest before another noun names a kind of thing; a charge in a civil case is no arrest."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

CASES = [
    # a word of protest before another noun ("rally officials") tells no protest of its own
    ("Rally officials were not available to comment late yesterday.", None),
    ("The band played old protest songs at the fair in Ashford.", None),
    ("Protest organizers said 5,000 people marched through the capital on Sunday.", "protest.demonstration"),
    ("Thousands joined a protest march in the capital on Sunday.", "protest.demonstration"),
    ("Hundreds joined a street protest in Lima on Sunday.", "protest.demonstration"),
    # a charge in a case a party brings is no arrest
    ("Mr. Vale was charged last month in a civil suit filed in federal court by the regulator.", None),
    ("The regulator charged the firm in a lawsuit filed on Monday.", None),
    ("He was charged in a criminal complaint with wire fraud on Monday.", "arrest"),
    ("Police charged two men with robbery on Monday.", "arrest"),
    ("He was charged in the shooting of a clerk on Monday.", "arrest"),
]


@pytest.mark.parametrize(("text", "etype"), CASES)
def test_reading(extractor, text, etype):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="t"))
    assert [e.type for e in events] == ([etype] if etype else [])
