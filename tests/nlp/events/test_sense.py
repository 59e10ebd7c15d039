"""An event needs a party: invented sentences whose trigger words make a record only when a party acts."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.events import sense
from sitrep.records import Article

THURSDAY = date(2025, 5, 22)

# (text, the event family, whether a record of it is kept)
CASES = [
    # no party: a shop, a firm, a club, people at large
    ("The bakery offers free coffee to its customers this week.", "diplomacy", False),
    ("Shoppers can meet the authors at the store on Saturday.", "diplomacy", False),
    ("The chess club agreed to move its weekly games to the library.", "diplomacy", False),
    ("The striker was denied a place in the final squad.", "statement", False),
    ("The youth centre offers free lessons to Syrian refugees.", "diplomacy", False),  # a party acted upon only
    # a party: a ministry, a government, a named country's official, an armed group
    ("Oman's foreign ministry offered to host talks between the two sides.", "diplomacy", True),
    ("Chile and Peru agreed to exchange 40 prisoners on Tuesday.", "prisoners", True),
    ("The rebels denied attacking the convoy.", "statement", True),
    ("Chile's interior minister met the Peruvian ambassador in Santiago on Monday.", "diplomacy", True),
    ("Negotiators met in Geneva on Monday.", "diplomacy", True),  # a subject of a party's kind
    ("The rebel leader threatened to storm the capital.", "statement", True),  # an armed modifier
    ("Bakery president Tom Hale agreed to sell the shop.", "diplomacy", False),  # a title, unarmed
    ("Both sides declared a truce on Saturday, mediators said.", "diplomacy", True),  # a truce is the parties'
    ("A fire broke out at the depot, regional governor Anna Ruiz said.\n\nRuiz denied that anyone had been hurt.",
     "statement", True),  # a person the report gave an office
    # background: an act dated over a year before the report (not a court's, the case a report follows)
    ("In 2019, Chile's foreign minister signed a trade agreement with Peru.", "diplomacy", False),
    ("In the summer of 2021, Chilean diplomats met Peruvian envoys in Lima.", "diplomacy", False),
    ("Chile's foreign minister signed a trade agreement with Peru on Monday.", "diplomacy", True),
    ("In 2024, Chile and Peru agreed to exchange 40 prisoners.", "prisoners", True),  # within a year
    ("In 2012 the mayor was convicted of fraud in Santiago.", "arrest", True),
    # a country named only as a firm's nationality is no party
    ("Acme signed a deal with Chilean oil giant Petrox on Monday.", "diplomacy", False),
    ("Acme signed a supply agreement with the Chilean mining company Minex on Monday.", "diplomacy", False),
    ("Acme signed a deal with the Chilean government on Monday.", "diplomacy", True),
    # a rite that gathers people holds no talks
    ("The wedding in Lima brought together a remarkable coalition of former rebels, police officers, priests and"
     " ministers.", "diplomacy", False),
    ("The summit in Lima brought together a remarkable coalition of former rebels, police officers, priests and"
     " ministers.", "diplomacy", True),
]


@pytest.mark.parametrize("text,fam,kept", CASES)
def test_a_party_acts(extractor, text, fam, kept):
    events = extractor.extract(Article(text=text, published=THURSDAY))
    assert any(e.type.split(".")[0] == fam for e in events) == kept


@pytest.mark.parametrize("rule", sense.NO_EVENT_CHECKS, ids=lambda r: r.__name__)
def test_every_check_has_an_example(rule):
    assert rule.__doc__ and '"' in rule.__doc__
