"""Invented conflict-event notes in the style of human-coded datasets ("On 3 May 2026, gunmen killed a
village chief in Kargo (Tillaberi region). 1 fatality."), with what a careful coder records: the
sitrep type, the exported ACLED sub-event type, the fatality count, the first-level division (ISO
3166-2) and the point of the town named first.

Each row: (text, sitrep type, sub-event type, fatalities, admin1, (lat, lon)). A type of None: the note
reports no event (a hearing, a meeting, a defused plan): no attack, protest, arrest or territory record.
``fatalities`` None: no one is said to be killed. ``admin1`` / point None: not checked. Every incident is
made up; the towns are real, with their real province or region, so that the gazetteer is tested.
"""

from __future__ import annotations

from tests.nlp.descriptions_table import (  # the sub-event types the export writes
    ABDUCT,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    GRENADE,
    IED,
    INTERVENED,
    LOOTING,
    MOB,
    NONSTATE,
    PEACEFUL,
    REGAINS,
    SHELL,
    SUICIDE,
    VIOLENT,
)

Point = tuple[float, float]

NOTES: list[tuple[str, str | None, str | None, int | None, str | None, Point | None]] = [
    # -- armed clashes
    ("On 2 March 2026, military forces clashed with JNIM militants near Djibo (Soum, Sahel). 4 fatalities.",
     "attack.ground", CLASH, 4, "BF-12", (14.10, -1.63)),
    ("On 3 March 2026, ISWAP fighters attacked a military base in Monguno (Monguno, Borno). The troops repelled "
     "the attack. 7 fatalities.", "attack.ground", CLASH, 7, "NG-BO", (12.67, 13.61)),
    ("Around 4 March 2026 (week of), Al Shabaab militants attacked an SNA base in Afgooye (Afgooye, Lower "
     "Shabelle). Casualties unknown.", "attack.ground", CLASH, None, "SO-SH", (2.14, 45.12)),
    ("On 5 March 2026, M23 rebels and Wazalendo militia fought in Rutshuru (Rutshuru, Nord-Kivu). 3 fatalities.",
     "attack.ground", CLASH, 3, "CD-NK", (-1.18, 29.45)),
    ("On 6 March 2026, Ambazonian separatists exchanged fire with soldiers in Bamenda (Mezam, Northwest). "
     "1 fatality.", "attack.ground", CLASH, 1, "CM-NW", (5.96, 10.15)),
    ("On 7 March 2026, TTP militants attacked a police checkpoint in Bannu (Bannu, Khyber Pakhtunkhwa), killing "
     "2 policemen.", "attack.ground", CLASH, 2, "PK-KP", (32.99, 70.60)),
    ("On 8 March 2026, the army ambushed a group of militants near Tera (Tillaberi). 11 fatalities.",
     "attack.ground", CLASH, 11, "NE-6", (14.01, 0.75)),
    ("On 9 March 2026, unidentified armed men attacked a gendarmerie post in Kaya (Sanmatenga, Centre-Nord). "
     "Fatalities unknown.", "attack.ground", CLASH, None, "BF-05", (13.09, -1.08)),
    ("On 10 March 2026, Russian and Ukrainian forces clashed near Pokrovsk (Donetsk). No fatalities reported.",
     "attack.ground", CLASH, None, "UA-14", (48.28, 37.18)),
    ("On 11 March 2026, the Arakan Army clashed with military troops near Sittwe (Sittwe, Rakhine). 2 fatalities.",
     "attack.ground", CLASH, 2, "MM-16", (20.15, 92.90)),
    ("On 12 March 2026, police and bandits engaged in a gun battle in Gusau (Gusau, Zamfara). 5 fatalities.",
     "attack.ground", CLASH, 5, "NG-ZA", (12.16, 6.66)),
    ("On 13 March 2026, Sinaloa cartel gunmen clashed with soldiers in Culiacan (Sinaloa). 4 fatalities.",
     "attack.ground", CLASH, 4, "MX-SIN", (24.80, -107.39)),
    ("On 14 March 2026, RSF and SAF clashed in El Fasher (North Darfur). Fatalities unknown.",
     "attack.ground", CLASH, None, "SD-DN", (13.63, 25.35)),
    ("On 15 March 2026, a military patrol came under fire from militants near Douentza (Mopti region) and "
     "returned fire. 3 fatalities.", "attack.ground", CLASH, 3, "ML-5", (15.00, -2.95)),
    ("On 16 March 2026, ADF rebels attacked an FARDC position near Beni (Beni, Nord-Kivu); 6 soldiers were "
     "killed.", "attack.ground", CLASH, 6, "CD-NK", (0.49, 29.47)),

    # -- attacks on civilians, abductions
    ("On 17 March 2026, unidentified gunmen shot and killed a village chief in Ayorou (Tillaberi region). "
     "1 fatality.", "attack.civilians", ATTACK, 1, "NE-6", (14.73, 0.92)),
    ("On 18 March 2026, bandits attacked a village near Birnin Gwari (Birnin Gwari, Kaduna), killing 9 "
     "residents.", "attack.civilians", ATTACK, 9, "NG-KD", (10.66, 6.54)),
    ("On 19 March 2026, ADF militants killed 14 civilians with machetes in Oicha (Beni, Nord-Kivu). "
     "14 fatalities.", "attack.civilians", ATTACK, 14, "CD-NK", (0.70, 29.52)),
    ("On 20 March 2026, armed men abducted 12 passengers on the road near Zaria (Zaria, Kaduna).",
     "attack.civilians", ABDUCT, None, "NG-KD", (11.08, 7.71)),
    ("On 21 March 2026, suspected JNIM militants kidnapped a village councillor in Bandiagara (Mopti).",
     "attack.civilians", ABDUCT, None, "ML-5", (14.35, -3.61)),
    ("On 22 March 2026, Fulani militia attacked farmers in Bokkos (Bokkos, Plateau). 12 fatalities.",
     "attack.civilians", ATTACK, 12, "NG-PL", (9.30, 9.00)),
    ("On 23 March 2026, a man was shot dead by unidentified gunmen in Kisumu (Kisumu). 1 fatality.",
     "attack.civilians", ATTACK, 1, "KE-17", (-0.09, 34.77)),
    ("On 24 March 2026, RSF fighters raided a village near Wad Madani (Al Jazirah) and killed 8 villagers.",
     "attack.civilians", ATTACK, 8, "SD-GZ", (14.40, 33.52)),
    ("On 25 March 2026, Islamic State militants beheaded 3 civilians near Macomia (Macomia, Cabo Delgado). "
     "3 fatalities.", "attack.civilians", ATTACK, 3, "MZ-P", (-12.25, 40.12)),
    ("On 26 March 2026, soldiers shot and killed a motorcyclist at a checkpoint in Kumba (Meme, Southwest). "
     "1 fatality.", "attack.civilians", ATTACK, 1, "CM-SW", (4.64, 9.45)),
    ("On 27 March 2026, a gang attacked residents of Croix-des-Bouquets (Ouest), killing 6 people.",
     "attack.civilians", ATTACK, 6, "HT-OU", (18.58, -72.23)),
    ("On 28 March 2026, Al Shabaab militants executed two men accused of spying in Baidoa (Baidoa, Bay). "
     "2 fatalities.", "attack.civilians", ATTACK, 2, "SO-BY", (3.11, 43.65)),
    ("On 29 March 2026, gunmen abducted a Catholic priest in Makurdi (Makurdi, Benue).",
     "attack.civilians", ABDUCT, None, "NG-BE", (7.73, 8.54)),
    ("On 30 March 2026, unknown assailants stabbed a trader to death in Gao (Gao). 1 fatality.",
     "attack.civilians", ATTACK, 1, "ML-7", (16.27, -0.04)),

    # -- remote explosives, landmines, IEDs
    ("On 1 April 2026, a roadside IED targeted a military convoy near Gwoza (Gwoza, Borno); 3 soldiers killed.",
     "attack.explosive", IED, 3, "NG-BO", (11.08, 13.69)),
    ("On 2 April 2026, a landmine exploded near Douentza (Douentza, Mopti), killing a shepherd. 1 fatality.",
     "attack.explosive", IED, 1, "ML-5", (15.00, -2.95)),
    ("On 3 April 2026, a vehicle carrying civilians hit an explosive device near Arbinda (Soum, Sahel). "
     "5 fatalities.", "attack.explosive", IED, 5, "BF-12", (14.23, -0.87)),
    ("On 4 April 2026, an IED planted by Al Shabaab struck an AUSSOM vehicle near Marka (Marka, Lower Shabelle). "
     "Casualties unknown.", "attack.explosive", IED, None, "SO-SH", (1.72, 44.77)),
    ("On 5 April 2026, a remote-controlled bomb hit a police van in Quetta (Quetta, Balochistan), killing 2 "
     "officers.", "attack.explosive", IED, 2, "PK-BA", (30.18, 67.00)),
    ("On 6 April 2026, a car bomb exploded near a checkpoint in Mogadishu (Banadir). 4 fatalities.",
     "attack.explosive", IED, 4, "SO-BN", (2.04, 45.34)),
    ("On 7 April 2026, a boy was killed when an unexploded shell he was playing with detonated in Kherson "
     "(Kherson). 1 fatality.", "attack.explosive", IED, 1, "UA-65", (46.64, 32.62)),
    ("On 8 April 2026, a magnetic bomb attached to a car exploded in Jalalabad (Nangarhar), killing the "
     "driver.", "attack.explosive", IED, 1, "AF-NAN", (34.43, 70.45)),

    # -- suicide bombs, grenades
    ("On 9 April 2026, a suicide bomber detonated his vest at a market in Konduga (Konduga, Borno). "
     "6 fatalities.", "attack.explosive", SUICIDE, 6, "NG-BO", (11.65, 13.42)),
    ("On 10 April 2026, a suicide car bomb targeted a military base in Beledweyne (Hiraan). 5 fatalities.",
     "attack.explosive", SUICIDE, 5, "SO-HI", (4.74, 45.20)),
    ("On 11 April 2026, a suicide attack on a police station in Dera Ismail Khan (Khyber Pakhtunkhwa) killed 3 "
     "officers.", "attack.explosive", SUICIDE, 3, "PK-KP", (31.83, 70.90)),
    ("On 12 April 2026, unidentified men threw a grenade at a police post in Srinagar (Jammu and Kashmir). "
     "No fatalities.", "attack.explosive", GRENADE, None, "IN-JK", (34.08, 74.80)),
    ("On 13 April 2026, a grenade was lobbed into a bar in Kandahar (Kandahar), killing 2 people.",
     "attack.explosive", GRENADE, 2, "AF-KAN", (31.61, 65.71)),

    # -- shelling, artillery, missiles
    ("On 14 April 2026, Russian forces shelled Nikopol (Dnipropetrovsk). 1 fatality.",
     "attack.artillery", SHELL, 1, "UA-12", (47.57, 34.39)),
    ("On 15 April 2026, shelling by the RSF on Kadugli (South Kordofan); no fatalities reported.",
     "attack.artillery", SHELL, None, "SD-KS", (11.01, 29.72)),
    ("On 16 April 2026, Russian forces struck Kharkiv (Kharkiv) with ballistic missiles. 4 fatalities.",
     "attack.missile", SHELL, 4, "UA-63", (49.99, 36.23)),
    ("On 17 April 2026, mortar rounds fired by Houthi forces landed in Taiz (Taiz). 2 fatalities.",
     "attack.artillery", SHELL, 2, "YE-TA", (13.58, 44.02)),
    ("On 18 April 2026, Al Shabaab fired mortars at the Halane compound in Mogadishu (Banadir). "
     "Casualties unknown.", "attack.artillery", SHELL, None, "SO-BN", (2.02, 45.30)),
    ("On 19 April 2026, artillery shelling by the military hit the outskirts of Lashio (Lashio, Shan-North). "
     "3 fatalities.", "attack.artillery", SHELL, 3, "MM-17", (22.93, 97.75)),
    ("On 20 April 2026, rockets fired from an unknown location hit near the airport in Kirkuk (Kirkuk). "
     "No fatalities.", "attack.artillery", SHELL, None, "IQ-KI", (35.47, 44.39)),

    # -- air and drone strikes
    ("On 21 April 2026, air strike by the Russian air force on Idlib (Idlib). 3 fatalities.",
     "attack.air", AIR, 3, "SY-ID", (35.93, 36.63)),
    ("On 22 April 2026, a military drone strike targeted a market in Djibo (Soum, Sahel), killing 20 "
     "civilians.", "attack.drone", AIR, 20, "BF-12", (14.10, -1.63)),
    ("On 23 April 2026, Russian drones attacked Sumy (Sumy); 2 civilians were injured.",
     "attack.drone", AIR, None, "UA-59", (50.91, 34.80)),
    ("On 24 April 2026, Myanmar military jets bombed a monastery in Monywa (Sagaing). 6 fatalities.",
     "attack.air", AIR, 6, "MM-01", (22.11, 95.13)),
    ("On 25 April 2026, an RSF drone struck a power station in Omdurman (Khartoum). No fatalities.",
     "attack.drone", AIR, None, "SD-KH", (15.64, 32.48)),
    ("On 26 April 2026, Israeli air strikes hit a house in Khan Yunis (Gaza Strip), killing 5 people.",
     "attack.air", AIR, 5, None, (31.35, 34.30)),
    ("On 27 April 2026, Nigerian Air Force jets struck militant hideouts near Gwoza (Borno). Fatalities "
     "unknown.", "attack.air", AIR, None, "NG-BO", (11.08, 13.69)),
    ("On 28 April 2026, a US air strike targeted Al Shabaab militants near Jilib (Middle Juba). 4 fatalities.",
     "attack.air", AIR, 4, "SO-JD", (0.49, 42.77)),

    # -- protests
    ("On 29 April 2026, residents of Kisumu (Kisumu) held a peaceful march to demand the repair of roads.",
     "protest.demonstration", PEACEFUL, None, "KE-17", (-0.09, 34.77)),
    ("On 30 April 2026, teachers staged a sit-in in front of the regional education office in Tahoua (Tahoua) "
     "over unpaid salaries.", "protest.demonstration", PEACEFUL, None, "NE-5", (14.89, 5.27)),
    ("On 1 May 2026, around 300 students protested in Lahore (Punjab) against a rise in fees.",
     "protest.demonstration", PEACEFUL, None, "PK-PB", (31.55, 74.34)),
    ("On 2 May 2026, protesters blocked the road in Kaduna (Kaduna) demanding water; police fired tear gas "
     "and dispersed them.", "protest.demonstration", INTERVENED, None, "NG-KD", (10.52, 7.44)),
    ("On 3 May 2026, police dispersed opposition supporters demonstrating in Conakry (Conakry) with tear "
     "gas.", "protest.demonstration", INTERVENED, None, "GN-C", (9.54, -13.68)),
    ("On 4 May 2026, police arrested 9 demonstrators during a protest against fuel prices in Harare "
     "(Harare).", "protest.demonstration", INTERVENED, None, "ZW-HA", (-17.83, 31.05)),
    ("On 5 May 2026, security forces opened fire on protesters in Mandalay (Mandalay), killing 2. "
     "2 fatalities.", "protest.demonstration", EXCESSIVE, 2, "MM-04", (21.97, 96.08)),
    ("On 6 May 2026, rioters burned tyres and threw stones at police in Kumba (Meme, Southwest).",
     "protest.riot", VIOLENT, None, "CM-SW", (4.64, 9.45)),
    ("On 7 May 2026, angry youths set fire to a police station in Butembo (Nord-Kivu) after the killing of a "
     "motorcyclist.", "protest.riot", VIOLENT, None, "CD-NK", (0.14, 29.29)),
    ("On 8 May 2026, a mob lynched a suspected thief in Bunia (Ituri). 1 fatality.",
     "protest.riot", MOB, 1, "CD-IT", (1.56, 30.25)),
    ("On 9 May 2026, villagers beat to death two suspected kidnappers in Katsina (Katsina). 2 fatalities.",
     "protest.riot", MOB, 2, "NG-KT", (12.99, 7.60)),

    # -- looting, property destruction, arrests
    ("On 10 May 2026, militias looted and burned houses in Djugu (Djugu, Ituri).",
     "attack.civilians", LOOTING, None, "CD-IT", (1.92, 30.50)),
    ("On 11 May 2026, RSF fighters looted the market of Nyala (South Darfur).",
     "attack.civilians", LOOTING, None, "SD-DS", (12.05, 24.88)),
    ("On 12 May 2026, police arrested 12 opposition supporters in Lome (Maritime).",
     "arrest", ARRESTS, None, "TG-M", (6.13, 1.22)),
    ("On 13 May 2026, the army detained 7 suspected militants in Diffa (Diffa).",
     "arrest", ARRESTS, None, "NE-2", (13.32, 12.61)),
    ("On 14 May 2026, security forces arrested a journalist at his home in Bamako (Bamako).",
     "arrest", ARRESTS, None, "ML-BKO", (12.64, -8.00)),

    # -- territory, bases, agreements
    ("On 15 May 2026, military forces regained control of Ouallam (Tillaberi) from IS Sahel.",
     "territory.change", REGAINS, None, "NE-6", (14.32, 2.09)),
    ("On 16 May 2026, M23 rebels took control of Walikale (Walikale, Nord-Kivu) after FARDC troops withdrew.",
     "territory.change", NONSTATE, None, "CD-NK", (-1.42, 28.05)),
    ("On 17 May 2026, Al Shabaab militants overran the town of Adan Yabaal (Middle Shabelle) after government "
     "troops withdrew.", "territory.change", NONSTATE, None, "SO-SD", None),
    ("On 18 May 2026, the army established a new military base in Tessalit (Kidal).",
     "military.mobilization", BASE, None, "ML-8", (20.20, 1.01)),
    ("On 19 May 2026, the two rival militias signed a peace agreement in Bunia (Ituri).",
     "diplomacy.agreement", AGREEMENT, None, "CD-IT", (1.56, 30.25)),

    # -- disrupted weapons use
    ("On 20 May 2026, police defused an IED planted near a school in Peshawar (Khyber Pakhtunkhwa).",
     "attack.explosive", DISRUPTED, None, "PK-KP", (34.01, 71.58)),
    ("On 21 May 2026, Ukrainian air defences shot down 12 Russian drones over Odesa (Odesa). No damage.",
     "attack.drone", DISRUPTED, None, "UA-51", (46.48, 30.72)),

    # -- the place in brackets: the town first, resolved inside the province named after it
    ("On 22 May 2026, unidentified gunmen killed 2 farmers near Kargo (Tillaberi region). 2 fatalities.",
     "attack.civilians", ATTACK, 2, "NE-6", None),
    ("On 23 May 2026, armed men attacked a gold mining site in Sebba (Yagha, Sahel). 8 fatalities.",
     "attack.civilians", ATTACK, 8, "BF-12", (13.44, 0.53)),
    ("On 24 May 2026, soldiers clashed with militants near Mora (Mayo-Sava, Far North). 2 fatalities.",
     "attack.ground", CLASH, 2, "CM-EN", (11.05, 14.14)),
    ("On 25 May 2026, gunmen killed 3 people in Mangu (Mangu, Plateau). 3 fatalities.",
     "attack.civilians", ATTACK, 3, "NG-PL", (9.52, 9.10)),
    ("On 26 May 2026, a landmine exploded under a truck near Tessalit (Tessalit, Kidal). 2 fatalities.",
     "attack.explosive", IED, 2, "ML-8", (20.20, 1.01)),
    ("On 27 May 2026, Al Shabaab militants attacked a police station in Qoryooley (Qoryooley, Lower Shabelle). "
     "2 fatalities.", "attack.ground", CLASH, 2, "SO-SH", (1.79, 44.53)),
    ("On 28 May 2026, armed bandits abducted 15 villagers in Tsafe (Tsafe, Zamfara).",
     "attack.civilians", ABDUCT, None, "NG-ZA", (11.96, 6.92)),
    ("On 29 May 2026, RSF shelled El Obeid (North Kordofan), killing 4 civilians.",
     "attack.artillery", SHELL, 4, "SD-KN", (13.18, 30.22)),

    # -- look-alikes: no event, or another reading
    ("On 30 May 2026, a court in Niamey (Niamey) adjourned the trial of 20 people accused of terrorism.",
     None, None, None, None, None),
    ("On 31 May 2026, the governor of Borno met community leaders in Maiduguri (Borno) to discuss security.",
     None, None, None, None, None),
    ("On 1 June 2026, a memorial service was held in Beni (Nord-Kivu) for the victims of last year's "
     "massacre.", None, None, None, None, None),
    ("On 2 June 2026, the opposition announced a protest in Dakar (Dakar) for next week.",
     None, None, None, None, None),
    ("On 3 June 2026, a planned march in Harare (Harare) was called off after talks with the police.",
     None, None, None, None, None),
    ("On 4 June 2026, a bus crashed into a truck near Kaya (Centre-Nord), killing 11 passengers.",
     None, None, None, None, None),
    ("On 5 June 2026, a fire destroyed 40 shops at the main market in Gao (Gao). No casualties.",
     None, None, None, None, None),
    ("On 6 June 2026, floods destroyed hundreds of houses in Diffa (Diffa), killing 6 people.",
     None, None, None, None, None),
    ("On 7 June 2026, the military said it would deploy more troops to Djibo (Sahel) next month.",
     None, None, None, None, None),
    ("On 8 June 2026, the regional governor of Tillaberi visited wounded soldiers at the hospital in Tillaberi "
     "(Tillaberi).", None, None, None, None, None),
    ("On 9 June 2026, a high court in Lahore (Punjab) granted bail to 4 opposition activists.",
     None, None, None, None, None),
    ("On 10 June 2026, hundreds of people attended the funeral of a slain chief in Bamenda (Northwest).",
     None, None, None, None, None),
    ("On 11 June 2026, a peaceful rally in support of the transitional government was held in Niamey "
     "(Niamey).", "protest.demonstration", PEACEFUL, None, "NE-8", (13.51, 2.11)),
    ("On 12 June 2026, an army officer was found dead at his home in Kaduna (Kaduna); police said he "
     "had died of natural causes.", None, None, None, None, None),
]
