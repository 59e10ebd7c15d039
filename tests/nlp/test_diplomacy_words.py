"""Diplomacy without an obvious verb: demands to a government, resolutions, deliveries, visits, cut ties."""

from __future__ import annotations

import pytest

CASES = [
    # a demand addressed to a government is a proposal
    ("Chile's foreign minister urged the Government of Peru to protect the camp's residents.", "diplomacy.proposal"),
    # a UN resolution adopted is an agreement
    ("On Monday the UN Security Council adopted a resolution on access to the besieged towns.",
     "diplomacy.agreement"),
    # aid delivered, told as a noun
    ("Officials welcomed the delivery of food and aid supplies to the besieged town.", "diplomacy.aid"),
    # a meeting of leaders, and a leader's visit
    ("The Chilean government will bring together world leaders in Geneva in March to discuss the crisis.",
     "diplomacy.talks"),
    ("The foreign minister will visit Ruritania on Friday.", "diplomacy.talks"),
    # cutting ties
    ("Chile severed diplomatic ties with Peru on Tuesday.", "diplomacy.sanctions"),
]

NOT_EVENTS = [
    ("The city council adopted a resolution honouring the school's football team.", "diplomacy.agreement"),
    ("She visited the zoo with her grandchildren on Sunday.", "diplomacy.talks"),
    ("We urge readers to send us their photos.", "diplomacy.proposal"),
    ("The festival brought together artists from five towns.", "diplomacy.talks"),
]


@pytest.mark.parametrize("text,etype", CASES)
def test_diplomacy_without_an_obvious_verb(parse, text, etype):
    assert etype in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", NOT_EVENTS)
def test_no_diplomacy_from_everyday_words(parse, text, etype):
    assert etype not in [e.type for e in parse(text)._.events]


@pytest.mark.parametrize("text", [
    "Chile urged the Government of Peru to meet its obligations under the May 4, 2011 agreement with the UN.",
    "The ministry urged the government to respect the 2019 border treaty.",
])
def test_a_date_of_another_noun_does_not_date_the_demand(parse, text):
    [ev] = [e for e in parse(text)._.events if e.type == "diplomacy.proposal"]
    assert not (ev.date.start or "").startswith(("2011", "2019"))
