"""A third probe of local crime stories: the incident on its own day, at its own town.

Invented reports in the manner of US and UK local papers, TV sites and wire pick-ups: the dateline is
often the only place ("AKRON, Ohio (AP) —", "SPRINGFIELD —"), or a byline names the paper; the day is
a weekday word in a story published the next morning; the victim's age stands next to the count words.
About a third report no attack of their own days (a drill, a hunting accident, a film shoot, a golf
score, a memorial, a verdict months after).

Each row has the shape of ``local_story_cases.STORIES``: (text, published, families, day, town, killed,
injured); see there. The towns are real so that the gazetteer knows them; every incident, name, street
number and time is invented.
"""

from __future__ import annotations

from datetime import date

_ATTACKS: list[tuple[str, date, str, str | None, str | None, int | None, int | None]] = [
    ("AKRON, Ohio (AP) — A man was fatally shot early Saturday outside a convenience store, police said.\n\n"
     "Officers found the man, 36, on the sidewalk around 2:15 a.m. He was pronounced dead at the scene. "
     "Investigators have not said what led to the shooting.",
     date(2025, 7, 6), "attack", "2025-07-05", "Akron", 1, None),
    ("SPRINGFIELD — A woman was shot dead Sunday night in the 900 block of Elm Street, police said.\n\n"
     "The woman, 41, was found on a porch by officers answering a 911 call. Detectives are talking to "
     "neighbors.",
     date(2025, 7, 7), "attack", "2025-07-06", "Springfield", 1, None),
    ("By Staff | The Kansas City Star\n\nA man died of gunshot wounds after a shooting Tuesday night in "
     "the Westport area of Kansas City, police said.\n\nThe man, 27, was found in a parking lot near a bar "
     "shortly before 11 p.m. and died at a hospital.",
     date(2025, 7, 9), "attack", "2025-07-08", "Kansas City", 1, None),
    ("PHILADELPHIA — Two men were wounded in a drive-by shooting in Kensington just after midnight "
     "Saturday, police said.\n\nThe men, 22 and 25, were standing on a corner when a car slowed and "
     "someone inside opened fire. Both were listed in stable condition.",
     date(2025, 7, 13), "attack", "2025-07-12", "Philadelphia", None, 2),
    ("CLEVELAND — A 30-year-old man was found shot inside a car on the city's east side Monday morning, "
     "police said.\n\nA passer-by saw the man slumped over the wheel and called 911. He died at the "
     "scene.",
     date(2025, 7, 15), "attack", "2025-07-14", "Cleveland", 1, None),
    ("INDIANAPOLIS (WTHR) — Officers responded to reports of shots fired in the 3400 block of North "
     "Keystone Avenue around 10 p.m. Friday and found a man with a gunshot wound.\n\nHe was taken to a "
     "hospital in critical condition. No suspect was in custody.",
     date(2025, 7, 19), "attack", "2025-07-18", "Indianapolis", None, 1),
    ("CINCINNATI — One of the three people hit by gunfire in Over-the-Rhine on Saturday night has died, "
     "police said.\n\nThe man, 33, died at University of Cincinnati Medical Center. The two others are "
     "expected to recover.",
     date(2025, 7, 21), "attack", "2025-07-19", "Cincinnati", 1, None),
    ("LOUISVILLE, Ky. — A man was shot and killed Thursday night in the Shawnee neighborhood, and police "
     "arrested a suspect Friday afternoon.\n\nThe suspect, 24, was charged with murder and is being held "
     "at the Louisville Metro jail.",
     date(2025, 7, 26), "attack arrest", "2025-07-24", "Louisville", 1, None),
    ("GRAND RAPIDS, Mich. — A 19-year-old man was shot in the leg early Sunday near Division Avenue and "
     "is expected to survive, police said.\n\nOfficers found him at a gas station after a caller reported "
     "a fight in the street.",
     date(2025, 7, 28), "attack", "2025-07-27", "Grand Rapids", None, 1),
    ("BAKERSFIELD, Calif. — A man was wounded in a shoot-out with police Wednesday night after a chase "
     "ended on Union Avenue, the department said.\n\nThe man, 29, fired at officers from his car, and two "
     "officers fired back. He was taken to Kern Medical. No officers were hurt.",
     date(2025, 7, 31), "attack arrest?", "2025-07-30", "Bakersfield", None, 1),
    ("WICHITA, Kan. — A man was shot in the arm Tuesday evening outside an apartment complex on South "
     "Broadway, police said.\n\nThe victim, 28, told officers he did not know the shooter. His wound is "
     "not life-threatening.",
     date(2025, 8, 6), "attack", "2025-08-05", "Wichita", None, 1),
    ("A man has died after being stabbed in Coventry on Saturday night, West Midlands Police said.\n\n"
     "Officers were called to Foleshill Road at about 11.20pm and found the man, aged 23, with stab "
     "wounds. He died in hospital.\n\nA 19-year-old man has been arrested on suspicion of murder.",
     date(2025, 8, 11), "attack arrest", "2025-08-09", "Coventry", 1, None),
    ("Two teenagers were injured in a shooting in Moss Side, Manchester, in the early hours of Sunday, "
     "Greater Manchester Police said.\n\nThe boys, aged 16 and 17, were taken to hospital with injuries "
     "that are not thought to be life-threatening.",
     date(2025, 8, 18), "attack", "2025-08-17", "Manchester", None, 2),
    ("NOTTINGHAM — A 17-year-old boy was stabbed to death in the St Ann's area of the city on Friday "
     "evening, police said.\n\nOfficers and paramedics were called at about 7pm. Detectives have set up a "
     "cordon and are reviewing camera footage.",
     date(2025, 8, 23), "attack", "2025-08-22", "Nottingham", 1, None),
    ("A 45-year-old man was shot dead at his front door in Liverpool on Tuesday night, Merseyside Police "
     "said.\n\nNeighbours heard two bangs shortly before 10pm. A murder investigation has been launched.",
     date(2025, 8, 27), "attack", "2025-08-26", "Liverpool", 1, None),
    ("JACKSONVILLE, Fla. (WJXT) — A woman was shot several times Saturday afternoon at a home in the "
     "5100 block of Moncrief Road, the sheriff's office said.\n\nShe was taken to a hospital in critical "
     "condition. Deputies are looking for a man who drove off in a white pickup.",
     date(2025, 8, 31), "attack", "2025-08-30", "Jacksonville", None, 1),
    ("NEW ORLEANS — A man died of gunshot wounds Monday night after he was shot in the 7th Ward, New "
     "Orleans police said.\n\nThe man, 38, was brought to a hospital by a private car and died a short time "
     "later.",
     date(2025, 9, 2), "attack", "2025-09-01", "New Orleans", 1, None),
    ("SAN ANTONIO — Two teens were hurt in a drive-by shooting late Friday on the city's West Side, police "
     "said.\n\nThe boys, 14 and 16, were sitting on a front porch when someone fired from a passing car. "
     "Both are expected to survive.",
     date(2025, 9, 6), "attack", "2025-09-05", "San Antonio", None, 2),
    ("BALTIMORE — Three men were shot, one fatally, Sunday night in West Baltimore, police said.\n\nOfficers "
     "were called to the 1800 block of Edmondson Avenue just before 9 p.m. One man, 31, died at a hospital.",
     date(2025, 9, 8), "attack", "2025-09-07", "Baltimore", 1, None),
    ("DETROIT — A 22-year-old man was killed in a shooting shortly after midnight Sunday on the city's east "
     "side, Detroit police said.\n\nThe man was shot during an argument outside a party store. Police are "
     "looking for a man in a black hoodie.",
     date(2025, 9, 15), "attack", "2025-09-14", "Detroit", 1, None),
    ("MOBILE, Ala. — Police responded to reports of shots fired on Dauphin Island Parkway around 9 p.m. "
     "Thursday and found a man dead inside a car.\n\nThe man, 26, had been shot several times, police "
     "said. No arrests have been made.",
     date(2025, 9, 19), "attack", "2025-09-18", "Mobile", 1, None),
    ("CHATTANOOGA, Tenn. — Police on Wednesday arrested a man in connection with a shooting Tuesday night "
     "that wounded a woman on Brainerd Road.\n\nThe woman, 34, was shot in the shoulder. The man, 40, was "
     "charged with aggravated assault.",
     date(2025, 9, 25), "attack arrest", "2025-09-23", "Chattanooga", None, 1),
    ("Man shot dead in Hartford's North End\n\nHARTFORD, Conn. — A man was shot and killed Wednesday "
     "afternoon on Garden Street, Hartford police said.\n\nThe man, in his 30s, was found lying near a "
     "bus stop. He was pronounced dead at Saint Francis Hospital.",
     date(2025, 10, 2), "attack", "2025-10-01", "Hartford", 1, None),
    ("By Staff | Lincoln Journal Star\n\nA Lincoln man was shot in the hand early Saturday at a house "
     "party near 27th and Vine streets, Lincoln police said.\n\nThe man, 21, went to a hospital himself. "
     "Officers are trying to identify the shooter.",
     date(2025, 10, 5), "attack", "2025-10-04", "Lincoln", None, 1),
    ("TOPEKA, Kan. — A masked man shot and wounded a store clerk during a robbery Monday night, Topeka "
     "police said.\n\nThe robber took cash from the register and fled on foot. The clerk, 58, is in "
     "stable condition.",
     date(2025, 10, 7), "attack", "2025-10-06", "Topeka", None, 1),
    ("MONTGOMERY, Ala. — A Montgomery police officer was shot and wounded early Thursday while answering a "
     "domestic call on the west side, the chief said.\n\nThe officer is expected to survive. The man who "
     "fired was taken into custody at the house.",
     date(2025, 10, 10), "attack arrest?", "2025-10-09", "Montgomery", None, 1),
    ("SYRACUSE, N.Y. — A man was stabbed in the neck Saturday night on the city's North Side and is "
     "expected to survive, police said.\n\nThe man, 44, told officers he was attacked by someone he knew. "
     "No one has been charged.",
     date(2025, 10, 12), "attack", "2025-10-11", "Syracuse", None, 1),
    ("SHREVEPORT, La. — Two men were found shot to death inside a home in the Queensborough neighborhood "
     "Monday morning, police said.\n\nA relative found the men, 52 and 49, and called 911. Detectives do "
     "not believe the killings were random.",
     date(2025, 10, 14), "attack", "2025-10-13", "Shreveport", 2, None),
    ("A shooting at a Tacoma park on Sunday evening left a 16-year-old boy dead, police said.\n\nOfficers "
     "found the boy near a picnic shelter at about 6:30 p.m. Several people ran from the park after the "
     "shots.",
     date(2025, 10, 20), "attack", "2025-10-19", "Tacoma", 1, None),
    ("DAYTON, Ohio — Someone fired at least six shots into an occupied house on Wednesday night, Dayton "
     "police said.\n\nA mother and her two children were inside. No one was hurt, but bullets went through "
     "a bedroom wall.",
     date(2025, 10, 23), "attack", "2025-10-22", "Dayton", None, None),
    ("RICHMOND, Va. — A man was killed and a woman was injured in a shooting late Friday in the Gilpin "
     "neighborhood, Richmond police said.\n\nThe woman, 30, is expected to survive. Police have not "
     "released the man's name.",
     date(2025, 10, 25), "attack", "2025-10-24", "Richmond", 1, 1),
    ("Knife attack in Bristol leaves man in hospital\n\nA man is in a critical condition after being "
     "stabbed in Bristol on Thursday evening, Avon and Somerset Police said.\n\nThe man, aged 28, was "
     "found injured on Stapleton Road at about 8.30pm.",
     date(2025, 10, 31), "attack", "2025-10-30", "Bristol", None, 1),
    ("TUCSON, Ariz. — A man was arrested Sunday, a day after he shot and wounded his neighbor during an "
     "argument over a dog, Tucson police said.\n\nThe neighbor, 61, was shot in the hip on Saturday "
     "evening. The man, 45, faces aggravated assault charges.",
     date(2025, 11, 3), "attack arrest", "2025-11-01", "Tucson", None, 1),
    ("ROCKFORD, Ill. — A 20-year-old woman died of her wounds Thursday, two days after she was shot at a "
     "gas station on the city's south side, police said.\n\nThe shooting happened just before 8 p.m. "
     "Tuesday.",
     date(2025, 11, 7), "attack", "2025-11-04", "Rockford", 1, None),
    ("FORT WORTH, Texas — A man was shot dead early Saturday outside a nightclub on the city's south "
     "side.\n\nOfficers found the man, 35, in the parking lot around 2 a.m. A second man was detained for "
     "questioning and later released.",
     date(2025, 11, 9), "attack arrest?", "2025-11-08", "Fort Worth", 1, None),
    ("LEEDS — A woman was stabbed to death at a house in Harehills on Monday afternoon, West Yorkshire "
     "Police said.\n\nA 37-year-old man was arrested at the scene on suspicion of murder.",
     date(2025, 11, 11), "attack arrest", "2025-11-10", "Leeds", 1, None),
]

_NO_ATTACK: list[tuple[str, date, str, str | None, str | None, int | None, int | None]] = [
    ("ROCHESTER, Minn. — Police will hold an active shooter training exercise at a downtown arena on "
     "Saturday morning, and people nearby may hear simulated gunfire, the department said.\n\nOfficers, "
     "firefighters and paramedics will take part.",
     date(2025, 7, 10), "", None, None, None, None),
    ("MARQUETTE, Mich. — A 54-year-old hunter was accidentally shot in the shoulder by his son on Sunday "
     "while hunting deer, the Department of Natural Resources said.\n\nThe son mistook movement in the "
     "brush for a deer. The man is expected to recover.",
     date(2025, 11, 18), "", None, None, None, None),
    ("ATLANTA — Film crews shooting a crime drama closed several blocks of Peachtree Street on Tuesday "
     "night, and residents heard staged gunfire until 2 a.m.\n\nThe production said it had notified "
     "police in advance.",
     date(2025, 7, 16), "", None, None, None, None),
    ("PINEHURST, N.C. — Local amateur Tom Reddick shot a 68 on Thursday to take a two-stroke lead after "
     "the first round of the county championship.\n\nReddick made six birdies and two bogeys.",
     date(2025, 7, 25), "", None, None, None, None),
    ("FLINT, Mich. — Dozens of people gathered Saturday at a park on the north side to remember three "
     "people who were shot and killed there a year ago.\n\nNo one has been charged in the killings. A "
     "pastor led a prayer and families released doves.",
     date(2025, 8, 4), "attack?", None, None, None, None),
    ("LANCASTER, Pa. — Officers answering a gunfire alert late Friday found several shell casings in an "
     "alley off King Street but no one hurt and no damage, police said.\n\nThe department asked anyone "
     "with home cameras to check their footage.",
     date(2025, 8, 9), "", None, None, None, None),
    ("MACON, Ga. — A jury on Thursday found a 31-year-old man guilty of murder in the shooting of a man "
     "at a car wash in March of last year.\n\nSentencing is set for next month.",
     date(2025, 8, 15), "arrest attack?", "2025-08-14", "Macon", None, None),
    ("NORFOLK, Va. — A man who opened fire on a crowd outside a bar in 2023 was sentenced Monday to life "
     "in prison, a judge ruled.\n\nTwo people were wounded in that shooting.",
     date(2025, 8, 19), "arrest attack?", "2025-08-18", "Norfolk", None, None),
    ("EUGENE, Ore. — Officers checking a report of gunshots on Tuesday night found that a car had "
     "backfired several times in a parking lot, police said.\n\nNo one was hurt.",
     date(2025, 8, 21), "", None, None, None, None),
    ("BOISE, Idaho — A 58-year-old man died of a self-inflicted gunshot wound at his home on Friday, the "
     "county coroner said.\n\nPolice said there is no danger to the public.",
     date(2025, 8, 25), "", None, None, None, None),
    ("MILWAUKEE — Shootings in the city are down 20 percent so far this year compared with last year, the "
     "police chief told the Fire and Police Commission on Thursday.\n\nHomicides have also fallen, he "
     "said.",
     date(2025, 9, 12), "", None, None, None, None),
    ("OMAHA, Neb. — The county health department will give free flu shots on Saturday at three libraries "
     "across the city.\n\nNo appointment is needed.",
     date(2025, 9, 24), "", None, None, None, None),
    ("LEXINGTON, Ky. — Senior guard Darius Hale hit the winning shot at the buzzer Friday night to lift "
     "the Wildcats past their rivals, 71-69.\n\nHale finished with 24 points.",
     date(2025, 11, 15), "", None, None, None, None),
    ("SALEM, Ore. — A 4-year-old boy was hurt when he accidentally shot himself with a handgun he found "
     "in a nightstand on Sunday, police said.\n\nThe boy is expected to recover.",
     date(2025, 9, 29), "", None, None, None, None),
    ("ASHEVILLE, N.C. — Wildlife officers shot and killed a black bear that wandered into a school "
     "playground on Monday morning.\n\nNo one was hurt. Officials said the bear had grown used to "
     "people.",
     date(2025, 10, 7), "", None, None, None, None),
    ("DULUTH, Minn. — The police department will offer a free gun safety class on Saturday at its "
     "range on Rice Lake Road, with live fire for those who sign up.",
     date(2025, 10, 16), "", None, None, None, None),
    ("A year on from the stabbing of a teenager in Sheffield, his mother has called for more youth clubs "
     "in the city.\n\nShe spoke on Monday at a council meeting. His killer was jailed for life in the "
     "spring.",
     date(2025, 10, 28), "attack? arrest?", None, None, None, None),
    ("WORCESTER, Mass. — A judge on Wednesday set a trial date of March 3 for a man charged in a shooting "
     "that killed a teenager in 2024.\n\nThe man has pleaded not guilty.",
     date(2025, 11, 13), "arrest? attack?", None, None, None, None),
    ("SPOKANE, Wash. — A photographer shot the eclipse from the roof of the county courthouse on Sunday, "
     "and his pictures drew thousands of likes.",
     date(2025, 11, 4), "", None, None, None, None),
    ("PORTLAND, Maine — Police said a report of a man with a gun at a mall on Saturday turned out to be a "
     "teenager carrying a toy rifle.\n\nNo shots were fired and no one was arrested.",
     date(2025, 11, 17), "", None, None, None, None),
]

STORIES = _ATTACKS + _NO_ATTACK
