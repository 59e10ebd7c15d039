"""Invented cases for who acted on whom, third pass: the forms reporters use for the hit side, the doer, the
arrester, the parties to talks, and the countries that are named but take no side.

Each case: the text, the family of records it is about (a type prefix), and the countries a careful coder
gives as initiator, target and participant across those records. The conventions (``evaluation/real/README``
and the shared real-dev README): an attack on a state's people or forces has that state as target; an
ordinary crime has no sides; an arrest or a court act is the state's whose police or court made it, and the
arrested foreigner's state is the target; a demonym or country named as the scene, the speaker, in a title,
as the maker of a weapon, or as a victim's nationality is no side; talks and calls have both sides as
participants, and a host or go-between is left out.
"""

from __future__ import annotations

# (text, type prefix, initiators, targets, participants)
Case = tuple[str, str | None, list[str], list[str], list[str]]

FORCES_HIT: list[Case] = [
    ("A police patrol was ambushed near Kandahar on Sunday and two officers were killed.",
     "attack", [], ["AFG"], []),
    ("A roadside bomb struck an army truck in Cauca province in Colombia on Friday, wounding six soldiers.",
     "attack", [], ["COL"], []),
    ("An off-duty police officer was shot dead outside his home in Ciudad Juarez on Thursday.",
     "attack", [], ["MEX"], []),
    ("A soldier was killed when a military checkpoint in Borno state came under fire on Saturday.",
     "attack", [], ["NGA"], []),
    ("Unknown attackers set fire to a police station in Dhaka on Tuesday night, injuring three officers.",
     "attack", [], ["BGD"], []),
    # a country's name before a post of its forces: the state that holds it
    ("Militants fired rockets at a U.S. base in western Iraq on Monday, causing no casualties.",
     "attack", ["IRQ"], ["USA"], []),
    ("A drone struck a U.S. outpost in eastern Syria on Sunday, wounding two soldiers.",
     "attack", [], ["USA"], []),
    ("Two Indian soldiers were killed by Pakistani sniper fire along the Line of Control on Friday, the Indian "
     "army said.", "attack", ["PAK"], ["IND"], []),
]

DOER_BY_PHRASE: list[Case] = [
    ("A village in the Sumy region of Ukraine was shelled by Russian forces on Monday, local officials said.",
     "attack", ["RUS"], ["UKR"], []),
    ("Russian drones struck an energy facility in Odesa overnight, Ukraine's energy ministry said.",
     "attack", ["RUS"], ["UKR"], []),
    ("Thai troops came under fire from Cambodian soldiers near the border on Thursday, the Thai army said.",
     "attack", ["KHM"], ["THA"], []),
    ("Israeli air strikes on Gaza City killed 12 people on Monday, the civil defence agency said.",
     "attack", ["ISR"], ["PSE"], []),
    ("An Ethiopian army base near Gondar was attacked by Fano militiamen on Wednesday, residents said.",
     "attack", ["ETH"], ["ETH"], []),
    ("The strike on the port of Hodeidah on Sunday was carried out by US warplanes, the Houthis said.",
     "attack", ["USA"], ["YEM"], []),
    ("Ukrainian drones attacked an oil refinery in the Samara region overnight, the regional governor said.",
     "attack", ["UKR"], ["RUS"], []),
    # the doer's demonym before an attack word the tagger took for a verb, after "by"
    ("Two farmers were killed by Russian shelling in the Kherson region on Monday, the governor said.",
     "attack", ["RUS"], ["UKR"], []),
    ("Four soldiers were wounded by Azerbaijani shelling near Jermuk in Armenia on Friday.",
     "attack", ["AZE"], ["ARM"], []),
    ("A fishing boat was damaged by Israeli shelling off the coast of Gaza on Saturday.",
     "attack", ["ISR"], ["PSE"], []),
]

ARRESTS: list[Case] = [
    ("Turkish police detained 14 people in raids across Istanbul on Tuesday over a fraud ring.",
     "arrest", ["TUR"], [], []),
    ("Georgian authorities arrested a Russian citizen in Tbilisi on Monday on suspicion of spying.",
     "arrest", ["GEO"], ["RUS"], []),
    ("Japanese police arrested a Chinese national in Osaka on Wednesday on suspicion of theft.",
     "arrest", ["JPN"], ["CHN"], []),
    ("An Iranian court sentenced a French tourist to five years in prison on Wednesday for espionage.",
     "arrest", ["IRN"], ["FRA"], []),
    ("Police in Nairobi arrested three men on Sunday after a bank robbery in the city centre.",
     "arrest", ["KEN"], [], []),
    ("Indian police arrested two men in Mumbai on Thursday over the murder of a shopkeeper.",
     "arrest", ["IND"], [], []),
    ("A man was arrested in Lisbon on Friday after a woman was stabbed at a tram stop, police said.",
     "arrest", ["PRT"], [], []),
]

TALKS: list[Case] = [
    ("The foreign ministers of India and China met in Beijing on Monday to discuss the border dispute.",
     "diplomacy", [], [], ["CHN", "IND"]),
    ("French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Tuesday.",
     "diplomacy", [], [], ["FRA", "UKR"]),
    ("US and Ukrainian delegations held talks in Jeddah on Tuesday, hosted by Saudi Arabia.",
     "diplomacy", [], [], ["UKR", "USA"]),
    ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday in a deal brokered by the United "
     "States.", "diplomacy", [], [], ["ARM", "AZE"]),
    ("Russia and Ukraine exchanged 150 prisoners of war each on Thursday in a swap mediated by the United Arab "
     "Emirates.", "prisoners", [], [], ["RUS", "UKR"]),
    ("Qatar hosted a round of talks between Congo and the M23 rebels in Doha on Wednesday.",
     "diplomacy", [], [], ["COD"]),
    ("The Polish foreign minister met his Lithuanian counterpart in Vilnius on Monday.",
     "diplomacy", [], [], ["LTU", "POL"]),
    ("Chinese President Xi Jinping held a video call with Brazilian President Luiz Inacio Lula da Silva on "
     "Thursday.", "diplomacy", [], [], ["BRA", "CHN"]),
]

# look-alikes: a country named as the scene, the speaker, a title, the maker of a weapon or the nationality of
# the one hit takes no side
NAMED_NOT_SIDES: list[Case] = [
    ("A British aid worker was killed in a Russian missile strike on Kherson on Tuesday.",
     "attack", ["RUS"], ["UKR"], []),
    ("Russia fired Iranian-made Shahed drones at Kyiv overnight, the Ukrainian air force said.",
     "attack", ["RUS"], ["UKR"], []),
    ("Ukraine used US-made ATACMS missiles to hit an air base in the Kursk region on Sunday, Russia said.",
     "attack", ["UKR"], ["RUS"], []),
    ("The Turkish President condemned a car bombing in Mogadishu on Sunday that killed ten soldiers.",
     "attack", [], ["SOM"], []),
    ("Two German tourists were stabbed in a street robbery in Cape Town on Saturday, police said.",
     "attack", [], [], []),
    ("A Russian-made helicopter of the Malian army was shot down near Kidal on Monday, killing its crew.",
     "attack", [], ["MLI"], []),
    ("The French foreign ministry said a drone had struck a UN convoy in eastern Congo on Tuesday.",
     "attack", [], [], []),
    # armed men take the country they fight in, and so does the one they hit, whatever his nationality
    ("Gunmen on motorbikes shot dead a Chinese engineer in Karachi on Friday, police said.",
     "attack", ["PAK"], ["PAK"], []),
    ("An American journalist was wounded by shelling in Kharkiv on Wednesday, Ukrainian officials said.",
     "attack", [], ["UKR"], []),
    ("A Nepali worker was killed in a Hezbollah rocket attack on a farm in northern Israel on Monday.",
     "attack", ["LBN"], ["ISR"], []),
    ("Spanish police said a Moroccan man stabbed two people at a bus station in Bilbao on Thursday.",
     "attack", [], [], []),
    ("The Kenyan president said gunmen had attacked a bus near Mandera on Tuesday, killing eight passengers.",
     "attack", ["KEN"], ["KEN"], []),
    ("Speaking in Berlin, the Polish prime minister said Russian saboteurs had blown up a rail line on Saturday.",
     "attack", ["RUS"], ["POL"], []),
    ("Indonesian fishermen said their boat was rammed by a Chinese coast guard vessel near Natuna on Monday.",
     "attack", ["CHN"], ["IDN"], []),
]

# look-alikes that report no event at all
NO_EVENT: list[Case] = [
    ("The Egyptian foreign minister has visited Ankara many times over the past decade.", None, [], [], []),
    ("Russian and Ukrainian athletes will compete in the same tournament in Paris next year.", None, [], [], []),
    ("A Brazilian court on Tuesday upheld a ruling on a dispute between two mining companies.", None, [], [], []),
    ("Israeli and Jordanian officials have long disagreed over water rights in the Jordan valley.",
     None, [], [], []),
]

ALL_CASES: list[Case] = FORCES_HIT + DOER_BY_PHRASE + ARRESTS + TALKS + NAMED_NOT_SIDES + NO_EVENT
