"""Wire acts told without the verb a rule expects: invented sentences in the way 1990s wire and broadcast news
and today's web news tell accusations, denials, agreements, truces, forces moved, evacuations and talks ("blamed
X for", "dismissed the charge as", "signed off on", "a truce that took effect at midnight", "troops poured
into", "ordered a carrier to", "put its army on alert", "airlifted out", "shuttled between the capitals", "met
behind closed doors"); and look-alikes in which the same words tell no such act (a firm accused of overcharging,
a truce between clubs, airbags deployed, a weather alert, a wage agreement, a foul denied, talks on a contract).

Each row is ``(text, wanted type or None, status or None, sides, type that must not be read or "*" for no event
at all)``; ``sides`` lists ``(role, country)`` pairs the wanted record must carry. Published on Thursday 2025-05-22.
"""

from __future__ import annotations

Case = tuple[str, str | None, str | None, tuple[tuple[str, str], ...], str | None]

ACC, DEN, AGR, CEA = "statement.accusation", "statement.denial", "diplomacy.agreement", "diplomacy.ceasefire"
MOB, EVA, TAL = "military.mobilization", "humanitarian.evacuation", "diplomacy.talks"

CASES: list[Case] = [
    # accusations told by blame, a charge, a complaint or responsibility laid
    ("Baghdad blamed Washington on Tuesday for the downing of a civilian airliner over the southern marshes.",
     ACC, "occurred", (("initiator", "IRQ"), ("target", "USA")), None),
    ("Moscow accused Kyiv on Monday of staging a provocation near the dam.",
     ACC, "occurred", (("initiator", "RUS"), ("target", "UKR")), None),
    ("Belgrade charged on Wednesday that Croatian troops had shelled three villages near the border.",
     ACC, None, (("initiator", "SRB"),), None),
    ("Lebanon lodged a complaint with the Security Council on Tuesday over Israeli violations of its airspace.",
     ACC, None, (("initiator", "LBN"),), None),
    ("The Syrian government pointed the finger at Turkey on Monday for the car bomb in Aleppo.",
     ACC, None, (("initiator", "SYR"), ("target", "TUR")), None),
    ("In a statement on Monday, Tehran held Washington responsible for the deaths of the two sailors.",
     ACC, None, (("initiator", "IRN"), ("target", "USA")), None),
    ("Athens protested to Ankara on Wednesday over repeated incursions by Turkish jets into Greek airspace.",
     ACC, None, (("initiator", "GRC"),), None),
    ("Pyongyang condemned Seoul on Tuesday for sending propaganda leaflets across the frontier.",
     ACC, None, (("initiator", "PRK"), ("target", "KOR")), None),
    ("Georgia and Russia traded accusations on Monday over a shooting on the boundary line.",
     ACC, None, (("initiator", "GEO"),), None),
    # denials told by a dismissal, a refutation or a role denied
    ("Rwanda on Monday denied any role in the rebel advance on the eastern Congolese city of Bukavu.",
     DEN, "occurred", (("initiator", "RWA"),), None),
    ("Beijing dismissed the spying charge as a fabrication on Tuesday.",
     DEN, None, (("initiator", "CHN"),), None),
    ("The Kremlin rejected as absurd the claims that its forces had shelled the power plant.",
     DEN, None, (("initiator", "RUS"),), None),
    ("Caracas flatly denied on Wednesday that its troops had crossed into Guyana.",
     DEN, None, (("initiator", "VEN"),), None),
    ("Egypt on Tuesday refuted reports that it had closed the Rafah crossing.",
     DEN, None, (("initiator", "EGY"),), None),
    ("Islamabad brushed off the allegations of cross-border raids as baseless on Friday.",
     DEN, None, (("initiator", "PAK"),), None),
    # agreements told by an idiom of signing or sealing
    ("Serbia and Kosovo signed off on a deal on Tuesday to reopen two border crossings.",
     AGR, None, (("participant", "SRB"),), None),
    ("Peru and Ecuador inked a border treaty in Brasilia on Monday.",
     AGR, None, (("participant", "PER"), ("participant", "ECU")), None),
    ("Moscow and Beijing clinched a gas supply pact on Wednesday after years of haggling.",
     AGR, None, (("participant", "RUS"), ("participant", "CHN")), None),
    ("The foreign ministers of Greece and North Macedonia put their signatures to the name accord on Sunday.",
     AGR, None, (("participant", "GRC"),), None),
    ("Ethiopia and Eritrea formally ended their border war with a peace treaty signed in Jeddah on Monday.",
     AGR, None, (("participant", "ETH"),), None),
    # truces told by their taking effect, holding, or a lull
    ("A truce between Armenia and Azerbaijan took effect at midnight on Tuesday.",
     CEA, "occurred", (("participant", "ARM"),), None),
    ("Guns fell silent along the Line of Control on Thursday as a ceasefire between India and Pakistan went into effect.",
     CEA, "occurred", (("participant", "IND"),), None),
    ("Hamas and Israel agreed on Monday to extend the lull by 48 hours, Egyptian mediators said.",
     CEA, "agreed", (("participant", "ISR"),), None),
    ("The ceasefire between Thailand and Cambodia was holding on Friday, officials on both sides said.",
     CEA, None, (("participant", "THA"),), None),
    ("Moscow ordered its forces to hold their fire for 30 hours over Easter, the Kremlin said on Saturday.",
     CEA, None, (("participant", "RUS"),), None),
    ("The truce in Idlib was shattered on Sunday when Syrian jets bombed two villages.",
     CEA, "occurred", (), None),
    # forces sent, massed or readied
    ("Ethiopian troops poured into the border region on Tuesday, witnesses said.",
     MOB, "occurred", (("initiator", "ETH"),), None),
    ("The Pentagon ordered a second aircraft carrier to the Gulf on Monday.",
     MOB, "occurred", (("initiator", "USA"),), None),
    ("Guyana put its army on alert on Wednesday after Venezuelan troops gathered near the frontier.",
     MOB, "occurred", (("initiator", "GUY"),), None),
    ("Armenia summoned 15,000 reservists to their units on Tuesday.",
     MOB, "occurred", (("initiator", "ARM"),), None),
    ("Pakistan rushed reinforcements to the Kashmir frontier on Friday.",
     MOB, "occurred", (("initiator", "PAK"),), None),
    ("India moved two army divisions to its border with China on Sunday.",
     MOB, "occurred", (("initiator", "IND"),), None),
    ("Iran placed its air defences on maximum alert on Saturday.",
     MOB, "occurred", (("initiator", "IRN"),), None),
    ("Israel massed armour along the Gaza border on Wednesday ahead of an expected ground offensive.",
     MOB, "occurred", (("initiator", "ISR"),), None),
    # civilians and foreigners taken out
    ("Foreign nationals were airlifted out of Khartoum on Sunday as fighting raged in the capital.",
     EVA, "occurred", (), None),
    ("France flew 400 of its citizens out of Niamey on Wednesday.",
     EVA, "occurred", (), None),
    ("Britain began pulling its embassy staff out of Kyiv on Saturday.",
     EVA, None, (), None),
    ("Residents streamed out of Kherson on Monday ahead of an expected assault.",
     EVA, "occurred", (), None),
    # talks told by a shuttle, a closed-door meeting, a visit or a huddle
    ("The American envoy shuttled between Jerusalem and Beirut on Monday in a bid to secure a truce.",
     TAL, "occurred", (), None),
    ("Negotiators from Sudan and South Sudan met behind closed doors in Addis Ababa on Wednesday.",
     TAL, "occurred", (("participant", "SDN"), ("participant", "SSD")), None),
    ("The Chinese foreign minister flew to Moscow on Tuesday for talks with his Russian counterpart.",
     TAL, None, (("participant", "CHN"),), None),
    ("Egyptian and Israeli officials huddled in Cairo on Sunday over the hostage deal.",
     TAL, "occurred", (("participant", "EGY"),), None),
    ("The Ukrainian president hosted his Polish counterpart in Kyiv on Friday.",
     TAL, "occurred", (("participant", "UKR"), ("participant", "POL")), None),
    ("Delegations from Armenia and Azerbaijan sat down in Washington on Monday for a fresh round of talks.",
     TAL, "occurred", (("participant", "ARM"),), None),
    # look-alikes: the same words, no such act
    ("The airline was accused of overcharging passengers on Monday, a consumer group said.", None, None, (), ACC),
    ("The two clubs agreed an uneasy truce over the transfer row on Tuesday.", None, None, (), CEA),
    ("Both front airbags deployed when the car hit the barrier.", None, None, (), "*"),
    ("The weather service put the coast on alert for a tropical storm on Wednesday.", None, None, (), MOB),
    ("The carmaker and the union signed an agreement on wages on Monday.", None, None, (), AGR),
    ("The striker denied a foul on the goalkeeper in the final minute.", None, None, (), "*"),
    ("The union and the rail operator held talks on a new contract on Tuesday.", None, None, (), TAL),
    ("Fans poured into the stadium for the final on Saturday.", None, None, (), "*"),
    ("The company blamed the weather for a fall in sales.", None, None, (), "*"),
    ("The actor dismissed the charge as a smear on Tuesday.", None, None, (), DEN),
    ("The hospital airlifted a climber out of the valley after a fall.", None, None, (), EVA),
    ("The company ordered a second fleet of trucks to its warehouse in Ohio.", None, None, (), MOB),
    ("The board met behind closed doors on Monday to discuss the chief executive's pay.", None, None, (), TAL),
    ("The courier shuttled between the two offices all day.", None, None, (), "*"),
    ("The hospital called up retired nurses to cope with the flu season.", None, None, (), MOB),
    ("A heat alert was issued for the capital on Tuesday.", None, None, (), "*"),
    ("The league put the club on notice after crowd trouble.", None, None, (), "*"),
    ("The neighbours traded accusations over the noise.", None, None, (), ACC),
    ("The presidents of Chile and Peru agreed that the region needed more investment.", None, None, (), AGR),
    ("A shopper lodged a complaint with the store over the price of bread.", None, None, (), "*"),
    ("Residents poured out into the streets to celebrate the victory.", None, None, (), EVA),
    ("The government charged three men with treason on Monday.", None, None, (), ACC),
    ("The choir put their signatures to a petition for a new hall.", None, None, (), "*"),
]
