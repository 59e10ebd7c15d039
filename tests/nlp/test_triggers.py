"""Triggers: event type and status from invented sentences, including words the seed never uses."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

CASES = [
    ("Russian forces shelled the town of Vovchansk on Tuesday.", ["attack.artillery"], None),
    ("A drone struck an apartment block in Sumy.", ["attack.drone"], None),
    ("Missiles pounded the port of Odesa overnight.", ["attack.missile"], None),
    ("Air defences downed 30 drones over the Bryansk region.", ["attack.drone"], None),
    ("Warplanes hit a fuel depot near Idlib.", ["attack.air"], None),
    ("Ukrainian troops repelled an assault near Pokrovsk.", ["attack.ground"], None),
    ("Rebels seized the town of Kalehe on Friday.", ["territory.change"], None),
    ("The army liberated the village of Novoselivka.", ["territory.change"], None),
    ("Government troops withdrew from Bukavu.", ["territory.change"], None),
    ("Authorities evacuated 2,000 residents from the border villages.", ["humanitarian.evacuation"], None),
    ("Police detained 12 activists in the capital.", ["arrest"], None),
    ("A court sentenced the blogger to six years in prison.", ["arrest"], None),
    ("The European Union imposed sanctions on three commanders.", ["diplomacy.sanctions"], None),
    ("Japan pledged 50 million dollars in humanitarian aid.", ["diplomacy.aid"], None),
    ("The two sides agreed to swap 200 prisoners.", ["prisoners.exchange"], "agreed"),
    ("Russia handed over the bodies of 900 soldiers.", ["prisoners.exchange"], None),
    ("Moscow rejected the peace proposal on Monday.", ["diplomacy.rejection"], None),
    ("The president spoke by phone with his French counterpart.", ["diplomacy.call"], None),
    ("The army is readying a spring offensive.", ["military.mobilization"], "planned"),
    ("Flights were cancelled at Vilnius airport.", ["disruption.transport"], None),
    ("Thousands of people marched through the city centre.", ["protest.demonstration"], None),
    ("The ministry denied that any civilians had been killed.", ["statement.denial"], None),
    ("The governor accused Kyiv of shelling the village.", ["statement.accusation"], None),
    ("If the talks fail, the army could launch a new offensive.", [], None),
    ("Western pressure on both sides to accept a truce has yielded little.", [], None),
    # a habit in one clause does not make the next clause a habit
    ("Israel has repeatedly struck the port, and its defence minister threatened on Tuesday to strike Sanaa.",
     ["statement.threat"], None),
    # what did not happen, and the war as a whole, are no events
    ("Hezbollah has not claimed any attacks on Israel since the ceasefire took effect.", [], None),
    ("The war between the army and the RSF, which began in April 2023, has displaced more than 12 million people.",
     [], None),
    # a definite mention of an earlier event beside another kind of event is no event of its own
    ("Power was cut to some 40,000 homes in the Kharkiv region after the attacks.", ["disruption.power"], None),
    ("About 30,000 people had been displaced by the fighting in the past week.", ["humanitarian.evacuation"], None),
    # wordings the dev reports do not use
    ("Flights at Port Sudan airport were suspended for six hours.", ["disruption.transport"], None),
    ("Five peacekeepers were wounded when their patrol came under fire near Beni.", ["attack"], None),
    # "hold" says nothing of its own: the talks are agreed
    ("Both sides agreed to hold another round of talks in Istanbul next week.", ["diplomacy.talks"], "agreed"),
    # force or sanctions promised on a condition are a threat
    ("The European Union said it would impose sanctions on three commanders if the offensive continued.",
     ["statement.threat"], None),
    ("The army warned it would strike the bridges unless the rebels withdrew.", ["statement.threat"], None),
    # a protest that turns violent, worded without "riot"
    ("Protesters threw stones and fireworks at officers outside parliament.", ["protest.demonstration",
                                                                                "protest.riot"], None),
    ("Demonstrators clashed with police in the capital on Saturday.", ["protest.riot"], None),
    # words read with another meaning: fighting, a diplomatic protest, a unilateral act
    ("Pakistani and Afghan forces exchanged fire across the border, killing three soldiers.", ["attack.ground"], None),
    ("Troops and rebels traded fire overnight.", ["attack.ground"], None),
    ("Pakistan summoned Afghanistan's envoy in protest.", ["statement.accusation"], None),
    ("The president signed a decree on the annexation of the region.", [], None),
    ("The president signed a decree calling up 160,000 conscripts.", ["military.mobilization"], None),
    # a verb joined to one whose subject is the war is background too
    ("The war, which erupted in April 2023, has killed tens of thousands and uprooted more than 12 million.",
     [], None),
    # an attack on no one in particular is no event
    ("The minister warned that the army would respond with force to any attack on Juba.", ["statement.threat"], None),
    ("Russia had moved additional troops and armour to its Kaliningrad exclave.", ["military.mobilization"], None),
    ("The ministry said it would put two brigades on higher alert.", ["military.mobilization"], "planned"),
    ("Police also detained 11 journalists covering the protests, a press union said.", ["arrest"], None),
    ("Police fired water cannon at protesters outside parliament.", ["protest.demonstration", "protest.riot"],
     None),
]


@pytest.mark.parametrize("text,types,status", CASES)
def test_trigger_types(parse, text, types, status):
    doc = parse(text)
    got = sorted({t.type for t in doc._.triggers})
    assert got == sorted(set(types))
    if status is not None:
        assert doc._.triggers[0].status == status


# (sentence, the trigger's word, its type, its status): one row per status rule
STATUS_CASES = [
    ("The two sides agreed to exchange 50 captives.", "exchange", "prisoners.exchange", "agreed"),
    ("The army will strike the bridge at dawn.", "strike", "attack", "planned"),
    ("The army plans to launch an offensive in the spring.", "offensive", "attack.ground", "planned"),
    ("The rebels refused to withdraw from Port Vale.", "withdraw from", "territory.change", "rejected"),
    ("The envoy proposed to hold talks in the capital.", "talks", "diplomacy.talks", "proposed"),
    ("The ministry called for talks with the rebels.", "talks", "diplomacy.talks", "proposed"),
    ("The governor condemned what he called unprovoked shelling of the town.", "shelling", "attack.artillery",
     None),
    ("The sides agreed to a truce after talks hosted by the neighbours.", "talks", "diplomacy.talks", None),
    ("There will be no talks this week, the ministry said.", "talks", "diplomacy.talks", "cancelled"),
    ("Thousands gathered ahead of a planned rally.", "rally", "protest.demonstration", "planned"),
    ("The envoy proposed a truce.", "proposed", "diplomacy.proposal", "proposed"),
    ("Troops are storming the village.", "storming", "attack.ground", "ongoing"),
    ("Rebels stormed the barracks.", "stormed", "attack.ground", None),
]


@pytest.mark.parametrize("text,word,etype,status", STATUS_CASES)
def test_status(parse, text, word, etype, status):
    doc = parse(text)
    got = {doc[t.tok_start:t.tok_end].text: (t.type, t.status) for t in doc._.triggers}
    assert got[word] == (etype, status)


# (sentence, a kind of event its words do not make here): one row per rule that says so
NO_EVENT_CASES = [
    ("Officials posted videos about air strikes.", "attack"),  # a_topic
    ("The villagers hid in shelters protected from missile attacks.", "attack"),  # shielded_from
    ("The governor signed a decree on the border.", "diplomacy.agreement"),  # has_no_excluded_object
    ("The meeting ended without agreeing on a ceasefire.", "diplomacy.ceasefire"),  # done_without
    ("The militia usually raids the road at night.", "attack"),  # a_present_habit
    ("The town is shelled almost daily.", "attack"),  # marked_as_a_habit
    ("No arrests were made after the march.", "arrest"),  # none_of_them
]


@pytest.mark.parametrize("text,kind", NO_EVENT_CASES)
def test_no_event(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


RULE_LISTS = [triggers.ENTRY_CONDITIONS, triggers.NO_EVENT_RULES, triggers.IRREALIS_RULES,
              triggers.NOT_AN_ACT_RULES, triggers.GENERIC_RULES, triggers.HABIT_RULES, triggers.GOVERNOR_RULES,
              triggers.STATUS_RULES]


@pytest.mark.parametrize("rule", [r for rules in RULE_LISTS for r in rules], ids=lambda r: r.__name__)
def test_every_rule_has_an_example(rule):
    assert rule.__doc__ and '"' in rule.__doc__
