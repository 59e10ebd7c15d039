"""Every code of the taxonomy is detected, from invented sentences with words the seed never uses."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import EVENT_TYPES, Article

CASES = {
    "attack.drone": "Russian drones struck an apartment block in Zaporizhzhia overnight, killing two people.",
    "attack.missile": "A ballistic missile hit the port of Odesa on Tuesday, the regional governor said.",
    "attack.air": "Warplanes bombed a market in Idlib on Monday, killing seven people.",
    "attack.artillery": "Russian forces shelled the town of Vovchansk on Monday, wounding three civilians.",
    "attack.ground": "Ukrainian troops repelled an assault near Toretsk on Sunday, the army said.",
    "attack.explosive": "A roadside bomb exploded near a checkpoint in Mogadishu on Friday, injuring four soldiers.",
    "attack.civilians": "Gunmen abducted 20 villagers near Maiduguri on Saturday, residents said.",
    "territory.change": "Rebel fighters seized the town of Kalehe on Friday, local officials said.",
    "diplomacy.talks": "Delegations from Armenia and Azerbaijan met in Geneva on Monday for a new round of talks.",
    "diplomacy.call": "The French president spoke by phone with the Turkish president on Tuesday.",
    "diplomacy.proposal": "Egypt put forward a plan for a three-day truce on Monday, officials said.",
    "diplomacy.agreement": "The two governments signed an agreement on border demarcation on Thursday.",
    "diplomacy.rejection": "Moscow rejected the peace proposal on Wednesday, the foreign ministry said.",
    "diplomacy.ceasefire": "Both sides declared a ceasefire in the region on Saturday, mediators said.",
    "diplomacy.sanctions": "The European Union imposed sanctions on three Iranian commanders on Monday.",
    "diplomacy.aid": "Japan pledged 50 million dollars in humanitarian aid to Sudan on Tuesday.",
    "prisoners.exchange": "Russia and Ukraine swapped 150 prisoners of war on Friday, officials said.",
    "statement.accusation": "The governor accused the army of blocking aid convoys on Monday.",
    "statement.denial": "The ministry denied the reports on Tuesday, calling them false.",
    "statement.threat": "The rebel leader threatened to attack the capital on Sunday.",
    "disruption.transport": "More than 40 flights were cancelled at Vilnius airport on Monday.",
    "disruption.communications": "Mobile internet was cut in the Kursk region on Tuesday, the governor said.",
    "disruption.power": "A blackout hit the city of Kharkiv on Monday after strikes on a power plant.",
    "military.mobilization": "The army is massing troops near the border, the defence ministry said on Monday.",
    "humanitarian.evacuation": "Authorities evacuated 3,000 residents from villages near Belgorod on Tuesday.",
    "protest.demonstration": "Thousands of people marched through the centre of Tbilisi on Saturday.",
    "protest.riot": "Protesters threw stones at police, who fired tear gas in Belgrade on Friday.",
    "arrest": "Police detained 12 activists in Minsk on Monday, a rights group said.",
}


def test_every_code_has_a_case():
    assert set(CASES) == set(EVENT_TYPES)


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_detected(extractor, code):
    events = extractor.extract(Article(CASES[code], date(2025, 6, 10)))
    assert code in {e.type for e in events}, [e.type for e in events]
