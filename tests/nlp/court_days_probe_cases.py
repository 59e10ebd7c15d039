"""A probe of local court and arrest stories: which acts are new, on which day, and where.

Each row: (text, records, detained, where). ``records`` lists the ``arrest`` records a careful coder
makes, one token each, ``status`` or ``status@date`` (the record's first day must start with
``date``); a trailing "?" marks a record that may be left out, or that may be made only with that
date; "" says no arrest record. ``detained``: an int is the count a record must carry, None checks
no count. ``where``: the ISO 3166-2 state or the ISO3 country every arrest record must be placed in
(None checks no place). Published Thursday 2025-05-22, so Monday is 05-19 and Saturday 05-17.
Towns are real only so that the gazetteer knows them; every person and incident is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str, int | None, str | None]] = [
    # --- one act told twice: one record ---
    ("SPRINGFIELD, Ill. — Springfield police arrested a 31-year-old man Tuesday after a clerk was "
     "robbed at knifepoint at a liquor store. Officers found the man hiding behind a dumpster and "
     "took him into custody, a police spokeswoman said.", "occurred@2025-05-20", None, "US-IL"),
    ("ROCHESTER, Minn. — A Rochester woman has been charged with stealing more than $40,000 from a "
     "youth hockey association. She was charged Monday with two counts of theft by swindle, "
     "according to a criminal complaint.", "occurred@2025-05-19", None, "US-MN"),
    ("FORT WAYNE, Ind. — A man accused of firing shots into a neighbor's house was arrested "
     "Wednesday. The arrest followed a two-day search by deputies, who found him at a relative's "
     "home.", "occurred@2025-05-21", None, "US-IN"),
    ("LINCOLN, Neb. — Lincoln police arrested two teenagers early Sunday after a string of car "
     "thefts. Both teens were booked into the youth detention center, police said.",
     "occurred@2025-05-18", 2, "US-NE"),
    ("ERIE, Pa. — A jury on Tuesday convicted an Erie man of third-degree murder in the beating "
     "death of his stepfather. The verdict came after about five hours of deliberation.",
     "occurred@2025-05-20", None, "US-PA"),
    ("MISSOULA, Mont. — A Missoula man who set fire to an occupied apartment building was "
     "sentenced Wednesday to 25 years in prison. Judge Carla Benning handed down the sentence after "
     "hearing from several tenants.", "occurred@2025-05-21", None, "US-MT"),
    ("A Waco man was charged Tuesday with arson in a fire that destroyed a vacant church. He faces "
     "up to 20 years in prison if convicted.", "occurred@2025-05-20", None, None),
    ("A Yuma woman was charged Tuesday with manslaughter in the death of a cyclist and pleaded not "
     "guilty.", "occurred@2025-05-20", None, None),
    ("A Billings man charged in a fatal hit-and-run turned himself in at the county jail "
     "Wednesday.", "occurred@2025-05-21", None, None),
    ("Deputies arrested 12 people Friday in a prostitution sting at a Joplin motel. All 12 were "
     "taken to the county jail.", "occurred@2025-05-16", 12, None),
    # --- two acts on two days: a record each ---
    ("AKRON, Ohio — Akron police arrested a 40-year-old man Saturday after a woman was found "
     "beaten in a parked car. Prosecutors charged him Tuesday with felonious assault.",
     "occurred@2025-05-17 occurred@2025-05-20", None, "US-OH"),
    ("TOLEDO, Ohio — A Toledo woman was arrested Friday in the death of her 2-year-old son. On "
     "Monday, a grand jury indicted her on charges of murder and child endangering.",
     "occurred@2025-05-16 occurred@2025-05-19", None, "US-OH"),
    ("A jury convicted a Muncie man on Monday of robbing a pharmacy at gunpoint. On Wednesday a "
     "judge sentenced him to 18 years in prison.", "occurred@2025-05-19 occurred@2025-05-21", None, None),
    ("DES MOINES, Iowa — Police arrested a Des Moines man on May 10 after a shooting outside a bar. "
     "He was formally charged Tuesday with attempted murder.",
     "occurred@2025-05-10 occurred@2025-05-20", None, "US-IA"),
    ("A woman arrested Friday in the stabbing of her roommate was charged Monday with aggravated "
     "assault.", "occurred@2025-05-16 occurred@2025-05-19", None, None),
    ("Police arrested two men Saturday and a third on Sunday in the robbery of a Pueblo pawn shop.",
     "occurred@2025-05-17 occurred@2025-05-18", 2, None),
    ("A Macon man pleaded guilty Monday to robbing two banks. Sentencing is set for Sept. 4.",
     "occurred@2025-05-19 planned", None, None),
    ("Police said Tuesday they had arrested a man on May 3 in connection with the theft of copper "
     "wire from a rail yard.", "occurred@2025-05-03", None, None),
    # --- an old conviction told as background: no new record, or one in its own year ---
    ("OGDEN, Utah — A man arrested Tuesday in a string of burglaries was convicted of similar "
     "crimes in 2016, court records show.", "occurred@2025-05-20 occurred@2016?", None, "US-UT"),
    ("A Reno man charged Monday with drunk driving has three prior convictions for the same "
     "offense.", "occurred@2025-05-19", None, None),
    ("SAVANNAH, Ga. — Police on Tuesday arrested a man suspected of robbing a convenience store. "
     "He was on probation after a 2022 conviction for burglary, police said.",
     "occurred@2025-05-20 occurred@2022?", None, "US-GA"),
    ("The suspect had served prison time for robbery and was released on parole in 2021.", "", None, None),
    ("A Casper man sentenced Monday for stealing cattle had been convicted of theft twice before, "
     "the prosecutor said.", "occurred@2025-05-19", None, None),
    # --- an act retold with a new step that is no new act ---
    ("CANTON, Ohio — The trial of a Canton man accused of killing a jogger began Wednesday with "
     "opening statements. He was arrested last June after DNA linked him to the scene.",
     "occurred@2024-06?", None, None),
    ("A Salem man accused of setting a string of brush fires was arrested in March. On Tuesday he "
     "pleaded not guilty.", "occurred@2025-03?", None, None),
    ("GREEN BAY, Wis. — A hearing for a Green Bay man charged with hitting a pedestrian was "
     "postponed Monday. He was arrested in January and remains in the county jail.",
     "occurred@2025-01?", None, None),
    ("A Tulsa man charged in a fatal hit-and-run last fall was released on bond Monday.",
     "occurred@2024?", None, None),
    ("Lawyers for a Yonkers man charged in a fatal crash are discussing a possible plea agreement "
     "with prosecutors, his attorney said Tuesday.", "", None, None),
    ("Jury selection began Monday in the trial of a man accused of killing a Bend store clerk in "
     "2023.", "", None, None),
    ("A detective testified Wednesday that the defendant confessed during a four-hour interview.",
     "", None, None),
    ("A sentencing hearing for a former county treasurer convicted of embezzlement was postponed "
     "Tuesday until next month.", "planned?", None, None),
    # --- an arrest somewhere else than the dateline ---
    ("OMAHA, Neb. — An Omaha man wanted in the shooting death of his neighbor was arrested Tuesday "
     "in Denver, Omaha police said.", "occurred@2025-05-20", None, "US-CO"),
    ("EL PASO, Texas — A woman charged with kidnapping her two children was arrested Saturday in "
     "Mexico, the FBI said.", "occurred@2025-05-17", None, "MEX"),
    ("BURLINGTON, Vt. — A Burlington man accused of stealing from his employer was taken into "
     "custody Monday in Florida, police said.", "occurred@2025-05-19", None, "US-FL"),
    ("LOUISVILLE, Ky. — A Louisville teenager was arrested in Cincinnati on Sunday, two days after "
     "a shooting at a Louisville park.", "occurred@2025-05-18", None, "US-OH"),
    ("BUFFALO, N.Y. — A Buffalo man charged with defrauding elderly investors was arrested in "
     "Toronto on Friday, federal prosecutors said.", "occurred@2025-05-16", None, "CAN"),
    ("SPOKANE, Wash. — A Spokane woman wanted in a string of pharmacy thefts was arrested "
     "Wednesday in Boise, Idaho.", "occurred@2025-05-21", None, "US-ID"),
    # --- look-alikes: no arrest ---
    ("ALBANY, N.Y. — A 58-year-old man went into cardiac arrest while shoveling snow Tuesday and "
     "died at a hospital.", "", None, None),
    ("A Dayton police officer performed CPR on a man in cardiac arrest at a bus stop on Monday.",
     "", None, None),
    ("The bakery's owner joked that the building's long vacancy was a case of arrested "
     "development.", "", None, None),
    ("The drug appears to arrest the growth of tumors in mice, researchers said Tuesday.", "", None, None),
    ("MACON, Ga. — A man who spent 22 years in prison for a robbery he did not commit walked free "
     "Tuesday.", "cancelled?", None, None),
    ("A former mayor convicted of bribery was released from federal prison Friday after serving "
     "four years.", "", None, None),
    ("The state parole board will hold a hearing next month on the release of a woman convicted in "
     "a 1998 robbery.", "occurred@1998?", None, None),
    ("A Topeka woman sued the city on Monday, saying officers used excessive force when they "
     "arrested her in 2023.", "occurred@2023?", None, None),
    ("Police have obtained an arrest warrant for a 25-year-old man in a Sunday shooting but have "
     "not found him.", "planned?", None, None),
    ("This booking photo provided by the county sheriff's office shows a 44-year-old man.", "", None, None),
    ("A jury on Monday ordered a trucking company to pay $3 million to the family of a man killed in "
     "a crash.", "", None, None),
    ("The new task force is charged with reducing car thefts in the downtown area.", "", None, None),
    ("Police are looking for a man wanted on a probation violation warrant and say he may be "
     "armed.", "", None, None),
    ("A jury acquitted a Peoria man Tuesday of charges that he shot at police officers.",
     "cancelled?", None, None),
    ("The driver was not arrested, and no charges have been filed, police said.", "", None, None),
    ("Prosecutors said Tuesday they would not file charges against the homeowner who shot an "
     "intruder.", "rejected?", None, None),
    ("Students at a Lansing high school held a mock trial Tuesday in which a jury convicted a "
     "storybook wolf of breaking and entering.", "", None, None),
    ("A man arrested at a 2020 protest now runs for a seat on the Eugene school board.",
     "occurred@2020?", None, None),
    ("The sheriff said the jail booked about 900 people last month, most on misdemeanor charges.",
     "occurred@2025-04?", None, None),
]
