"""A probe of ceasefires, agreements, mobilization, evacuation, aid and accusations as wire reporters tell them:
a truce declared, extended, broken or agreed as "a pause" or "a halt to the fighting", forces called up, sent
or massed, people fleeing or moved out, an aid convoy arriving, one side blaming another; and the same words
in no event (a business deal, volunteers mobilized, a building evacuated after an alarm, a person accused
of fraud in court, a player called up). Every sentence is invented (real states and towns, invented acts).
Each case gives what a careful coder records: the type, its status (or None when either reading is fair),
the sides a state takes and a count. Cases the pipeline does not read yet are marked ``xfail``."""

from __future__ import annotations

import pytest

XFAIL = pytest.mark.xfail(strict=False)

# (text, type, status or None, [(role, country)], (quantity role, value) or None)
EVENTS = [
    ("A truce between Israel and Hezbollah took hold at midnight on Wednesday.", "diplomacy.ceasefire", "occurred", [("participant", "ISR")], None),
    ("Sudan's army and the RSF agreed on Tuesday to a 72-hour humanitarian pause in Khartoum.", "diplomacy.ceasefire", "agreed", [("participant", "SDN")], None),
    ("The ceasefire in eastern Congo collapsed on Sunday as fighting resumed near Goma.", "diplomacy.ceasefire", "occurred", [], None),
    # a truce declared is in force (as "Rebels declare ceasefire" in test_headlines); one extended is agreed
    ("Russia and Ukraine declared an Easter truce on Saturday.", "diplomacy.ceasefire", "occurred", [("participant", "RUS")], None),
    ("A ceasefire brokered by Qatar came into force in Gaza on Sunday morning.", "diplomacy.ceasefire", "occurred", [("mediator", "QAT")], None),
    ("Thailand and Cambodia agreed on Monday to halt the fighting along their border.", "diplomacy.ceasefire", "agreed", [("participant", "THA")], None),
    pytest.param("The Houthis announced a unilateral ceasefire on Thursday.", "diplomacy.ceasefire", None, [("participant", "YEM")], None, marks=XFAIL),
    ("Israel and Hamas extended the truce by two more days on Monday, Egypt said.", "diplomacy.ceasefire", "agreed", [("participant", "ISR")], None),
    ("The truce in Idlib was violated dozens of times overnight, monitors said.", "diplomacy.ceasefire", "occurred", [], None),
    pytest.param("Pakistan and India agreed to stop all firing along the Line of Control from midnight.", "diplomacy.ceasefire", "agreed", [("participant", "PAK")], None, marks=XFAIL),
    ("The rebels broke the ceasefire on Friday by shelling army positions near Taiz, Yemen's government said.", "diplomacy.ceasefire", "occurred", [], None),
    ("Armenia and Azerbaijan reached a ceasefire deal on Tuesday after two days of clashes.", "diplomacy.ceasefire", "agreed", [("participant", "ARM")], None),
    ("Serbia and Kosovo initialled an accord on freedom of movement in Brussels on Thursday.", "diplomacy.agreement", None, [("participant", "SRB")], None),
    pytest.param("Russia and Ukraine signed a deal on prisoner swaps in Istanbul on Tuesday.", "prisoners.exchange", "agreed", [("participant", "RUS")], None, marks=XFAIL),
    ("Armenia and Azerbaijan agreed in principle on a peace treaty on Friday.", "diplomacy.agreement", None, [("participant", "ARM")], None),
    ("Sudan and South Sudan sealed an agreement on oil transit fees on Wednesday.", "diplomacy.agreement", None, [("participant", "SDN")], None),
    ("Ethiopia and Somalia struck a deal on Thursday to end their dispute over the port.", "diplomacy.agreement", None, [("participant", "ETH")], None),
    ("Israel's army called up 30,000 reservists on Sunday.", "military.mobilization", "occurred", [("initiator", "ISR")], None),
    ("Russia ordered a partial mobilization on Wednesday.", "military.mobilization", "occurred", [("initiator", "RUS")], None),
    ("Taiwan put its troops on high alert on Friday after Chinese warships were spotted off its coast.", "military.mobilization", "occurred", [("initiator", "TWN")], None),
    pytest.param("Pakistan massed tanks on its border with India on Tuesday.", "military.mobilization", "occurred", [("initiator", "PAK")], None, marks=XFAIL),
    ("The United States sent 2,000 more troops to Poland on Monday.", "military.mobilization", "occurred", [("initiator", "USA")], None),
    ("Venezuela deployed soldiers to its border with Guyana on Thursday.", "military.mobilization", "occurred", [("initiator", "VEN")], None),
    ("Azerbaijan is preparing a new offensive in the south, Armenian officials said on Monday.", "military.mobilization", "planned", [("initiator", "AZE")], None),
    ("Belarus moved heavy artillery closer to the Ukrainian border on Saturday.", "military.mobilization", "occurred", [("initiator", "BLR")], None),
    ("Serbia raised the combat readiness of its army on Monday.", "military.mobilization", "occurred", [("initiator", "SRB")], None),
    pytest.param("Armenia declared martial law and a general mobilization on Sunday.", "military.mobilization", "occurred", [("initiator", "ARM")], None, marks=XFAIL),
    ("Britain dispatched two warships to the Gulf on Wednesday.", "military.mobilization", "occurred", [("initiator", "GBR")], None),
    ("Authorities evacuated 2,000 residents from border villages in the Belgorod region on Monday.", "humanitarian.evacuation", "occurred", [], ("evacuated", 2000)),
    ("Thousands of people fled the fighting in El Fasher on Saturday.", "humanitarian.evacuation", "occurred", [], None),
    ("Israel ordered residents of northern Gaza to move south on Friday.", "humanitarian.evacuation", None, [], None),
    ("More than 40,000 people have been displaced by the clashes in North Kivu, the UN said on Tuesday.", "humanitarian.evacuation", None, [], ("displaced", 40000)),
    ("Ukraine announced the mandatory evacuation of families with children from Kupiansk on Wednesday.", "humanitarian.evacuation", None, [], None),
    ("Hundreds of civilians were bussed out of the besieged town of Sumy on Tuesday.", "humanitarian.evacuation", "occurred", [], None),
    pytest.param("Some 5,000 villagers have left their homes in the border area since the shelling began.", "humanitarian.evacuation", None, [], None, marks=XFAIL),
    pytest.param("An aid convoy reached Gaza city on Wednesday for the first time in weeks.", "diplomacy.aid", "occurred", [], None, marks=XFAIL),
    ("A UN aid convoy reached the besieged town of Kobani on Wednesday.", "diplomacy.aid", "occurred", [], None),
    ("Hundreds of families left their homes in the south of Lebanon on Monday.", "humanitarian.evacuation", "occurred", [], None),
    ("Ethiopia's government accused the rebels on Monday of using civilians as human shields.", "statement.accusation", None, [("initiator", "ETH")], None),
    ("Iran blamed Israel for the blast at the nuclear site on Sunday.", "statement.accusation", None, [("initiator", "IRN"), ("target", "ISR")], None),
    ("Kyiv accused Moscow on Thursday of deporting children from occupied areas.", "statement.accusation", None, [("initiator", "UKR"), ("target", "RUS")], None),
    ("India and Pakistan accused each other on Friday of breaking the truce in Kashmir.", "statement.accusation", None, [("initiator", "IND"), ("initiator", "PAK")], None),
    ("China accused the Philippines on Monday of ramming its coast guard vessel.", "statement.accusation", None, [("initiator", "CHN"), ("target", "PHL")], None),
    ("Somalia's government said al-Shabaab was responsible for the bombing in Mogadishu.", "statement.accusation", None, [("initiator", "SOM")], None),
]

# (text, a type that must not be read, or None when the text tells no event at all)
LOOK_ALIKES = [
    ("Economists agreed that the economy is weak.", None),
    ("The two firms signed a business deal worth 2 billion dollars on Monday.", None),
    ("The council mobilized volunteers for the clean-up after the floods.", "military.mobilization"),
    ("Staff evacuated the building after a fire alarm on Tuesday.", None),
    ("The former mayor was accused of fraud in court on Monday.", "statement.accusation"),
    ("The striker was called up to the national team for the qualifiers.", None),
    ("The two brothers called a truce in their feud over the family farm.", "diplomacy.ceasefire"),
    pytest.param("Police put the stadium on high alert before the derby.", "military.mobilization"),
    ("The coach blamed the referee for the defeat.", None),
    ("The company deployed new software across its offices last year.", None),
    ("Guests were evacuated from the hotel after a gas leak on Sunday.", "humanitarian.evacuation"),
    ("The unions accepted the pay offer and agreed to call off the strike.", None),
    ("The bank sent 300 more staff to its new office in Warsaw.", None),
    ("The opposition party accused the finance minister of lying about the deficit.", "statement.accusation"),
    ("Shoppers fled the mall when the sprinklers went off.", "humanitarian.evacuation"),
    ("The airline called up extra crews to cope with the holiday rush.", None),
    ("The two leaders agreed that trade between their countries should grow.", "diplomacy.agreement"),
    ("Volunteers delivered food parcels to flood victims in the town.", None),
    ("Egypt proposed a two-week truce in Gaza on Sunday.", "diplomacy.ceasefire"),
    ("The striker fled the scene of the crash, police said.", "humanitarian.evacuation"),
    ("Thailand and Cambodia agreed on Monday to halt the fighting along their border.", "attack.ground"),
    ("The school bused the pupils to the museum on Friday.", None),
    ("The nurse left her home at dawn to start her shift.", None),
    ("A relief convoy was ambushed by gunmen near Kobani on Tuesday.", "diplomacy.aid"),
    ("The two neighbours agreed to end their feud over the garden fence.", None),
    ("The businessman was accused of bribery at the start of his trial on Monday.", "statement.accusation"),
]


def _fits(event, status, sides, count) -> bool:
    actors = {(a.role, a.country) for a in event.actors}
    counts = {(q.role, q.value) for q in event.quantities}
    return (status is None or event.status == status) and all(s in actors for s in sides) and (
        count is None or count in counts)


@pytest.mark.parametrize("text,etype,status,sides,count", EVENTS)
def test_the_act_is_read_with_its_status_and_sides(parse, text, etype, status, sides, count):
    events = [e for e in parse(text)._.events if e.type == etype]
    assert any(_fits(e, status, sides, count) for e in events), [(e.type, e.status) for e in parse(text)._.events]


@pytest.mark.parametrize("text,etype", LOOK_ALIKES)
def test_the_look_alike_tells_no_such_act(parse, text, etype):
    types = [e.type for e in parse(text)._.events]
    assert (not types) if etype is None else etype not in types
