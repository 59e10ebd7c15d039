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


# wire-report wordings of each family, beyond the words of the cases above
WIRE_WORDINGS = [
    ("The Sudanese army retook the town of Um Rawaba on Tuesday.", "territory.change"),
    ("The army said it had regained control of Bakhmut on Monday.", "territory.change"),
    ("M23 rebels overran the town of Walikale on Sunday, residents said.", "territory.change"),
    ("Government troops lost control of the district of Kalehe on Friday.", "territory.change"),
    ("Gunmen fired on a UN patrol near Beni on Monday, the mission said.", "attack.ground"),
    ("Pakistani and Afghan forces exchanged fire near the Torkham crossing on Tuesday.", "attack.ground"),
    ("Militants ambushed an army convoy near Gao on Wednesday.", "attack.ground"),
    ("Militiamen torched dozens of homes in a village near Djugu on Saturday.", "attack.civilians"),
    ("Gunmen kidnapped 30 passengers on a highway near Kaduna on Friday.", "attack.civilians"),
    ("The junta cut internet access in 12 townships on Monday, a monitoring group said.",
     "disruption.communications"),
    ("Authorities shut down the internet in the Amhara region on Tuesday.", "disruption.communications"),
    ("The Torkham crossing was closed to traffic on Tuesday, officials said.", "disruption.transport"),
    ("Israel closed its airspace on Friday, the airports authority said.", "disruption.transport"),
    ("Putin signed a decree calling up 160,000 conscripts on Monday, the Kremlin said.", "military.mobilization"),
    ("The army deployed thousands of troops to the border on Sunday.", "military.mobilization"),
    ("The government mobilised 20,000 reservists on Wednesday.", "military.mobilization"),
    ("The truce took effect at midnight on Sunday, both sides said.", "diplomacy.ceasefire"),
    ("The ceasefire collapsed on Thursday after heavy shelling.", "diplomacy.ceasefire"),
    ("The two governments signed a peace accord in Washington on Friday.", "diplomacy.agreement"),
    ("Qatar brokered a deal between the two sides on Tuesday.", "diplomacy.agreement"),
    ("The government delegation walked out of the talks in Doha on Monday.", "diplomacy.rejection"),
    ("Lithuania expelled two Russian diplomats on Tuesday.", "diplomacy.sanctions"),
    ("Pakistan summoned Afghanistan's envoy in protest on Wednesday.", "statement.accusation"),
    ("Iran warned of a crushing response to any attack on its soil on Monday.", "statement.threat"),
    ("Rioters torched police cars in the city centre as protesters clashed with police on Friday.",
     "protest.riot"),
    ("Police charged the opposition leader with treason on Monday.", "arrest"),
    ("Residents were relocated from three villages near the front line on Tuesday.", "humanitarian.evacuation"),
]


@pytest.mark.parametrize("text,code", WIRE_WORDINGS)
def test_wire_wording_is_detected(extractor, text, code):
    events = extractor.extract(Article(text, date(2025, 6, 10)))
    assert code in {e.type for e in events}, [e.type for e in events]
