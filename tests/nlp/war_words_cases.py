"""Statements, orders and war decisions told without the obvious verb: invented wire sentences (real states,
invented acts) where an accusation is told by a label, a blame or a condemnation, a mobilization by troops ordered,
called up, massed or put on alert, a ceasefire by a truce taking hold or the guns falling silent, an agreement by a
deal signed or a bargain struck; and look-alikes that report no such act (a friend so called, the weather blamed,
players called up, troops on parade, a truce only wished for, a deal between firms).

Each row is ``(text, wanted type or None, type that must not be read or "*" for no event at all, status or None,
sides)`` where ``sides`` lists ``(role, country)`` pairs the wanted record must carry.
"""

from __future__ import annotations

CASES: list[tuple[str, str | None, str | None, str | None, tuple[tuple[str, str], ...]]] = [
    # accusations without "accuse": a label, a blame, a condemnation, a charge, a hallmark
    ("Poland's prime minister labelled the Belarusian leader a tyrant on Tuesday.", "statement.accusation", None, None, (("initiator", "POL"),)),
    ("Ukraine's foreign ministry branded the missile strike on Odesa a war crime on Sunday.", "statement.accusation", None, None, (("initiator", "UKR"),)),
    ("Moscow blamed Kyiv for the blast at the fuel depot on Monday.", "statement.accusation", None, None, (("initiator", "RUS"), ("target", "UKR"))),
    ("Israel said the rocket attack on Haifa bore the hallmarks of Hezbollah.", "statement.accusation", None, None, (("initiator", "ISR"),)),
    ("Germany condemned Iran on Wednesday for the execution of a jailed dissident.", "statement.accusation", None, None, (("initiator", "DEU"), ("target", "IRN"))),
    ("Lithuania denounced Belarus on Friday for pushing migrants across the border.", "statement.accusation", None, None, (("initiator", "LTU"), ("target", "BLR"))),
    ("France charged on Thursday that the Syrian government had used chemical weapons near Homs.", "statement.accusation", None, None, (("initiator", "FRA"),)),
    ("South Korea held North Korea responsible for the sinking of the patrol boat.", "statement.accusation", None, None, (("initiator", "KOR"), ("target", "PRK"))),
    ("Armenia said Azerbaijani troops were to blame for the shelling of the border village.", "statement.accusation", None, None, (("initiator", "ARM"),)),
    ("Kyiv pinned the attack on the power plant on Russian saboteurs on Sunday.", "statement.accusation", None, None, (("initiator", "UKR"),)),
    ("The Philippines slammed China on Monday for firing water cannon at a supply boat.", "statement.accusation", None, None, (("initiator", "PHL"), ("target", "CHN"))),
    # look-alikes: a friend, the weather, an offer so named, a fault with hallmarks
    ("Poland's president called his Lithuanian counterpart a true friend on Tuesday.", None, "statement.accusation", None, ()),
    ("Farmers blamed the dry weather for the poor harvest this year.", None, "*", None, ()),
    ("The union branded the pay offer an insult on Friday.", None, "*", None, ()),
    ("Investigators said the fire bore the hallmarks of an electrical fault.", None, "statement.accusation", None, ()),
    ("Police blamed icy roads for the crash on the motorway.", None, "statement.accusation", None, ()),
    ("The coach condemned his players for their lack of effort.", None, "statement.accusation", None, ()),
    # mobilization and deployment without "mobilize"
    ("Russia ordered 3,000 troops to the border with Finland on Tuesday.", "military.mobilization", None, "occurred", (("initiator", "RUS"),)),
    ("Serbia called up 40,000 reservists on Monday.", "military.mobilization", None, "occurred", (("initiator", "SRB"),)),
    ("Azerbaijan announced a general mobilization on Sunday.", "military.mobilization", None, "occurred", (("initiator", "AZE"),)),
    ("Pakistan put its air force on high alert on Wednesday.", "military.mobilization", None, "occurred", (("initiator", "PAK"),)),
    ("Russia massed tanks near the Ukrainian frontier on Monday, satellite images showed.", "military.mobilization", None, "occurred", (("initiator", "RUS"),)),
    ("The Israeli cabinet concluded on Sunday that a ground offensive in Gaza was unavoidable.", "military.mobilization", None, "planned", (("initiator", "ISR"),)),
    ("China moved an aircraft carrier group into the Taiwan Strait on Friday.", "military.mobilization", None, "occurred", (("initiator", "CHN"),)),
    ("North Korea placed its frontline units on a war footing on Saturday.", "military.mobilization", None, "occurred", (("initiator", "PRK"),)),
    ("Turkey is building up forces near the Syrian border, officials said on Tuesday.", "military.mobilization", None, None, (("initiator", "TUR"),)),
    ("Thousands of Ethiopian troops have been deployed to the border with Eritrea, diplomats said.", "military.mobilization", None, None, (("initiator", "ETH"),)),
    ("Hungary reinforced its southern border with 2,000 soldiers on Monday.", "military.mobilization", None, "occurred", (("initiator", "HUN"),)),
    ("Iran is readying a new offensive against Kurdish groups in northern Iraq, officials said.", "military.mobilization", None, "planned", (("initiator", "IRN"),)),
    ("Venezuela began mobilizing troops along its eastern border on Monday.", "military.mobilization", None, None, (("initiator", "VEN"),)),
    # look-alikes: players called up, troops on parade, a hospital on alert, voters mobilized, fans massed
    ("Italy's coach called up 26 players for the national team on Monday.", None, "*", None, ()),
    ("Soldiers marched in a parade through Warsaw on Independence Day.", None, "military.mobilization", None, ()),
    ("The hospital put its staff on high alert as the flu spread.", None, "military.mobilization", None, ()),
    ("The party mobilized its voters ahead of the election.", None, "military.mobilization", None, ()),
    ("Fans massed outside the stadium before the final on Saturday.", None, "*", None, ()),
    ("The firm ordered 3,000 laptops for its offices.", None, "*", None, ()),
    # ceasefires told by the truce, the guns, a halt agreed
    ("The truce in Tripoli held overnight, residents said on Sunday.", "diplomacy.ceasefire", None, "occurred", ()),
    ("The guns fell silent along the Kashmir frontier at dawn on Saturday.", "diplomacy.ceasefire", None, "occurred", ()),
    ("India and Pakistan agreed on Monday to stop the fighting in Kashmir.", "diplomacy.ceasefire", None, "agreed", (("participant", "IND"),)),
    ("A 72-hour ceasefire was declared in Khartoum on Sunday.", "diplomacy.ceasefire", None, "occurred", ()),
    ("The ceasefire in Gaza was broken on Tuesday when Israeli jets struck Rafah.", "diplomacy.ceasefire", None, "occurred", ()),
    ("Ethiopia and the Tigrayan forces signed a permanent cessation of hostilities in Pretoria on Wednesday.", "diplomacy.ceasefire", None, "agreed", (("participant", "ETH"),)),
    ("Russia and Ukraine agreed on Tuesday to a 30-day halt to strikes on energy plants.", "diplomacy.ceasefire", None, "agreed", (("participant", "RUS"),)),
    ("Hamas said on Monday it had accepted the Egyptian ceasefire proposal.", "diplomacy.ceasefire", None, "agreed", ()),
    ("Israeli forces violated the truce in southern Lebanon on Friday, the Lebanese army said.", "diplomacy.ceasefire", None, "occurred", ()),
    ("Fighting stopped in Tripoli on Sunday under a truce brokered by Turkey.", "diplomacy.ceasefire", None, "occurred", (("mediator", "TUR"),)),
    # look-alikes: a truce wished for, a family truce, music falling silent
    ("France said on Monday that a ceasefire in Sudan would be welcome.", None, "diplomacy.ceasefire", None, ()),
    ("The two families observed a truce for the wedding.", None, "*", None, ()),
    ("The music fell silent as the last guests left the hall.", None, "*", None, ()),
    # agreements told by a deal signed, an accord reached, a bargain struck, sides settling
    ("Japan and the Philippines signed a defence pact in Manila on Monday.", "diplomacy.agreement", None, None, (("participant", "JPN"),)),
    ("Egypt and Sudan reached an accord on the sharing of Nile water on Thursday.", "diplomacy.agreement", None, None, (("participant", "EGY"),)),
    ("Kenya and Somalia struck a bargain on their maritime border on Friday.", "diplomacy.agreement", None, None, (("participant", "KEN"),)),
    ("Peru and Ecuador settled on a new line for their disputed border on Tuesday.", "diplomacy.agreement", None, None, (("participant", "PER"),)),
    ("Greece and North Macedonia signed a deal on Sunday ending their dispute over the name.", "diplomacy.agreement", None, None, (("participant", "GRC"),)),
    ("Colombia and the ELN rebels inked a peace deal in Havana on Sunday.", "diplomacy.agreement", None, None, (("participant", "COL"),)),
    ("Sudan and Chad concluded a security agreement on Wednesday.", "diplomacy.agreement", None, None, (("participant", "SDN"),)),
    # a trade deal between states is an agreement all the same (the spec keeps every agreement reached)
    ("Britain and Japan signed a trade deal on Friday that cuts tariffs on cars.", "diplomacy.agreement", None, None, (("participant", "GBR"),)),
    # look-alikes: a club's deal, firms' accord, a couple settling, a landlord's bargain
    ("The club signed a deal with the Brazilian striker on Monday.", None, "*", None, ()),
    ("The two firms reached an accord on the merger on Thursday.", None, "diplomacy.agreement", None, ()),
    ("The couple settled on a name for their daughter.", None, "*", None, ()),
    ("The landlord struck a bargain with his tenants over the rent.", None, "*", None, ()),
]
