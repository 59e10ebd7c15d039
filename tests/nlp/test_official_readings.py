"""Readings of official statements and wire stories: protests handed over, envoys summoned by title, nationals
repatriated, people displaced across a border, aid convoys and grants, acts named as a reason, tallies counted from
a year, warnings, condemnations, forces sent.

Every sentence here is invented; the places are real only so that the gazetteer knows them.
"""

from __future__ import annotations

import pytest

# (text, a type that must be among the records or None, a type that must not be)
CASES = [
    # a note or letter of protest handed to an envoy is the state's protest, no street protest
    ("The Chargé d'Affaires of Belarus was summoned to the Ministry on Monday and handed a note of protest.",
     "statement.accusation", "protest.demonstration"),
    ("The embassy delivered a letter of protest to the foreign ministry in Vilnius on Monday.",
     "statement.accusation", "protest.demonstration"),
    # a title written before a name is what the verb acts on
    ("The foreign ministry summoned Ambassador Ruiz on Monday over the border incident.", "statement.accusation", None),
    # a word of an organisation's name is no title: the number a report asks readers to call
    ("Anyone with information is asked to call Crime Stoppers.", None, "statement.accusation"),
    ("Witnesses were urged to call Arson Watch on Monday.", None, "statement.accusation"),
    # nationals who leave under a repatriation or evacuation are evacuated; fans who leave a stadium are not
    ("The ministry said 240 nationals left Libya over the weekend under the government's repatriation scheme.",
     "humanitarian.evacuation", None),
    ("Fans left the stadium in Tripoli after the match on Sunday.", None, "humanitarian.evacuation"),
    # an aid convoy named by its food; grant assistance announced
    ("A convoy of 20 trucks carrying food and medicine paid for by Japan reached the besieged city of Taiz on Tuesday.",
     "diplomacy.aid", None),
    ("The government announced grant assistance of 2 million euros for clinics in northern Mali on Monday.",
     "diplomacy.aid", None),
    # acts in the plural named as the reason for another act are acts in general
    ("Canada imposed new sanctions on Monday in response to the junta's attacks on civilians.",
     "diplomacy.sanctions", "attack.civilians"),
    # a tally in the perfect counted from a year is no act told; one counted from a day is
    ("Since the coup of 2021 the junta has displaced more than a million people from their homes.",
     None, "humanitarian.evacuation"),
    ("Since Monday the army has shelled the town of Kharkiv twice.", "attack.artillery", None),
    # people who leave a named place, or cross into one, are displaced; a street crossed is no border
    ("Hundreds of families left Saraqeb for villages near the Turkish border on Tuesday.",
     "humanitarian.evacuation", None),
    ("About 4,000 refugees crossed into Uganda on Thursday, the UN said.", "humanitarian.evacuation", None),
    ("Shoppers crossed the street into the park in Kampala on Thursday.", None, "humanitarian.evacuation"),
    # a warning that an act will not go unanswered threatens; one of prices rising does not
    ("Iran warned on Monday that the executions of its citizens would not go unanswered.", "statement.threat", None),
    ("Officials in Cairo warned on Monday that prices would rise in the spring.", None, "statement.threat"),
    # strikes condemned as a violation of another state's sovereignty are an accusation
    ("Russia's foreign ministry condemned the strikes as a gross violation of Syria's sovereignty.",
     "statement.accusation", None),
    # armed men who seize people abduct them; police who seize suspects do not
    ("Gunmen seized two oil engineers near Arauca on Monday.", "attack.civilians", None),
    ("Police seized two suspects in Arauca on Monday.", None, "attack.civilians"),
    # armed people described by whom they fight: who they are, no act told
    ("Leaders of the militias fighting the government signed a ceasefire agreement in Pointe-Noire on Wednesday.",
     None, "attack.ground"),
    ("Rebels fighting the government seized the town of Goma on Monday.", "territory.change", "attack.ground"),
    ("Troops were fighting rebels near Goma on Monday.", "attack.ground", None),
    # commandos sent are forces moved
    ("The defence ministry said it would send several hundred commandos to Helmand next week.",
     "military.mobilization", None),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_official_readings(parse, text, present, absent):
    types = [e.type for e in parse(text)._.events]
    if present is not None:
        assert present in types
    if absent is not None:
        assert absent not in types
