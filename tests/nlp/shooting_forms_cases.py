"""A probe of the shooting forms local reports still use: invented reports in the manner of US papers and TV sites.

Each row: (text, published, event type, day, town, (lat, lon), killed, injured).

- ``event type``: the attack type a careful coder records (``evaluation/real/README.md``): a criminal shooting of
  people is "attack.civilians", a shoot-out with police "attack.ground"; "" for a report of no attack (a film
  shoot, a fired coach, a kiln, a hunter, celebratory or accidental gunfire, fireworks).
- ``day``: the day (ISO) the attack happened, read from the story's weekday words against the publication day.
- ``town`` and ``(lat, lon)``: the record's place must name the town and lie within 50 km of it: the dateline's
  town in its own state, not a namesake elsewhere, when the story names no other place for the act.
- ``killed`` / ``injured``: the counts the record must carry (numerals only), or None when not checked.

The towns are real so that the gazetteer knows them; every incident, name and street is invented.
"""

from __future__ import annotations

from datetime import date

MON = date(2025, 6, 9)  # a Monday: Friday is 06-06, Saturday 06-07, Sunday 06-08
THU = date(2025, 6, 12)
FRI = date(2025, 6, 13)

Row = tuple[str, date, str, str | None, str | None, tuple[float, float] | None, int | None, int | None]

CASES: list[Row] = [
    # --- datelines: the act is placed at the dateline's town, in its state ---
    ("TULSA, Okla. (AP) — A man was fatally shot late Saturday outside a convenience store on the city's east "
     "side, police said.", MON, "attack.civilians", "2025-06-07", "Tulsa", (36.15, -95.99), None, None),
    ("SPRINGFIELD, Mass. -- Two men were wounded when someone opened fire on them early Sunday morning in the "
     "North End, police said.", MON, "attack.civilians", "2025-06-08", "Springfield", (42.10, -72.59), None, 2),
    ("By Jane Roe, Staff Writer\n\nDAYTON — A 19-year-old was shot shortly after midnight Sunday on the city's "
     "west side and later died, police said.", MON, "attack.civilians", "2025-06-08", "Dayton", (39.76, -84.19),
     None, None),
    ("BIRMINGHAM, Ala. — A man was gunned down outside his home late Friday, police said. Detectives have no "
     "suspect.", MON, "attack.civilians", "2025-06-06", "Birmingham", (33.52, -86.80), None, None),
    ("ALBANY, Ga. — Two people were wounded when a gunman opened fire at a car wash on Sunday afternoon, "
     "police said.", MON, "attack.civilians", "2025-06-08", "Albany", (31.58, -84.16), None, 2),
    ("PORTLAND, Maine — A man was shot in the arm during a fight outside a bar early Saturday morning, police "
     "said.", MON, "attack.civilians", "2025-06-07", "Portland", (43.66, -70.26), None, None),
    ("COLUMBUS, Ga. — A 16-year-old boy was fatally shot late Sunday near a recreation center, police said.",
     MON, "attack.civilians", "2025-06-08", "Columbus", (32.46, -84.99), None, None),
    ("By Mark Ellis, Courier Staff Writer\n\nEVANSVILLE — A woman was shot and killed early Sunday morning in "
     "her driveway, police said. Her husband was questioned.", MON, "attack.civilians", "2025-06-08",
     "Evansville", (37.97, -87.57), None, None),
    ("SAVANNAH, Ga. — A woman was shot and killed early Sunday morning in her car on the city's south side. "
     "Police have not named a suspect.", MON, "attack.civilians", "2025-06-08", "Savannah", (32.08, -81.09),
     None, None),
    ("HARTFORD, Conn. — A man was shot in the chest shortly after midnight outside a bar, police said. He is "
     "expected to survive.", MON, "attack.civilians", "2025-06-09", "Hartford", (41.76, -72.68), None, None),
    ("WICHITA, Kan. (KSN) — Police are looking for the person who shot a 20-year-old man late Saturday night "
     "in a parking lot near a bowling alley.", MON, "attack.civilians", "2025-06-07", "Wichita", (37.69, -97.34),
     None, None),
    # --- a gunman shoots into a crowd, a house, a car ---
    ("ROCKFORD, Ill. — A gunman shot into a crowd gathered outside a nightclub early Sunday, wounding three "
     "people, police said.", MON, "attack.civilians", "2025-06-08", "Rockford", (42.27, -89.09), None, 3),
    ("TOLEDO, Ohio — Someone started shooting into a group of teenagers leaving a party early Sunday, injuring "
     "two, police said.", MON, "attack.civilians", "2025-06-08", "Toledo", (41.66, -83.56), None, 2),
    ("STOCKTON, Calif. — Two men fired into a crowd at a backyard party late Saturday, killing one person and "
     "wounding four, police said.", MON, "attack.civilians", "2025-06-07", "Stockton", (37.96, -121.29), None, 4),
    ("MACON, Ga. (WMAZ) — Someone sprayed a house with bullets late Friday while a family slept inside. No one "
     "was hurt, deputies said.", MON, "attack.civilians", "2025-06-06", "Macon", (32.84, -83.63), None, None),
    ("KNOXVILLE, Tenn. — Shots were fired into an occupied home late Thursday in East Knoxville, police said. "
     "No one was struck.", FRI, "attack.civilians", "2025-06-12", "Knoxville", (35.96, -83.92), None, None),
    ("PEORIA, Ill. — A gunman fired several shots into a car stopped at a red light Friday evening, wounding "
     "the driver, police said.", MON, "attack.civilians", "2025-06-06", "Peoria", (40.69, -89.59), None, None),
    ("SHREVEPORT, La. — Police said someone shot up a house on Tuesday night, hitting a 6-year-old girl who was "
     "asleep in her bed.", THU, "attack.civilians", "2025-06-10", "Shreveport", (32.53, -93.75), None, None),
    ("FLINT, Mich. — A man opened fire on a group of people standing outside a corner store late Tuesday, "
     "wounding two, police said.", THU, "attack.civilians", "2025-06-10", "Flint", (43.01, -83.69), None, 2),
    ("MEMPHIS, Tenn. — Gunmen riddled a parked car with bullets Saturday afternoon, killing a 22-year-old man "
     "inside, police said.", MON, "attack.civilians", "2025-06-07", "Memphis", (35.15, -90.05), None, None),
    ("GARY, Ind. — Someone in a passing car sprayed gunfire at a group on a porch late Friday, wounding "
     "three people, police said.", MON, "attack.civilians", "2025-06-06", "Gary", (41.59, -87.35), None, 3),
    ("Police in Waco say a man fired a rifle at a neighbor's house on Saturday night after an argument over "
     "a dog. No one was hit.", MON, "attack.civilians", "2025-06-07", "Waco", (31.55, -97.15), None, None),
    ("A gunman shot into a crowded bus stop in Hartford on Friday afternoon, wounding two women, police said.",
     MON, "attack.civilians", "2025-06-06", "Hartford", (41.76, -72.68), None, 2),
    # --- a shoot-out with police ---
    ("LAREDO, Texas — A man traded shots with police early Saturday after a chase ended on the south side, "
     "the police chief said. The man was wounded and taken into custody.", MON, "attack.ground", "2025-06-07",
     "Laredo", (27.51, -99.51), None, None),
    ("BAKERSFIELD, Calif. — A man who opened fire on deputies during a traffic stop Sunday afternoon was killed "
     "when they returned fire, the sheriff's office said.", MON, "attack.ground", "2025-06-08", "Bakersfield",
     (35.37, -119.02), None, None),
    ("AKRON, Ohio — Officers traded gunfire with a barricaded man for about an hour early Wednesday before he "
     "surrendered, police said.", THU, "attack.ground", "2025-06-11", "Akron", (41.08, -81.52), None, None),
    ("FRESNO, Calif. — A suspect exchanged fire with officers late Thursday near a park in west Fresno; no "
     "officers were hurt.", FRI, "attack.ground", "2025-06-12", "Fresno", (36.74, -119.79), None, None),
    ("OCALA, Fla. — Deputies said a man fired at them from his porch late Friday and they fired back, "
     "wounding him.", MON, "attack.ground", "2025-06-06", "Ocala", (29.19, -82.14), None, None),
    ("LUBBOCK, Texas (KCBD) — A robbery suspect shot at two officers shortly after midnight Sunday, and one of "
     "the officers returned fire, police said.", MON, "attack.ground", "2025-06-08", "Lubbock",
     (33.58, -101.86), None, None),
    # --- look-alikes: no attack ---
    ("SAVANNAH, Ga. — A film crew will shoot scenes for a crime drama downtown on Saturday, the city said.",
     MON, "", None, None, None, None, None),
    ("DAYTON, Ohio — Photographers shot portraits of veterans at the main library on Sunday for a new exhibit.",
     MON, "", None, None, None, None, None),
    ("TOLEDO, Ohio — The school board fired the district's superintendent late Monday after a closed session.",
     THU, "", None, None, None, None, None),
    ("SPRINGFIELD, Ill. — The governor fired up the crowd at a union rally on Saturday.", MON, "", None, None,
     None, None, None),
    ("ASHEVILLE, N.C. — Potters fired their bowls in a wood kiln over the weekend at the craft school.", MON,
     "", None, None, None, None, None),
    ("BEMIDJI, Minn. — A hunter shot a 10-point buck on Saturday morning, the first day of the season.", MON,
     "", None, None, None, None, None),
    ("BOISE, Idaho — The city council shot down a proposal for a new stadium late Tuesday.", THU, "", None,
     None, None, None, None),
    ("RALEIGH, N.C. — The county health department gave 300 flu shots at a drive-through clinic on Saturday.",
     MON, "", None, None, None, None, None),
    ("MESA, Ariz. — A new indoor shooting range opened Saturday in east Mesa, with 24 lanes and a gun shop.",
     MON, "", None, None, None, None, None),
    ("OMAHA, Neb. — Reports of gunshots late Saturday turned out to be fireworks set off by neighbors, police "
     "said.", MON, "", None, None, None, None, None),
    ("EL PASO, Texas — Guests fired guns into the air at a wedding early Sunday to celebrate; no one was hurt.",
     MON, "", None, None, None, None, None),
    ("LINCOLN, Neb. — The senator fired back at critics of the farm bill on Monday.", THU, "", None, None,
     None, None, None),
    ("NASHVILLE, Tenn. — The singer's new album shot to the top of the charts this week.", MON, "", None,
     None, None, None, None),
    ("DULUTH, Minn. — The coach took a shot at the referees after Friday's loss.", MON, "", None, None, None,
     None, None),
    ("BUFFALO, N.Y. — Fireworks shot over the harbor late Saturday as thousands watched.", MON, "", None,
     None, None, None, None),
    ("The company fired 60 workers at its plant in Muncie on Friday.", MON, "", None, None, None, None, None),
    ("MILWAUKEE — The guard shot 9 of 12 from the field on Saturday night in the win.", MON, "", None, None,
     None, None, None),
    ("CASPER, Wyo. — A man accidentally shot himself in the leg while cleaning his rifle at home on Sunday, "
     "deputies said.", MON, "", None, None, None, None, None),
    ("TUCSON, Ariz. — Officers shot a loose bull that charged at drivers on a highway Sunday morning.", MON,
     "", None, None, None, None, None),
    ("RENO, Nev. — Revelers fired celebratory gunfire at midnight on New Year's Eve, and police asked them to "
     "stop.", MON, "", None, None, None, None, None),
]
