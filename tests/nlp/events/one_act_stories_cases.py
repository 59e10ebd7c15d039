"""One act, one record: invented stories (two to six sentences, a dateline and a publication day) where one
act is told more than once, in the manner of wire and local reports, and look-alikes where two acts of one
kind are truly two. Each row: (text, published, the records a careful coder makes, by family).

The towns are real so that the gazetteer knows them; every incident, name and number is invented.
"""

from __future__ import annotations

from datetime import date

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2025, 6, d) for d in (8, 9, 10, 11, 12, 13, 14))

# (text, published, {family: records})
ONE_ACT: list[tuple[str, date, dict[str, int]]] = [
    # --- one sentence, one act, two places of which one holds the other (a town in its county) ---
    ("MADISON, Wis. — An inmate was beaten by two cellmates in the Dane County jail in Madison on Sunday, the "
     "sheriff said. The man, 44, was taken to a hospital with a broken jaw.", MON, {"attack": 1}),
    ("INDIANAPOLIS — Detectives say a guard was stabbed with a sharpened toothbrush inside the Marion County "
     "jail in Indianapolis early Saturday. The guard is expected to recover.", MON, {"attack": 1}),
    ("AUSTIN, Texas — A man was shot outside a convenience store in Travis County near Austin late Friday, "
     "deputies said. He was listed in stable condition on Saturday.", SAT, {"attack": 1}),
    ("CINCINNATI — A woman was robbed and beaten at a bus stop in Hamilton County in Cincinnati on Tuesday "
     "night, police said. Officers are looking for a man in a grey hoodie.", WED, {"attack": 1}),
    ("DES MOINES, Iowa — A grand jury in Polk County indicted a Des Moines man on Monday on charges of "
     "burglary and arson. He is being held on a $50,000 bond.", TUE, {"arrest": 1}),
    # --- a lede dated by its telling ("police said Monday"), the act's own day told later ---
    ("Two people were killed and five hurt in a knife attack at a bus station in southern Spain, police said "
     "on Monday. The attack happened on Sunday evening at the station in Malaga. A man was detained at the "
     "scene.", MON, {"attack": 1, "arrest": 1}),
    ("A gunman killed three people at a car wash in Texas, officials said Tuesday. The shooting took place "
     "late Monday at a car wash in Lubbock, the police chief said.", TUE, {"attack": 1}),
    ("Three soldiers were wounded when a roadside bomb hit their patrol in northern Mali, the army said on "
     "Wednesday. The blast struck the patrol on Tuesday near Gao, a spokesman said.", WED, {"attack": 1}),
    ("Four pilgrims were hurt in a stabbing at a shrine in Iraq, state media reported on Friday. The "
     "attack took place on Thursday at a shrine in Karbala.", FRI, {"attack": 1}),
    # --- an arrest and its booking or charge on the same day ---
    ("TOPEKA, Kan. — Police arrested a 30-year-old man on Friday after a chase through downtown Topeka. He "
     "was booked into the Shawnee County jail on Friday on charges of fleeing and eluding.", SAT,
     {"arrest": 1}),
    ("BOISE, Idaho — A woman was arrested Tuesday in Boise after a break-in at a pharmacy. She was charged "
     "Tuesday with burglary and possession of a controlled substance.", WED, {"arrest": 1}),
    ("FRESNO, Calif. — Deputies took a man into custody on Wednesday after a standoff at a home in Fresno. He "
     "was booked into jail the same day on suspicion of assault with a deadly weapon.", THU, {"arrest": 1}),
    ("A man was arrested in Spokane on Sunday over a string of car break-ins, police said. He was booked "
     "into the Spokane County jail on Sunday night.", MON, {"arrest": 1}),
    # --- a count in one sentence, the act in another ---
    ("MEMPHIS, Tenn. — Police are investigating a shooting on Saturday night at a park in Memphis. Three "
     "people were wounded, a spokesman said. One of them is in critical condition.", SUN, {"attack": 1}),
    ("KANO, Nigeria — Gunmen attacked a village near Kano on Tuesday. Eleven villagers were killed and "
     "dozens fled, a local official said.", WED, {"attack": 1}),
    ("MOSUL, Iraq — A car bomb exploded at a market in Mosul on Thursday. At least nine people died and 20 "
     "were wounded, medics said. No group claimed the bombing.", THU, {"attack": 1}),
    # --- one act typed two ways within its family (a fight and the stabbing in it; a shooting and an assault) ---
    ("OMAHA, Neb. — A man was stabbed during a fight outside a bar in Omaha early Sunday, police said. "
     "Officers said two men began fighting in the parking lot before one pulled a knife.", SUN,
     {"attack": 1}),
    ("TACOMA, Wash. — A store clerk was shot during a robbery in Tacoma on Monday night. The robber "
     "assaulted the clerk and then shot him in the leg, police said.", TUE, {"attack": 1}),
    ("A brawl at a wedding party in Bradford on Saturday left two men with stab wounds. Police said guests "
     "fought in the car park and one man was stabbed in the back.", SUN, {"attack": 1}),
    # --- the headline and the body ---
    ("Man held over Leeds shop stabbing\n\nA 27-year-old man was arrested on Tuesday after a shop worker "
     "was stabbed in Leeds on Monday. The worker is recovering in hospital.", WED, {"attack": 1, "arrest": 1}),
    ("Two charged in Tulsa burglary spree\n\nTULSA, Okla. — Two men were charged on Thursday with a series "
     "of burglaries in Tulsa, prosecutors said. They were arrested on Wednesday.", FRI, {"arrest": 2}),
    ("Police: Woman shot in Toledo\n\nTOLEDO, Ohio — A woman was shot in the arm on Friday night in Toledo. "
     "Police said she was hit by a stray bullet while sitting on her porch.", SAT, {"attack": 1}),
    # --- "the shooting" told again later with another precision of place or day ---
    ("RALEIGH, N.C. — A man was shot on Saturday afternoon in Raleigh. The shooting happened at an "
     "apartment complex on Glenwood Avenue around 3 p.m., police said. The victim is expected to live.",
     SUN, {"attack": 1}),
    ("A teenager was stabbed in south London on Wednesday. The stabbing, in Brixton, happened shortly "
     "after school finished, the Metropolitan Police said.", THU, {"attack": 1}),
    ("Rebels attacked an army post in eastern Congo this week, a military spokesman said. The assault on "
     "the post near Beni on Tuesday killed four soldiers.", THU, {"attack": 1}),
    ("A bomb went off outside a police station in Pakistan on Monday. The blast in Quetta wounded six "
     "officers, officials said.", TUE, {"attack": 1}),
    ("Protesters marched through Nairobi on Tuesday against new taxes. The march in the city centre drew "
     "thousands, witnesses said, and police fired tear gas.", WED, {"protest": 1}),
    ("LIMA, Peru — Miners blocked a highway in southern Peru on Monday. The protest near Arequipa, against a "
     "new mining law, lasted into the night.", TUE, {"protest": 1}),
    ("Foreign ministers of India and Pakistan met in Geneva on Tuesday. The talks in the Swiss city lasted "
     "three hours, an Indian official said.", WED, {"diplomacy": 1}),
    ("A man was shot dead in Kingston on Friday. Police said the killing, in the city's west, followed an "
     "argument over a debt.", SAT, {"attack": 1}),
]

TWO_ACTS: list[tuple[str, date, dict[str, int]]] = [
    # two shootings in one round-up on one night, in two neighbourhoods
    ("CHICAGO — A man was shot in Englewood on Saturday night. In a separate shooting an hour later, a woman "
     "was wounded in Rogers Park, police said.", SUN, {"attack": 2}),
    ("DETROIT — Two people were shot in separate incidents overnight. A man was shot on the east side just "
     "after midnight, and a second man was shot hours later on the west side, police said.", SUN,
     {"attack": 2}),
    # an arrest on Monday, a charge on Wednesday
    ("PHOENIX — Police arrested a man on Monday after a break-in at a shop in Phoenix. He was charged on "
     "Wednesday with burglary.", THU, {"arrest": 2}),
    ("A woman was arrested in Leeds on Saturday on suspicion of fraud. She was charged on Tuesday and will "
     "appear in court next month.", WED, {"arrest": 2}),
    # talks in two cities
    ("Negotiators from Sudan's warring sides met in Jeddah on Monday. On Wednesday the two delegations held a "
     "second round of talks in Cairo.", THU, {"diplomacy": 2}),
    ("The Serbian and Kosovan leaders held talks in Brussels on Monday. The next day, their deputies met in "
     "Vienna.", WED, {"diplomacy": 2}),
    # a bombing and the arrest it led to
    ("A bomb exploded at a bus stop in Kabul on Sunday, wounding six people. On Tuesday police arrested two "
     "men over the bombing.", WED, {"attack": 1, "arrest": 1}),
    ("A car bomb killed a judge in Tijuana on Friday. Police arrested a suspect in the bombing on "
     "Saturday.", SUN, {"attack": 1, "arrest": 1}),
    # two protests in two towns
    ("Farmers protested in Lyon on Monday against fuel prices. On the same day, hundreds of farmers rallied "
     "in Toulouse.", TUE, {"protest": 2}),
    ("Students marched in Valencia on Thursday. A second protest was held in Seville, where teachers "
     "joined them.", FRI, {"protest": 2}),
    # two attacks on two days at one place
    ("A drone hit a power station in Kharkiv on Monday. On Wednesday another drone struck the same station, "
     "officials said.", THU, {"attack": 2}),
    # two acts in one county, in two towns, on one night
    ("Two men were shot in Travis County on Saturday night: one in Austin, the other in Pflugerville, "
     "deputies said.", SUN, {"attack": 2}),
    # a stabbing, then an assault on another victim the next day
    ("A man was stabbed in Cardiff on Friday. On Saturday, a woman was punched in a separate attack in "
     "Newport, police said.", SUN, {"attack": 2}),
    # no act at all: a telling of an inquiry
    ("The county jail in Madison will get new cameras after a review of inmate safety, the sheriff said on "
     "Monday.", TUE, {}),
    ("Police in Tulsa said on Tuesday that burglaries fell by a fifth last year.", WED, {}),
    # an arrest and an attack of two different days and towns
    ("A man was stabbed in Salford on Monday. Separately, police arrested a woman in Bolton on Tuesday over a "
     "robbery.", WED, {"attack": 1, "arrest": 1}),
    ("Rebels shelled a village near Goma on Monday. On Tuesday, rebels shelled another village near Rutshuru, "
     "the army said.", WED, {"attack": 2}),
]
