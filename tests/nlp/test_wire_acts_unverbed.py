"""The probe of wire acts told without the verb a rule expects (``wire_acts_unverbed_cases.py``): accusations,
denials, agreements, truces, forces moved, evacuations and talks, and look-alikes that report no such act.

Plus case tables for the readings added with it: a state protests or complains "to" a capital, its government;
a complaint or a protest a state lodges;
a charge a state lays in a clause with "that"; agreeing what a place needs is a view; a truce the sides agree to
extend is agreed; the leader who hosts a counterpart takes part, no go-between.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.test_war_words_probe import _problems as war_words_problems
from tests.nlp.wire_acts_unverbed_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS: tuple[str, ...] = ()


def _problems(events, want, status, sides, not_want) -> list[str]:
    """The war-words probe's check (type, status, sides, what must not be read), in this table's order."""
    return war_words_problems(events, want, not_want, status, sides)


def _params():
    for text, want, status, sides, not_want in CASES:
        marks = [pytest.mark.xfail(strict=False)] if GAPS and text.startswith(GAPS) else []
        yield pytest.param(text, want, status, sides, not_want, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "want", "status", "sides", "not_want"), list(_params()))
def test_the_unverbed_wire_act(extractor, text, want, status, sides, not_want):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert _problems(events, want, status, sides, not_want) == []


# (text, the place name, whether it names a government)
SPOKEN_TO_CASES = [
    ("Freedonia protested to Ankara on Monday over the flights.", "Ankara", True),
    ("Freedonia complained to Beijing on Monday about the fishing boats.", "Beijing", True),
    ("Freedonia sent two brigades to Ankara on Monday.", "Ankara", False),
    ("The family moved to Beijing in March.", "Beijing", False),
]


@pytest.mark.parametrize(("text", "name", "government"), SPOKEN_TO_CASES)
def test_the_capital_spoken_to_is_its_government(parse, text, name, government):
    found = [p.metonymic for p in parse(text)._.places if p.text == name]
    assert found == [government]


# (text, the event types it must make, the types it must not make)
READING_CASES = [
    # a charge laid in a clause with "that" by a state
    ("Chile charged on Monday that Peruvian troops had shelled two border posts.", {"statement.accusation"}, set()),
    ("The Peruvian government charged that Chilean agents had planted the bomb.", {"statement.accusation"}, set()),
    ("Prosecutors charged that the clerk had taken the money.", set(), {"statement.accusation"}),
    ("The government charged two men with espionage on Monday.", set(), {"statement.accusation"}),
    # agreeing what a place needs is a view; agreeing what the sides will do is a deal
    ("Chile and Peru agreed that the border towns needed more doctors.", set(), {"diplomacy.agreement"}),
    ("Chile and Peru agreed on Monday that their troops would pull back from the border.",
     {"diplomacy.agreement"}, set()),
    # a state protests to another: an accusation, no demonstration
    ("Chile protested to Peru on Monday over the seizure of a fishing boat.", {"statement.accusation"},
     {"protest.demonstration"}),
    ("Farmers protested outside the ministry on Monday over fuel prices.", {"protest.demonstration"},
     {"statement.accusation"}),
    # a complaint or a protest a state lodges is an accusation; a complaint filed in court is none
    ("Chile lodged a complaint with the United Nations on Monday over Peruvian overflights.",
     {"statement.accusation"}, set()),
    ("Chile lodged a formal protest with the Peruvian embassy on Monday.", {"statement.accusation"},
     {"protest.demonstration"}),
    ("According to a complaint filed in county court, the clerk threatened his boss.", set(),
     {"statement.accusation"}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), READING_CASES)
def test_the_reading(parse, text, wanted, unwanted):
    types = {e.type for e in parse(text)._.events}
    assert wanted <= types and not unwanted & types


# (text, the wanted type, its status)
STATUS_CASES = [
    ("Chile and Peru agreed on Monday to extend the truce by three days.", "diplomacy.ceasefire", "agreed"),
    ("Chile and Peru agreed on Monday to extend the lull in the fighting by a day.", "diplomacy.ceasefire", "agreed"),
]


@pytest.mark.parametrize(("text", "etype", "status"), STATUS_CASES)
def test_the_truce_extended_by_agreement_is_agreed(parse, text, etype, status):
    assert (etype, status) in {(e.type, e.status) for e in parse(text)._.events}


# (text, the roles the two leaders take)
HOST_CASES = [
    ("The Chilean president hosted his Peruvian counterpart in Santiago on Monday.",
     {("participant", "CHL"), ("participant", "PER")}),
    ("The Peruvian president received the Chilean envoy in Lima on Monday.", {("participant", "PER"), ("participant", "CHL")}),
    ("Oman hosted talks between Chile and Peru on Monday.", {("mediator", "OMN")}),
]


@pytest.mark.parametrize(("text", "sides"), HOST_CASES)
def test_the_host_of_a_leader_takes_part(parse, text, sides):
    actors = {(a.role, a.country) for e in parse(text)._.events if e.type == "diplomacy.talks" for a in e.actors}
    assert sides <= actors
