"""Events the readings used to miss or mistype: charges faced or filed, a plea entered, an attack on armed men,
a crime of years before retold as the case a report follows.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp.triggers import TYPE_RULES, aimed_at_armed_men
from sitrep.records import Article

# (text, the trigger types it makes): a charge faced, filed or held on is an arrest; a plea entered too
CHARGE_CASES = [
    ("A 30-year-old man faces charges of arson after a barn burned on Friday.", ["arrest"]),
    ("The driver is facing a manslaughter charge after the crash on Monday.", ["arrest"]),
    ("Prosecutors filed charges against the clerk on Tuesday.", ["arrest"]),
    ("Police laid charges against two brothers on Wednesday.", ["arrest"]),
    ("The cook is in the county jail on theft charges.", ["arrest"]),
    ("The baker entered a plea of not guilty on Monday.", ["arrest"]),
    ("He could face charges if the claims are proven.", []),  # irrealis
    ("The charges were read out in a crowded courtroom.", []),  # named, not faced nor filed
    ("The bank waived the charges on his account.", []),
    ("The shop entered a new market last year.", []),
]


@pytest.mark.parametrize("text,types", CHARGE_CASES)
def test_charges_faced_and_pleas_entered_are_arrests(parse, text, types):
    doc = parse(text)
    assert sorted({t.type for t in doc._.triggers}) == types


# (text, the type of its one attack record): armed men attacked with no weapon named fight on the ground
ARMED_TARGET_CASES = [
    ("Gunmen opened fire on a police patrol near the market on Sunday.", "attack.ground"),
    ("The officers came under fire from inside a barn on Friday.", "attack.ground"),
    ("Armed men fired on an army checkpoint on Monday, wounding two soldiers.", "attack.ground"),
    ("Gunmen attacked tourists at a hotel in Millbrook on Monday. In another attack, gunmen opened fire on a "
     "police station in Millbrook, wounding two officers.", "attack.ground"),
    ("Gunmen opened fire on a wedding party on Sunday, killing eight guests.", "attack.civilians"),
    ("Rockets hit an army checkpoint on Monday.", "attack.artillery"),  # a weapon named comes first
]


@pytest.mark.parametrize("text,etype", ARMED_TARGET_CASES)
def test_an_attack_on_armed_men_is_a_clash(parse, text, etype):
    doc = parse(text)
    assert [e.type for e in doc._.events][-1] == etype


def test_the_armed_target_rule_comes_after_the_weapons():
    names = [r.__name__ for r in TYPE_RULES]
    assert aimed_at_armed_men in TYPE_RULES
    assert names.index("the_nearest_weapon") < names.index("aimed_at_armed_men")


# (text, published, types made): a crime of years before, dated in its own clause, is the case a report follows;
# other acts of years before are background
HISTORY_CASES = [
    ("On June 3, 2021, a clerk was stabbed to death in her shop in Brackwater, police said.", date(2025, 5, 22),
     ["attack.civilians"]),
    ("A farmer was shot dead in his barn in March 2019, and no one was ever charged.", date(2025, 5, 22),
     ["attack.civilians"]),
    ("In 2011, Moldova signed a trade deal with Romania.", date(2025, 5, 22), []),
]


@pytest.mark.parametrize("text,published,types", HISTORY_CASES)
def test_a_crime_of_years_before_is_the_case_followed(extractor, text, published, types):
    records = extractor.extract(Article(text=text, published=published, id="history"))
    assert sorted({e.type for e in records}) == types


# (text, status): "is facing charges" is a state the charging left, not an act going on
FACING_CASES = [
    ("The driver is facing a manslaughter charge after the crash on Monday.", "occurred"),
    ("The driver will face charges, police said on Monday.", "planned"),
    ("Troops are storming the town, officials said on Monday.", "ongoing"),
    ("Civilians in the valley are facing heavy shelling, the minister said.", "ongoing"),
]


@pytest.mark.parametrize("text,status", FACING_CASES)
def test_facing_charges_is_no_act_going_on(parse, text, status):
    doc = parse(text)
    assert [t.status or "occurred" for t in doc._.triggers][:1] == [status]


# (text, type): a knife, a machete or an axe names one armed man's or a gang's violence against people
KNIFE_CASES = [
    ("Two people were killed in a knife attack at a supermarket on Monday.", "attack.civilians"),
    ("A man wounded three shoppers in a machete attack at a market on Friday.", "attack.civilians"),
    ("Two people were killed in an attack at a supermarket on Monday.", "attack.ground"),
]


@pytest.mark.parametrize("text,etype", KNIFE_CASES)
def test_a_knife_attack_is_on_civilians(parse, text, etype):
    doc = parse(text)
    assert [e.type for e in doc._.events] == [etype]


# (text, types of its records): talks, a deal or a truce only put forward is a proposal
PUT_FORWARD_CASES = [
    ("Moldova urged both sides to sign a ceasefire on Monday.", ["diplomacy.proposal"]),
    ("The Moldovan foreign minister called for an emergency summit on Monday.", ["diplomacy.proposal"]),
    ("The two foreign ministers met in Vienna on Monday.", ["diplomacy.talks"]),
    ("Moldova and Romania signed a trade deal on Monday.", ["diplomacy.agreement"]),
]


@pytest.mark.parametrize("text,types", PUT_FORWARD_CASES)
def test_what_is_only_put_forward_is_a_proposal(parse, text, types):
    doc = parse(text)
    assert [e.type for e in doc._.events] == types


@pytest.mark.parametrize("etype,status,expected", [
    ("diplomacy.talks", "proposed", "diplomacy.proposal"),
    ("diplomacy.agreement", "proposed", "diplomacy.proposal"),
    ("diplomacy.rejection", "proposed", "diplomacy.rejection"),
    ("diplomacy.talks", "planned", "diplomacy.talks"),
    ("attack.ground", "proposed", "attack.ground"),
])
def test_put_forward(etype, status, expected):
    from sitrep.nlp.events.assemble import put_forward

    assert put_forward(etype, status) == expected


# (text, (type, status) of its records): a meeting that is the setting of an asking was held; the talks a
# word of proposing names are that proposal, not a second record
SETTING_CASES = [
    ("In a meeting with the Moldovan president on Tuesday, the French president asked that the embargo be lifted.",
     [("diplomacy.talks", "occurred"), ("diplomacy.proposal", "proposed")]),
    ("At the summit on Monday, Moldova agreed to a ceasefire with Romania.",
     [("diplomacy.talks", "occurred"), ("diplomacy.ceasefire", "agreed")]),
    ("Moldova called for talks with Romania on Monday.", [("diplomacy.proposal", "proposed")]),
    ("Moldova proposed talks with Romania on Monday.", [("diplomacy.proposal", "proposed")]),
]


@pytest.mark.parametrize("text,records", SETTING_CASES)
def test_a_setting_is_held_and_a_proposal_told_once(parse, text, records):
    doc = parse(text)
    assert [(e.type, e.status) for e in doc._.events] == records
