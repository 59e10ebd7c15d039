"""A probe of bombs and blasts in wire news: invented incidents at real places, and look-alikes.

Each row: (text, records, optional). ``records`` lists the attack and arrest records a careful
coder writes, each as (types, town, killed, injured): ``types`` is a "|"-separated list of the
types the record may have; ``town`` a name the record's place must contain (or None); ``killed``
and ``injured`` the counts it must carry (None: not checked). ``optional`` names the types a
further record may have without being wrong ("" for none). Attack and arrest records beyond these
are false alarms. Towns are real only so that the gazetteer knows them; every incident is
invented. Published Thursday 2025-05-22.
"""

from __future__ import annotations

Record = tuple[str, str | None, int | None, int | None]

EXPLOSIVE = "attack.explosive"

CASES: list[tuple[str, list[Record], str]] = [
    # --- bombings told the way wire reports tell them ---
    ("A car bomb went off outside a police station in Quetta on Wednesday, killing seven people "
     "and wounding 23, officials said.", [(EXPLOSIVE, "Quetta", 7, 23)], ""),
    ("A roadside bomb struck a military patrol near Bannu on Tuesday, killing four soldiers, the "
     "army said.", [(EXPLOSIVE, "Bannu", 4, None)], ""),
    ("An improvised explosive device detonated near a bus carrying pilgrims in Kirkuk on Monday, "
     "wounding 11 of them.", [(EXPLOSIVE, "Kirkuk", None, 11)], ""),
    ("A suicide bomber blew himself up among worshippers at a mosque in Peshawar on Wednesday, "
     "killing 32 people.", [(EXPLOSIVE, "Peshawar", 32, None)], ""),
    ("Twin blasts tore through a crowded market in Maiduguri on Wednesday evening, killing at "
     "least 18 people, police said.", [(EXPLOSIVE, "Maiduguri", 18, None)], ""),
    ("A bomb planted under his car killed a provincial judge in Diyarbakir on Tuesday morning.",
     [(EXPLOSIVE, "Diyarbakir", None, None)], ""),
    ("Militants lobbed a grenade into a crowd at a rally in Srinagar on Wednesday, injuring nine "
     "people.", [(EXPLOSIVE, "Srinagar", None, 9)], ""),
    ("A motorcycle rigged with explosives blew up near a checkpoint in Mogadishu on Monday, "
     "killing five people.", [(EXPLOSIVE, "Mogadishu", 5, None)], ""),
    ("The Islamic State group claimed responsibility in a statement for a bombing that killed six "
     "people at a Shiite shrine in Baghdad on Tuesday.", [(EXPLOSIVE, "Baghdad", 6, None)], ""),
    ("Two landmines exploded under a pickup truck carrying farmers near Kismayo on Sunday, "
     "killing four people.", [(EXPLOSIVE, "Kismayo", 4, None)], ""),
    ("A magnetic bomb attached to a minibus exploded in Kabul on Wednesday, killing three "
     "passengers.", [(EXPLOSIVE, "Kabul", 3, None)], ""),
    ("A parcel bomb exploded at a post office in Lahore on Monday, wounding two employees.",
     [(EXPLOSIVE, "Lahore", None, 2)], ""),
    ("Three soldiers were killed when their vehicle hit a mine in Borno state on Wednesday, the "
     "army said.", [(EXPLOSIVE, "Borno", 3, None)], ""),
    ("A sticky bomb attached to a police car exploded in Kandahar on Tuesday, wounding two "
     "officers.", [(EXPLOSIVE, "Kandahar", None, 2)], ""),
    ("At least 14 people were killed and 40 wounded when a suicide car bomber rammed an army "
     "checkpoint in Mogadishu on Wednesday.", [(EXPLOSIVE, "Mogadishu", 14, 40)], ""),
    ("Explosives hidden in a cart went off at a vegetable market in Jalalabad on Wednesday, "
     "killing eight people.", [(EXPLOSIVE, "Jalalabad", 8, None)], ""),
    ("Saboteurs blew up a gas pipeline near Arish in northern Sinai on Tuesday, security sources "
     "said.", [(EXPLOSIVE, "Arish", None, None)], ""),
    ("A bomb exploded at a bus stop in Bogota on Wednesday, injuring 10 people, the mayor said.",
     [(EXPLOSIVE, "Bogota", None, 10)], ""),
    ("A blast ripped through a police van in Imphal on Wednesday, killing two officers.",
     [(EXPLOSIVE, "Imphal", 2, None)], ""),
    ("Insurgents ambushed a convoy with a roadside bomb and gunfire near Tal Afar on Monday, "
     "killing five soldiers.", [(EXPLOSIVE + "|attack.ground", "Tal Afar", 5, None)], ""),
    ("A remote-controlled bomb targeted a vehicle carrying a tribal elder in Peshawar on Tuesday, "
     "killing three people.", [(EXPLOSIVE, "Peshawar", 3, None)], ""),
    ("A mine left over from the war killed two children herding goats near Kandahar on Monday.",
     [(EXPLOSIVE, "Kandahar", 2, None)], ""),
    ("A bomb exploded at a Shiite mosque in Kunduz on Wednesday; no one claimed responsibility.",
     [(EXPLOSIVE, "Kunduz", None, None)], ""),
    ("Suspected rebels blew up an electricity pylon in Balochistan on Tuesday, cutting power to "
     "10 districts.", [(EXPLOSIVE, "Balochistan", None, None)], ""),
    ("Police in Kirkuk said a bomb hidden in a rubbish bin wounded three people on Tuesday.",
     [(EXPLOSIVE, "Kirkuk", None, 3)], ""),
    ("A hand grenade thrown into a bar in Guayaquil on Saturday wounded seven people.",
     [(EXPLOSIVE, "Guayaquil", None, 7)], ""),
    ("An explosive device hidden in a rubbish bin detonated outside a bank in Athens early on "
     "Wednesday, causing damage but no injuries.", [(EXPLOSIVE, "Athens", None, None)], ""),
    ("A bombing at a bus terminal in Quetta killed 11 people on Wednesday, and the Balochistan "
     "Liberation Army said it carried out the attack.", [(EXPLOSIVE, "Quetta", 11, None)], ""),
    # --- two bombings, two records; one bombing told twice, one record ---
    ("A bomb killed 12 people in Kabul on Wednesday and another wounded five in Jalalabad hours "
     "later, police said.", [(EXPLOSIVE, "Kabul", 12, None), (EXPLOSIVE, "Jalalabad", None, 5)], ""),
    ("A car bomb killed four soldiers in Bannu on Wednesday, a day after a suicide blast wounded "
     "15 people in Peshawar.", [(EXPLOSIVE, "Bannu", 4, None), (EXPLOSIVE, "Peshawar", None, 15)], ""),
    ("Two blasts struck the main bus station in Istanbul on Wednesday evening, killing nine "
     "people, the governor said. Police said a car bomb went off first and a suicide bomber blew "
     "himself up as crowds fled.", [(EXPLOSIVE, "Istanbul", 9, None)], ""),
    # --- bombs from the air or guns: not a planted explosive ---
    ("Air force jets carried out bombing raids on rebel positions near Idlib on Tuesday, killing "
     "12 fighters.", [("attack.air", "Idlib", 12, None)], ""),
    ("Government forces bombarded the town of Daraa with artillery on Wednesday, killing four "
     "civilians.", [("attack.artillery", "Daraa", 4, None)], ""),
    ("Warplanes dropped barrel bombs on a village in Hama province on Monday, killing nine people.",
     [("attack.air", "Hama", 9, None)], ""),
    ("A bomb dropped by a drone hit a bus in Kherson on Wednesday, wounding six passengers.",
     [("attack.drone", "Kherson", None, 6)], ""),
    ("Explosions rocked Kyiv overnight as Russia launched a wave of drones and missiles at the "
     "capital.", [("attack.drone|attack.missile", "Kyiv", None, None)], "attack.drone attack.missile"),
    # --- look-alikes: no attack ---
    ("The bomb squad defused an explosive device found outside a bank in Karachi on Wednesday.", [], ""),
    ("Police found a bomb under a bridge in Quetta on Tuesday and made it safe, officials said.", [], ""),
    ("Army experts carried out a controlled explosion of a suspicious package at the bus station "
     "in Belfast on Monday.", [], ""),
    ("A blast at a fireworks factory in Sivakasi killed eight workers on Wednesday.", [], ""),
    ("A gas cylinder exploded in a restaurant kitchen in Karachi on Tuesday, killing three cooks.",
     [], ""),
    ("A boiler explosion at a textile mill in Faisalabad killed five workers on Monday.", [], ""),
    ("Bomb threats emailed to dozens of schools forced evacuations across Delhi on Wednesday; "
     "police found nothing.", [], ""),
    ("A bomb hoax delayed flights at Manchester airport for three hours on Tuesday.", [], ""),
    ("Survivors gathered in Boston on Tuesday to mark the anniversary of the 2013 marathon "
     "bombing.", [], ""),
    ("An unexploded bomb from the Second World War was safely detonated by experts in Cologne on "
     "Sunday.", [], ""),
    ("The minister said the bombing of the embassy in 1998 still shapes the country's security "
     "policy.", [], ""),
    ("The singer's new album bombed in the charts, critics said in London on Wednesday.", [], ""),
    ("A fire broke out after an explosion at a chemical plant in Tianjin on Tuesday, killing two "
     "workers.", [], ""),
    ("Police said the explosion that killed three people in Cali on Monday was caused by a leaking "
     "gas pipe, not a bomb.", [], ""),
    ("Explosions were heard in Khartoum early on Wednesday, residents said, but the cause was not "
     "clear.", [], "attack.air attack.artillery attack.drone attack.explosive"),
    ("A transformer explosion plunged much of Lagos into darkness on Tuesday night.", [], ""),
    # --- look-alikes: an arrest or a court, not an attack ---
    ("Police raided a bomb-making factory in Kirkuk on Wednesday and arrested four suspects.",
     [("arrest", "Kirkuk", None, None)], ""),
    ("Police said they foiled a plot to bomb a concert in Vienna, arresting three men on Tuesday.",
     [("arrest", "Vienna", None, None)], ""),
    ("A court in Paris on Tuesday sentenced a man to 20 years in prison for planning a bomb attack "
     "on a synagogue.", [("arrest", "Paris", None, None)], ""),
    ("A court in Istanbul on Wednesday jailed 12 people over the 2016 airport bombing.",
     [("arrest", "Istanbul", None, None)], ""),
]
