"""Sides from grammar: invented wire-style sentences (real states, made-up incidents) with the sides a careful
coder records. Each case is (text, type, role, countries, exact): the type "attack" stands for any attack.*
type (the sides, not the weapon, are probed here); exact cases want just those countries in the role, the
others (look-alikes) want none of them there."""

from __future__ import annotations

ATTACK = "attack"  # any attack.* type

# who does it: the subject of the attack verb, a capital or a possessive standing for its state
AGENTS = [
    ("Israeli jets struck a weapons depot near Damascus on Tuesday, Syrian state media said.",
     "attack.air", "initiator", ["ISR"], True),
    ("Israeli jets struck a weapons depot near Damascus on Tuesday, Syrian state media said.",
     "attack.air", "target", ["SYR"], True),
    ("Azerbaijani troops attacked Armenian positions near the border on Tuesday, the Armenian defence "
     "ministry said.", ATTACK, "initiator", ["AZE"], True),
    ("Azerbaijani troops attacked Armenian positions near the border on Tuesday, the Armenian defence "
     "ministry said.", ATTACK, "target", ["ARM"], True),
    ("Kyiv's drones hit an oil depot in the Belgorod region overnight, Moscow said on Wednesday.",
     "attack.drone", "initiator", ["UKR"], True),
    ("Kyiv's drones hit an oil depot in the Belgorod region overnight, Moscow said on Wednesday.",
     "attack.drone", "target", ["RUS"], True),
    ("Moscow said on Wednesday its air defences had shot down 14 Ukrainian drones over the Kursk region.",
     "attack.drone", "initiator", ["UKR"], True),
    ("Moscow said on Wednesday its air defences had shot down 14 Ukrainian drones over the Kursk region.",
     "attack.drone", "target", ["RUS"], True),
    ("Russian forces launched a glide-bomb attack on Kharkiv on Tuesday, wounding nine people.",
     ATTACK, "initiator", ["RUS"], True),
    ("Russian forces launched a glide-bomb attack on Kharkiv on Tuesday, wounding nine people.",
     ATTACK, "target", ["RUS"], False),
    ("The Russian foreign ministry said Ukrainian drones had struck a fuel depot in Bryansk on Tuesday.",
     "attack.drone", "initiator", ["UKR"], True),
]

# who it was done to, and by whom: "by X", "came under fire from X", "an X strike on Y"
PASSIVES = [
    ("A Pakistani border post was hit by Afghan mortar fire on Tuesday, killing three soldiers, the "
     "Pakistani army said.", ATTACK, "initiator", ["AFG"], True),
    ("A Pakistani border post was hit by Afghan mortar fire on Tuesday, killing three soldiers, the "
     "Pakistani army said.", ATTACK, "target", ["PAK"], True),
    ("Two Lebanese villages were shelled by Israeli artillery on Tuesday, Lebanon's state news agency "
     "reported.", "attack.artillery", "initiator", ["ISR"], True),
    ("Two Lebanese villages were shelled by Israeli artillery on Tuesday, Lebanon's state news agency "
     "reported.", "attack.artillery", "target", ["LBN"], True),
    ("Indian troops came under fire from Pakistani positions along the Line of Control on Tuesday, the "
     "Indian army said.", ATTACK, "initiator", ["PAK"], True),
    ("Indian troops came under fire from Pakistani positions along the Line of Control on Tuesday, the "
     "Indian army said.", ATTACK, "target", ["IND"], True),
    # an "under" phrase that names no act leaves the subject the doer
    ("Russian forces attacked the town under cover of darkness on Tuesday, Ukrainian officials said.",
     ATTACK, "initiator", ["RUS"], True),
    ("A Turkish drone strike on a militia convoy in northern Syria killed four fighters on Tuesday.",
     "attack.drone", "initiator", ["TUR"], True),
    ("A Ukrainian patrol boat was hit by a Russian drone near Kherson on Tuesday, killing two sailors.",
     "attack.drone", "initiator", ["RUS"], True),
    ("India said on Tuesday its forces had shot down three Pakistani drones along the border in Punjab.",
     "attack.drone", "initiator", ["PAK"], True),
    ("A U.S. air strike on a militia base in western Iraq killed six fighters on Tuesday, the Pentagon said.",
     "attack.air", "initiator", ["USA"], True),
    ("An Israeli air strike on a house in Gaza City killed five people on Tuesday, health officials said.",
     "attack.air", "initiator", ["ISR"], True),
]

# taking ground: "X troops captured Y", "pushed into Y"
GROUND = [
    ("Russian troops captured a village in Ukraine's Donetsk region on Tuesday, the Russian defence ministry "
     "said.", "territory.change", "initiator", ["RUS"], True),
    ("Ukrainian forces retook a village in the Zaporizhzhia region on Tuesday, Kyiv said.",
     "territory.change", "initiator", ["UKR"], True),
    ("Ethiopian troops pushed into Eritrea on Tuesday and seized a border town, Eritrean officials said.",
     "territory.change", "initiator", ["ETH"], True),
]

# retaliation: the subject answers an earlier raid; the raid's doer is not the doer of this act
RETALIATION = [
    ("Iran fired missiles at Israel on Tuesday in retaliation for an Israeli raid on its consulate.",
     "attack.missile", "initiator", ["IRN"], True),
    ("Iran fired missiles at Israel on Tuesday in retaliation for an Israeli raid on its consulate.",
     "attack.missile", "target", ["ISR"], True),
    ("Pakistan carried out air strikes in Afghanistan on Tuesday in retaliation for a militant raid on a "
     "border post.", "attack.air", "initiator", ["PAK"], True),
    ("Pakistan carried out air strikes in Afghanistan on Tuesday in retaliation for a militant raid on a "
     "border post.", "attack.air", "target", ["AFG"], True),
    ("Russia shelled Kharkiv on Tuesday after a Ukrainian drone attack on Belgorod.",
     ATTACK, "initiator", ["RUS"], True),
    # no subject acting beside the noun: the strike is the act that killed
    ("Two soldiers were killed on Tuesday following a Russian missile strike on a training ground in the "
     "Dnipropetrovsk region.", ATTACK, "initiator", ["RUS"], True),
]

# accusations: the accused did the act; the accuser is its claimant, not its doer
ACCUSATIONS = [
    ("Armenia accused Azerbaijan of shelling a village in its southern Syunik province on Tuesday.",
     "statement.accusation", "initiator", ["ARM"], True),
    ("Armenia accused Azerbaijan of shelling a village in its southern Syunik province on Tuesday.",
     "statement.accusation", "target", ["AZE"], True),
    ("Armenia accused Azerbaijan of shelling a village in its southern Syunik province on Tuesday.",
     "attack.artillery", "initiator", ["AZE"], True),
    ("Moscow accused Kyiv on Tuesday of attacking the Zaporizhzhia nuclear plant with drones.",
     "attack.drone", "initiator", ["UKR"], True),
    ("Ukraine accused Russia of striking a hospital in Kharkiv with a guided bomb on Tuesday.",
     ATTACK, "initiator", ["RUS"], True),
    # the act told first, the accusation after it: the accused did it, the accuser was hit
    ("Artillery shells hit a school in the Armenian border village of Khnatsakh on Tuesday, wounding two "
     "teachers. Armenia accused Azerbaijan of the attack.", ATTACK, "initiator", ["AZE"], True),
    ("A drone struck a power station in Ukraine's Sumy region on Tuesday. Kyiv blamed Moscow for the strike.",
     ATTACK, "initiator", ["RUS"], True),
    ("Police arrested a man in Lyon on Tuesday after a stabbing at a tram stop.",
     ATTACK, "initiator", ["FRA"], False),
]

# arrests of one state's citizens by another
ARRESTS = [
    ("Iran detained a British national on spying charges in Tehran on Tuesday, state media reported.",
     "arrest", "initiator", ["IRN"], True),
    ("Iran detained a British national on spying charges in Tehran on Tuesday, state media reported.",
     "arrest", "target", ["GBR"], True),
    ("Russian authorities arrested a U.S. citizen in Moscow on Tuesday on charges of assaulting a police "
     "officer.", "arrest", "initiator", ["RUS"], True),
    ("Russian authorities arrested a U.S. citizen in Moscow on Tuesday on charges of assaulting a police "
     "officer.", "arrest", "target", ["USA"], True),
    ("Venezuelan police arrested three Colombian nationals near the border on Tuesday.",
     "arrest", "initiator", ["VEN"], True),
    ("Venezuelan police arrested three Colombian nationals near the border on Tuesday.",
     "arrest", "target", ["COL"], True),
]

# expulsions and sanctions: a capital stands for its state
STATES = [
    ("Poland expelled two Russian diplomats on Tuesday over alleged espionage.",
     "diplomacy.sanctions", "initiator", ["POL"], True),
    ("Poland expelled two Russian diplomats on Tuesday over alleged espionage.",
     "diplomacy.sanctions", "target", ["RUS"], True),
    ("Washington imposed sanctions on two Iranian oil companies on Tuesday.",
     "diplomacy.sanctions", "initiator", ["USA"], True),
    ("Washington imposed sanctions on two Iranian oil companies on Tuesday.",
     "diplomacy.sanctions", "target", ["IRN"], True),
    ("Two Lithuanian diplomats were expelled from Belarus on Tuesday, Vilnius said.",
     "diplomacy.sanctions", "initiator", ["BLR"], True),
    ("Two Lithuanian diplomats were expelled from Belarus on Tuesday, Vilnius said.",
     "diplomacy.sanctions", "target", ["LTU"], True),
    ("Kyiv's forces shelled the Russian border town of Shebekino on Tuesday, the regional governor said.",
     "attack.artillery", "initiator", ["UKR"], True),
    ("Kyiv's forces shelled the Russian border town of Shebekino on Tuesday, the regional governor said.",
     "attack.artillery", "target", ["RUS"], True),
    ("North Korea detained a South Korean missionary on Tuesday, Seoul said.",
     "arrest", "target", ["KOR"], True),
]

# look-alikes: equipment origin, titles, a condemning third state, a mediator, a victim's nationality,
# a foreign-born man in a local crime
LOOK_ALIKES = [
    ("Rebels ambushed an army convoy of U.S.-made Humvees near Mosul on Tuesday, killing four soldiers.",
     ATTACK, "initiator", ["USA"], False),
    ("Ukrainian forces used German-made tanks in an assault on Russian positions near Robotyne on Tuesday.",
     ATTACK, "initiator", ["DEU"], False),
    ("A Chinese-made drone flown by rebels hit a market in Myanmar's Shan state on Tuesday, killing six.",
     ATTACK, "initiator", ["CHN"], False),
    ("Russia launched 40 Iranian-designed drones at Ukraine overnight, Ukraine's air force said on Wednesday.",
     "attack.drone", "initiator", ["RUS"], True),
    ("A suicide bomber killed 12 people at a rally in Peshawar on Tuesday, hours before the Turkish President "
     "was due to arrive for talks.", ATTACK, "initiator", ["TUR"], False),
    ("France condemned a drone attack on a hospital in El Fasher on Tuesday that killed nine people.",
     ATTACK, "initiator", ["FRA"], False),
    ("Germany condemned Russia's missile strike on Odesa on Tuesday, which killed four people.",
     ATTACK, "initiator", ["RUS"], True),
    ("Qatar hosted talks between Israel and Hamas in Doha on Tuesday.",
     "diplomacy.talks", "participant", ["ISR", "PSE"], True),
    ("Egypt mediated talks between Ethiopia and Sudan in Cairo on Tuesday.",
     "diplomacy.talks", "participant", ["ETH", "SDN"], True),
    ("Turkey brokered a prisoner exchange between Russia and Ukraine on Tuesday, freeing 90 soldiers from "
     "each side.", "prisoners.exchange", "participant", ["RUS", "UKR"], True),
    ("A French journalist was wounded when Russian shelling hit the centre of Kherson on Tuesday.",
     ATTACK, "initiator", ["RUS"], True),
    ("An Italian photographer was among three people killed in a drone attack on a market in Kharkiv on "
     "Tuesday.", ATTACK, "initiator", ["ITA"], False),
    ("A Syrian-born man stabbed two people outside a supermarket in Hamburg on Tuesday, police said.",
     ATTACK, "initiator", ["SYR"], False),
    ("Police in Lyon arrested an Algerian-born man on Tuesday after a knife attack at a tram stop.",
     "arrest", "target", ["DZA"], False),
    ("A roadside bomb struck a Pakistani army convoy in North Waziristan on Tuesday, killing five soldiers.",
     ATTACK, "initiator", ["PAK"], False),
    ("A roadside bomb struck a Pakistani army convoy in North Waziristan on Tuesday, killing five soldiers.",
     ATTACK, "target", ["PAK"], True),
    ("A car bomb exploded outside the Turkish embassy in Mogadishu on Tuesday, killing three guards.",
     ATTACK, "initiator", ["TUR"], False),
    ("Nigerian soldiers were killed when jihadists attacked a military base in Borno state on Tuesday.",
     ATTACK, "target", ["NGA"], True),
    ("The Israeli prime minister said Hezbollah fired 30 rockets at northern Israel on Tuesday.",
     ATTACK, "initiator", ["ISR"], False),
    ("The Israeli prime minister said Hezbollah fired 30 rockets at northern Israel on Tuesday.",
     ATTACK, "target", ["ISR"], True),
    ("The U.S. ambassador said Russian missiles hit a power plant near Lviv on Tuesday.",
     ATTACK, "initiator", ["USA"], False),
    ("A British-built frigate belonging to the Ukrainian navy was struck by a Russian missile in Odesa on "
     "Tuesday.", ATTACK, "initiator", ["GBR"], False),
    ("Gunmen killed a Canadian tourist in a robbery in Cancun on Tuesday, Mexican police said.",
     ATTACK, "initiator", ["CAN"], False),
]

CASES = AGENTS + PASSIVES + GROUND + RETALIATION + ACCUSATIONS + ARRESTS + STATES + LOOK_ALIKES
