"""A probe of whole local crime stories: invented reports in the manner of US local papers and TV sites.

Each row: (text, published, families, day, town, killed, injured).

- ``families``: the event families a careful coder records, space-separated ("attack", "arrest"; a
  trailing "?" marks one that may be left out; "" or only optional ones for a report of no attack on
  its own days).
- ``day``: the day (ISO) of the first required family's record (the attack when there is one), read
  from the dateline's weekday words and the story's own times; None when there is no required record.
- ``town``: what the record's place must name ("A|B" for either), the dateline's town else the state.
- ``killed`` / ``injured``: the counts the record must carry, or None when not checked.

The towns are real so that the gazetteer knows them; every incident, name and street number is invented.
"""

from __future__ import annotations

from datetime import date

_STORIES: list[tuple[str, date, str, str | None, str | None, int | None, int | None]] = [
    # --- shootings and stabbings of the report's own days ---
    ("TULSA, Okla. (KJRH) — Tulsa police are investigating a deadly shooting that happened late Saturday "
     "night in north Tulsa.\n\nOfficers were called to the 1400 block of N. Main St. just before 11:30 p.m. "
     "after reports of shots fired. They found a man, 28, with several gunshot wounds. He died at the "
     "hospital.\n\nPolice said the shooter ran from the scene before officers arrived. No arrests have been "
     "made.\n\nAnyone with information is asked to call Crime Stoppers.",
     date(2025, 6, 8), "attack", "2025-06-07", "Tulsa", 1, None),
    ("SPRINGFIELD, Mo. — Two men were wounded in a shooting early Sunday morning outside a bar on South "
     "Campbell Avenue, Springfield police said.\n\nOfficers responded around 1:45 a.m. and found both men "
     "in the parking lot. The men, 24 and 31, were taken to a hospital with injuries that are not "
     "considered life-threatening.\n\nPolice are looking for a man who left in a dark SUV.",
     date(2025, 6, 9), "attack", "2025-06-08", "Springfield", None, 2),
    ("Police in Dayton said a 17-year-old boy was shot dead Tuesday night on the city's west side.\n\n"
     "Officers found the teen in the 2200 block of Hoover Avenue shortly after 9 p.m. Medics pronounced him "
     "dead at the scene.\n\nNo one has been arrested. Detectives asked neighbors with doorbell cameras to "
     "come forward.\n\nSign up for our daily newsletter to get the latest local news.",
     date(2025, 6, 11), "attack", "2025-06-10", "Dayton", 1, None),
    ("GREENVILLE, S.C. (WYFF) — A man was wounded in a shoot-out with deputies Thursday afternoon after a "
     "traffic stop on White Horse Road, the sheriff's office said.\n\nThe man, 35, got out of his car and "
     "fired at the deputies, who returned fire, a spokesman said. He was taken to the hospital in critical "
     "condition. No deputies were hurt.\n\nThe State Law Enforcement Division will investigate, as it does "
     "in all shootings involving officers.",
     date(2025, 5, 23), "attack arrest?", "2025-05-22", "Greenville", None, 1),
    ("MEMPHIS, Tenn. — One of the three people hit in a shooting at a house party in Frayser has died, "
     "Memphis police said Monday.\n\nThe shooting happened just after 2 a.m. Sunday in the 3000 block of "
     "Overton Crossing. A 19-year-old woman died at Regional One Health. The two others, both men, are in "
     "stable condition.\n\nPolice have not named a suspect.",
     date(2025, 9, 15), "attack", "2025-09-14", "Memphis", 1, None),
    ("FRESNO, Calif. — A man was fatally shot Monday evening in southeast Fresno, and police arrested his "
     "neighbor a few hours later.\n\nOfficers were called to an apartment complex near Kings Canyon Road "
     "around 6:40 p.m. The victim, 42, died at the scene.\n\nThe suspect, 38, was booked into the Fresno "
     "County Jail on suspicion of murder, a police spokesperson said.",
     date(2025, 9, 16), "attack arrest", "2025-09-15", "Fresno", 1, None),
    ("A 23-year-old man was killed and a woman was wounded in a drive-by shooting Friday night in Rockford, "
     "police said.\n\nThe two were standing outside a home on the 1100 block of Kilburn Avenue around 10:15 "
     "p.m. when someone in a passing car fired several shots.\n\nThe woman, 20, is expected to survive. "
     "Anyone with information is asked to call Rockford police.",
     date(2025, 10, 4), "attack", "2025-10-03", "Rockford", 1, 1),
    ("BATON ROUGE, La. (WAFB) — A man is dead after a shooting at a gas station on Plank Road on Sunday "
     "afternoon, according to the Baton Rouge Police Department.\n\nThe victim was identified as Marcus "
     "Fenwell, 31. Investigators believe Fenwell and another man got into an argument before the shooting. "
     "The other man drove off.\n\nAnyone with information is asked to call Crime Stoppers.",
     date(2025, 10, 6), "attack", "2025-10-05", "Baton Rouge", 1, None),
    ("AKRON, Ohio — A man shot and killed his estranged wife in her Akron home Wednesday morning before "
     "turning the gun on himself, police said.\n\nOfficers went to the house on Kenmore Boulevard at about "
     "8 a.m. after a relative called 911. Both were dead when officers arrived.\n\nThe woman had filed "
     "for a protection order last month, court records show.",
     date(2026, 1, 8), "attack", "2026-01-07", "Akron", None, None),
    ("ALBUQUERQUE, N.M. (KOAT) — Albuquerque police are investigating after a man was shot and killed "
     "early Monday near Central Avenue and San Mateo Boulevard.\n\nPolice said officers found the man, "
     "believed to be in his 40s, lying in a parking lot around 3 a.m. He died at the scene.\n\nHomicide "
     "detectives were called out. No suspect information was released.",
     date(2025, 5, 27), "attack", "2025-05-26", "Albuquerque", 1, None),
    ("JACKSON, Miss. — A 15-year-old was shot Saturday afternoon at a park in south Jackson, police said.\n\n"
     "A police spokesperson said the teen was shot in the leg during a fight at the basketball court. He "
     "was taken to a hospital and is expected to recover.\n\nPolice are searching for two suspects who ran "
     "into a nearby wooded area.",
     date(2025, 6, 1), "attack", "2025-05-31", "Jackson", None, 1),
    ("KALAMAZOO, Mich. — Public safety officers arrested a 20-year-old man Tuesday in connection with a "
     "shooting that wounded two people outside a convenience store on Portage Street last week.\n\nThe man "
     "was taken into custody without incident at a home on the city's north side, a spokesman said. He "
     "faces two counts of assault with intent to murder.",
     date(2025, 5, 21), "arrest attack?", "2025-05-20", "Kalamazoo", None, None),
    ("HOUSTON — A Harris County sheriff's deputy was shot and wounded during a traffic stop in north Harris "
     "County late Sunday, the sheriff said.\n\nThe deputy, a 12-year veteran, was struck in the shoulder "
     "and is expected to recover. The driver fled on foot and was arrested after a two-hour manhunt.",
     date(2025, 9, 29), "attack arrest?", "2025-09-28", "Houston|Harris", None, 1),
    ("ST. LOUIS (KSDK) — Three people were shot, one fatally, in the Dutchtown neighborhood Friday night.\n\n"
     "Police said officers responded to the 3900 block of Virginia Avenue around 8 p.m. and found two men "
     "and a woman with gunshot wounds. One man, believed to be in his 20s, died at the scene. The other two "
     "were taken to hospitals in stable condition.",
     date(2025, 10, 18), "attack", "2025-10-17", "St. Louis|Saint Louis", 1, None),
    ("BIRMINGHAM, Ala. — A man is charged with capital murder in the shooting death of a convenience store "
     "clerk Wednesday.\n\nBirmingham police said the clerk, 52, was shot during a robbery at a store on 3rd "
     "Avenue West around 7 a.m. The suspect, 22, was caught by officers several blocks away.",
     date(2025, 6, 12), "attack arrest", "2025-06-11", "Birmingham", 1, None),
    ("GARY, Ind. — Two people were hurt when gunfire broke out at a Father's Day cookout early Sunday, "
     "police said.\n\nA man, 30, and a woman, 27, were taken to a hospital. Witnesses told officers that an "
     "uninvited guest pulled out a handgun after an argument. He was gone when police arrived.",
     date(2025, 6, 16), "attack", "2025-06-15", "Gary", None, 2),
    ("CHARLOTTE, N.C. (WBTV) — A woman was found shot to death inside a car in east Charlotte on Thursday "
     "morning, CMPD said.\n\nOfficers were called to Albemarle Road just before 6 a.m. for a report of a "
     "person down. Medic pronounced her dead at the scene.\n\nDetectives have not said whether they are "
     "looking for a suspect.",
     date(2025, 9, 5), "attack", "2025-09-04", "Charlotte", 1, None),
    ("DES MOINES, Iowa — A Des Moines man died after being shot during an argument at an apartment complex "
     "Saturday evening.\n\nPolice said officers arrived at the 1600 block of Hickman Road about 7:20 p.m. "
     "The man, 33, was taken to a hospital, where he died.\n\nA 27-year-old man was arrested at the scene "
     "and charged with second-degree murder.",
     date(2025, 9, 21), "attack arrest", "2025-09-20", "Des Moines", 1, None),
    ("LITTLE ROCK, Ark. (AP) — A gunman killed two people and wounded a third at a rural church in southern "
     "Arkansas on Sunday before deputies shot him, state police said Monday.\n\nThe shooting happened "
     "during evening services in a small community near the Louisiana line. The gunman was flown to a "
     "hospital in Little Rock.",
     date(2025, 10, 14), "attack", "2025-10-12", "Arkansas|Little Rock", 2, None),
    ("Police in Savannah said a man wounded in a shooting Tuesday afternoon drove himself to the hospital.\n\n"
     "The man, 26, told officers he was shot while walking near Waters Avenue and 37th Street. His injuries "
     "are not life-threatening.\n\nSavannah police are asking anyone who saw the shooting to call "
     "CrimeStoppers.",
     date(2025, 10, 22), "attack", "2025-10-21", "Savannah", None, 1),
    ("MILWAUKEE — A 34-year-old man was shot and killed near N. 27th St. and W. Center St. late Saturday, "
     "Milwaukee police said.\n\nA second man, 29, walked into a hospital with a gunshot wound a short time "
     "later; police are looking into whether the two shootings are related.\n\nPolice are seeking unknown "
     "shooters.",
     date(2026, 1, 12), "attack", "2026-01-10", "Milwaukee", 1, None),
    ("SOUTH BEND — One man is dead and another is in custody after a shooting early Monday morning on the "
     "city's west side.\n\nSouth Bend police were called to a home in the 800 block of West Washington "
     "Street just after 2 a.m. They found a man, 45, shot in the chest. He died at Memorial Hospital.\n\n"
     "A 22-year-old man who was at the home was taken into custody.",
     date(2026, 1, 13), "attack arrest", "2026-01-12", "South Bend", 1, None),
    ("KNOXVILLE, Tenn. (WATE) — A Knoxville police officer shot and killed an armed man Wednesday night "
     "after a chase in East Knoxville, the Tennessee Bureau of Investigation said.\n\nThe man, 41, pointed "
     "a handgun at officers after he ran from a car, the agency said. The officer has been placed on "
     "administrative leave, which is standard procedure.",
     date(2025, 5, 29), "attack", "2025-05-28", "Knoxville", 1, None),
    ("Shots fired outside Omaha bar, one hurt\n\nOMAHA, Neb. — One person was hurt when someone fired into a "
     "crowd outside a bar in the Old Market late Friday, Omaha police said.\n\nThe victim, a 25-year-old "
     "man, was hit in the leg. Officers found more than a dozen shell casings in the street.",
     date(2025, 6, 14), "attack", "2025-06-13", "Omaha", None, 1),
    ("FLINT, Mich. — A 9-year-old girl was struck by a stray bullet while sleeping in her bedroom early "
     "Saturday, Flint police said.\n\nSomeone fired at least a dozen rounds at the house on Stocker Avenue "
     "around 3:30 a.m. The girl was hit in the hip and is in stable condition.\n\nThe police chief called "
     "the shooting senseless.",
     date(2025, 9, 7), "attack", "2025-09-06", "Flint", None, 1),
    ("COLUMBIA, S.C. — A man was shot dead outside a Five Points nightclub late Saturday, and a second man "
     "was shot in the arm, Columbia police said.\n\nThe two men had been thrown out of the club after a "
     "fight, a police spokesperson said. Officers are looking for a gray sedan.",
     date(2025, 9, 8), "attack", "2025-09-06", "Columbia", 1, 1),
    ("ERIE, Pa. — A 45-year-old man was stabbed several times during a fight at an apartment on East 10th "
     "Street on Tuesday night, Erie police said.\n\nHe is in serious condition. Police arrested a 39-year-old "
     "woman, who faces charges of aggravated assault.",
     date(2025, 10, 1), "attack arrest", "2025-09-30", "Erie", None, 1),
    ("LUBBOCK, Texas — Lubbock police arrested a 19-year-old Thursday in the deadly shooting of a man at a "
     "park earlier this week.\n\nOfficers found the victim, 24, with a gunshot wound at a park on the east "
     "side on Monday night; he died at University Medical Center.\n\nThe suspect is being held on a murder "
     "charge.",
     date(2025, 10, 10), "attack arrest", "2025-10-06", "Lubbock", 1, None),
    ("YAKIMA, Wash. — A woman was wounded Wednesday when a man fired shots into her car after a crash on "
     "North First Street, Yakima police said.\n\nThe man drove away before officers arrived. The woman, 37, "
     "was treated for a wound to her arm.",
     date(2026, 1, 15), "attack", "2026-01-14", "Yakima", None, 1),
    ("PEORIA, Ill. — Peoria police said a 16-year-old boy died at the hospital after a shooting on the "
     "city's south side Sunday afternoon.\n\nOfficers were sent to the 2100 block of South Griswold Street "
     "after gunshot sensors picked up 11 rounds. The boy was found in a yard.\n\nIt is the city's first "
     "homicide of the year.",
     date(2026, 1, 19), "attack", "2026-01-18", "Peoria", 1, None),
    ("Mount Olive, NC (WNCT) — A man was shot and killed Friday night at a home on the town's north side, "
     "police said.\n\nOfficers found the man, 39, on the front porch. A neighbor told officers she heard "
     "four shots and saw a car speed off.\n\nNo arrests have been made.",
     date(2025, 6, 14), "attack", "2025-06-13", "Mount Olive", 1, None),
    ("Laurel, Miss. — A woman was found shot to death early Wednesday inside her car in a church parking "
     "lot, police said.\n\nA church worker called 911 just after 6 a.m. The woman, 44, had been shot once. "
     "Investigators are talking to her family.",
     date(2025, 5, 22), "attack", "2025-05-21", "Laurel", 1, None),
    ("Peoria, IL (WMBD) — Two teenagers were wounded in a shooting Thursday evening near a city park, "
     "police said.\n\nThe boys, 15 and 16, were taken to the hospital. Officers found shell casings on "
     "the sidewalk.",
     date(2025, 10, 10), "attack", "2025-10-09", "Peoria", None, 2),
    # --- no attack of the report's days ---
    ("TOLEDO, Ohio — A jury on Monday convicted a 27-year-old Toledo man of murder in the 2023 shooting of "
     "a man outside a corner store on Dorr Street.\n\nProsecutors said the two had argued over a debt. "
     "Sentencing is set for July 8.",
     date(2025, 6, 10), "arrest? attack?", None, None, None, None),
    ("CASPER, Wyo. — A new gun store and indoor shooting range opened Saturday on East Second Street, "
     "drawing a line of customers before the doors opened.\n\nThe owner, a retired deputy, said the range "
     "has 12 lanes and will offer concealed carry classes.",
     date(2025, 6, 9), "", None, None, None, None),
    ("DAYTON — Family and friends gathered Sunday evening in a park to mark one year since a 19-year-old "
     "was shot and killed outside a birthday party.\n\nThey released balloons and asked anyone who knows "
     "what happened to come forward. No one has been charged in the killing.",
     date(2025, 9, 15), "attack?", None, None, None, None),
    ("ELKINS, W.Va. — A 62-year-old hunter died Saturday after being accidentally shot by a member of his "
     "own hunting party, the Division of Natural Resources said.\n\nThe man was wearing no blaze orange "
     "and was mistaken for a deer, officers said. No charges are expected.",
     date(2025, 10, 20), "", None, None, None, None),
    ("CEDAR RAPIDS, Iowa — Residents who hear gunfire near the police range on Tuesday should not be "
     "alarmed: officers will hold their yearly firearms training from 8 a.m. to 4 p.m., the department "
     "said.",
     date(2025, 9, 22), "", None, None, None, None),
    ("AMARILLO, Texas — Deputies, firefighters and paramedics took part in an active shooter drill at a "
     "high school on Saturday, with volunteers playing wounded students.\n\nThe sheriff said the drill "
     "tests how fast the agencies can reach the injured.",
     date(2025, 9, 8), "", None, None, None, None),
    ("LANSING, Mich. — A man who shot and wounded two people at a bowling alley in 2022 was sentenced "
     "Thursday to 20 to 40 years in prison.\n\nThe judge said the man showed no remorse.",
     date(2025, 10, 10), "arrest? attack?", None, None, None, None),
    ("STOCKTON, Calif. — The City Council voted Tuesday to spend $2 million on a violence interruption "
     "program, after the city recorded 38 homicides last year.\n\nCouncil members said shootings have "
     "fallen this year.",
     date(2025, 9, 17), "", None, None, None, None),
    ("NORMAN, Okla. — Reports of shots fired at a shopping center Friday night turned out to be fireworks, "
     "police said.\n\nOfficers searched the area and found spent firecrackers but no sign of gunfire. No "
     "one was hurt.",
     date(2025, 6, 14), "", None, None, None, None),
    ("TRENTON, N.J. — More than 200 firearms were turned in Saturday at a gun buyback at a church, police "
     "said.\n\nPeople who handed in guns received gift cards, no questions asked.",
     date(2025, 5, 19), "", None, None, None, None),
    ("A Boise man accidentally shot himself in the leg while cleaning his handgun Sunday, police said. He "
     "was treated at a hospital and released.",
     date(2025, 9, 22), "", None, None, None, None),
    ("DENVER — The family of a man killed by Denver police in 2021 has settled its lawsuit against the city "
     "for $1.5 million, the city attorney's office said Wednesday.",
     date(2025, 10, 23), "attack?", None, None, None, None),
    ("TACOMA, Wash. — A judge set bail at $1 million Monday for a man charged in last month's shooting at a "
     "gas station.\n\nThe man, 30, is due back in court next week.",
     date(2025, 6, 10), "arrest? attack?", None, None, None, None),
]


STORIES = _STORIES
