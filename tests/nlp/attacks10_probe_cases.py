"""A probe of attacks as wire and local reporters write them: bombs, guns, knives, fire, raids,
clashes and abductions, in every grammar (a verb, a noun, a passive, a headline, a cause of a
count, a relative clause), and look-alikes that report no attack.

Each row: (text, records, optional, day). ``records`` lists the attack and arrest records a careful
coder writes, each as (types, town, killed, injured), read as in ``blast_probe_cases.py``;
``optional`` names types a further record may have; ``day`` is the first day of the window every
expected record falls in (None: not checked). Towns are real only so that the gazetteer knows them;
every incident is invented. Published Thursday 2025-05-22.
"""

from __future__ import annotations

Record = tuple[str, str | None, int | None, int | None]

BOMB = "attack.explosive"
CIVIL = "attack.civilians"
GROUND = "attack.ground"
BURN = "attack.civilians|attack.explosive"

CASES: list[tuple[str, list[Record], str, str | None]] = [
    # --- bombs, blasts and grenades ---
    ("A car bomb exploded outside a courthouse in Mardin on Tuesday, killing three people and "
     "wounding 14.", [(BOMB, "Mardin", 3, 14)], "", "2025-05-20"),
    ("Two soldiers were killed when a roadside bomb hit their armoured vehicle near Khost on "
     "Monday, the ministry said.", [(BOMB, "Khost", 2, None)], "", "2025-05-19"),
    ("A bomb went off at a crowded bus station in Maiduguri on Wednesday morning, police said. "
     "Nine people died.", [(BOMB, "Maiduguri", 9, None)], "", "2025-05-21"),
    ("An explosive device planted on a motorbike detonated near a checkpoint in Sirte on Sunday, "
     "wounding four policemen.", [(BOMB, "Sirte", None, 4)], "", "2025-05-18"),
    ("A suicide bomber on foot blew himself up at a funeral in Jalalabad on Saturday, killing 11 "
     "mourners.", [(BOMB, "Jalalabad", 11, None)], "", "2025-05-17"),
    ("Attackers hurled a grenade at a police post in Pulwama on Wednesday night, injuring two "
     "constables.", [(BOMB, "Pulwama", None, 2)], "", "2025-05-21"),
    ("An IED struck a patrol of peacekeepers outside Gao on Tuesday, killing one and wounding "
     "three.", [(BOMB, "Gao", 1, 3)], "", "2025-05-20"),
    ("Four people were killed in a bombing at a cattle market in Borno state on Monday.",
     [(BOMB, "Borno", 4, None)], "", "2025-05-19"),
    ("Six dead in market blast in Mogadishu", [(BOMB, "Mogadishu", 6, None)], "", None),
    ("An explosion ripped through a military bus in Damascus on Wednesday, killing eight "
     "soldiers, state media said. No group claimed the bombing.",
     [(BOMB, "Damascus", 8, None)], "", "2025-05-21"),
    ("The blast, which went off near the entrance of a mosque in Kabul during Friday prayers, "
     "killed at least 15 people.", [(BOMB, "Kabul", 15, None)], "", "2025-05-16"),
    ("A bomb exploded near a convoy carrying the district governor in Helmand on Tuesday; he "
     "escaped unhurt.", [(BOMB, "Helmand", None, None)], "", "2025-05-20"),
    ("Police are hunting the men who planted a bomb that killed two guards at an oil facility "
     "near Kirkuk on Sunday.", [(BOMB, "Kirkuk", 2, None)], "", "2025-05-18"),
    ("A hand grenade exploded in a crowded bar in Bangui on Saturday, wounding 18 people.",
     [(BOMB, "Bangui", None, 18)], "", "2025-05-17"),
    ("A bomb hidden in a motorcycle exploded near a school bus in Quetta on Tuesday, wounding "
     "five children.", [(BOMB, "Quetta", None, 5)], "", "2025-05-20"),
    ("The death toll from Sunday's suicide bombing at a church in Makassar rose to six on "
     "Tuesday, officials said.", [(BOMB, "Makassar", 6, None)], "", "2025-05-18"),
    # --- guns: shootings, ambushes, clashes ---
    ("Gunmen opened fire on a minibus carrying farm workers in Zamfara state on Tuesday, killing "
     "seven of them.", [(CIVIL, "Zamfara", 7, None)], "", "2025-05-20"),
    ("Unidentified gunmen sprayed bullets at a wedding party in Culiacan on Saturday night, "
     "killing four guests.", [(CIVIL, "Culiacan", 4, None)], "", "2025-05-17"),
    ("A local journalist was gunned down outside his home in Acapulco on Monday, press freedom "
     "groups said.", [(CIVIL, "Acapulco", 1, None)], "", "2025-05-19"),
    ("A shopkeeper in Karachi was shot multiple times by two men on a motorcycle on Wednesday and "
     "died in hospital.", [(CIVIL, "Karachi", 1, None)], "", "2025-05-21"),
    ("Militants ambushed an army convoy in North Waziristan on Monday, killing six soldiers in a "
     "hail of gunfire.", [(GROUND, "Waziristan", 6, None)], "", "2025-05-19"),
    ("Soldiers and fighters of an armed group clashed for hours near Beni on Tuesday, leaving 12 "
     "dead on both sides, the army said.", [(GROUND, "Beni", 12, None)], "", "2025-05-20"),
    ("Four people were killed in a shooting at a nightclub in Bratislava early Sunday.",
     [(CIVIL, "Bratislava", 4, None)], "", "2025-05-18"),
    ("A gunman who opened fire in a supermarket in Uvalde on Tuesday killed three people before "
     "police shot him dead.", [(CIVIL, "Uvalde", 3, None)], GROUND, "2025-05-20"),
    ("Assailants armed with rifles stormed a village in Plateau state on Sunday night, killing 23 "
     "residents and burning homes.", [(CIVIL, "Plateau", 23, None)], "", "2025-05-18"),
    ("Three aid workers were shot dead in an ambush on their vehicle in Jonglei state on Monday, "
     "the UN said.", [(CIVIL, "Jonglei", 3, None)], "", "2025-05-19"),
    ("Police said a man opened fire at a bus stop in Malmo on Monday evening, wounding two "
     "people, before fleeing.", [(CIVIL, "Malm", None, 2)], "", "2025-05-19"),
    ("Insurgents attacked a military base in Menaka with rifles and rockets on Sunday, sparking "
     "hours of fighting.", [(GROUND + "|attack.artillery", "Menaka", None, None)], "", "2025-05-18"),
    ("Gunmen on motorbikes killed 14 villagers in an attack on a village in Tillaberi region on "
     "Thursday.", [(CIVIL, "Tillab", 14, None)], "", "2025-05-22"),
    ("Fighters of two rival factions clashed in the streets of Tripoli on Wednesday, killing at "
     "least five people.", [(GROUND, "Tripoli", 5, None)], "", "2025-05-21"),
    ("A police officer was shot in the chest during a traffic stop in Memphis on Sunday and is "
     "in critical condition.", [(CIVIL + "|" + GROUND, "Memphis", None, None)], "", "2025-05-18"),
    ("The gunmen who shot dead two traffic policemen in Peshawar on Wednesday fled on a "
     "motorbike, police said.", [(CIVIL + "|" + GROUND, "Peshawar", 2, None)], "", "2025-05-21"),
    # --- knives, fists and fire ---
    ("A man stabbed three people at a train station in Hamburg on Wednesday before being "
     "detained, police said.", [(CIVIL, "Hamburg", None, 3)], "arrest", "2025-05-21"),
    ("A teenager was stabbed to death outside a school in Croydon on Monday afternoon.",
     [(CIVIL, "Croydon", 1, None)], "", "2025-05-19"),
    ("A mob beat a man to death in Lahore on Saturday after accusing him of blasphemy.",
     [(CIVIL, "Lahore", 1, None)], "protest.riot", "2025-05-17"),
    ("Attackers set fire to a mosque in Dresden overnight, and police are treating it as a hate "
     "crime.", [(BURN, "Dresden", None, None)], "", "2025-05-21"),
    ("Militants torched two girls' schools in Swat on Tuesday night, police said.",
     [(BURN, "Swat", None, None)], "", "2025-05-20"),
    # --- abductions and hostages ---
    ("Bandits raided a village in Katsina state on Wednesday and abducted 40 people, including "
     "women and children.", [(CIVIL, "Katsina", None, None)], "", "2025-05-21"),
    ("Armed men kidnapped a Catholic priest from his parish house in Enugu on Monday.",
     [(CIVIL, "Enugu", None, None)], "", "2025-05-19"),
    ("A gunman took five people hostage in a bank in Rotterdam on Tuesday before surrendering to "
     "police hours later.", [(CIVIL, "Rotterdam", None, None)], "arrest", "2025-05-20"),
    # --- look-alikes: no attack ---
    ("Fireworks exploded over the harbour in Valletta on Saturday night as crowds cheered the "
     "festival.", [], "", None),
    ("A blast of cold Arctic air sent temperatures plunging across Minnesota on Tuesday.", [], "",
     None),
    ("A gas explosion destroyed a block of flats in Ufa on Monday, killing two residents, "
     "emergency officials said.", [], "", None),
    ("The film's final shootout was shot in an abandoned warehouse in Belgrade, the director said "
     "on Wednesday.", [], "", None),
    ("The singer shot a video for her new single on the beaches of Zanzibar last month.", [], "",
     None),
    ("Hunters shot 40 wild boar in the forests near Brno over the weekend under a culling "
     "programme.", [], "", None),
    ("The striker's shot from 30 yards hit the bar in the second half of Sunday's derby in "
     "Milan.", [], "", None),
    ("Soldiers fired blank rounds during a counter-terrorism drill at the airport in Tallinn on "
     "Tuesday.", [], "", None),
    ("A bomb threat phoned in to a shopping centre in Leeds on Monday turned out to be a hoax, "
     "police said.", [], "", None),
    ("The 2008 bombing of the hotel remains a painful memory for residents of Islamabad.", [], "",
     None),
    ("Police blew up a suspicious bag in a controlled explosion outside the station in Antwerp on "
     "Wednesday; it held only clothes.", [], "", None),
    ("The company's shares exploded higher in trading on Wall Street on Tuesday after strong "
     "earnings.", [], "", None),
    ("Miners set off explosives to open a new tunnel at the quarry near Kiruna on Monday.", [], "",
     None),
    ("The minister was attacked in parliament on Tuesday over his handling of the budget.", [], "",
     None),
    ("Critics blasted the government's new tax plan in Ottawa on Wednesday.", [], "", None),
    ("A kidnapping drama starring the actor opened in cinemas in Seoul on Friday.", [], "", None),
    ("A volcano erupted with a loud blast on the island of Java on Sunday, forcing 2,000 people "
     "to flee.", [], "", None),
    ("Police fired tear gas to disperse protesters in Nairobi on Tuesday.", [], "", None),
    ("A boy accidentally shot his brother with their father's rifle while playing at home in "
     "Tulsa on Sunday.", [], "", None),
    ("The goalkeeper was beaten by a header in the 80th minute in Sao Paulo on Wednesday.", [], "",
     None),
]
