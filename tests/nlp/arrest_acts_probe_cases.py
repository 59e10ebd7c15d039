"""A probe of arrests and court acts told over several sentences: one record per act and day.

Each row: (text, records, detained). ``records`` lists the ``arrest`` records a careful coder makes,
one token each, ``status`` or ``status@date`` (the record's first day must start with ``date``, so a
year or a month will do); a trailing "?" marks a record that may be left out, or that may be made
only with that date (a conviction years old is background, never today's act); "" says no arrest
record. ``detained``: an int is the count the record must carry, None checks no count. Published
Thursday 2025-05-22, so Friday is 05-16 and Wednesday 05-21. Towns are real only so that the
gazetteer knows them; every person and incident is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str, int | None]] = [
    # --- one act told again: no second record ---
    ("Lakeport police arrested three men Tuesday after a break-in at a hardware store. All of the "
     "arrests were made without incident, police said.", "occurred@2025-05-20", 3),
    ("Deputies arrested a Salina man on Monday in the theft of a pickup truck. He was taken into "
     "custody without incident at his home, the sheriff said.", "occurred@2025-05-19", None),
    ("Deputies arrested four people at a Macon house on Sunday. A handgun and $3,000 in cash were "
     "seized when they made the arrests at the house.", "occurred@2025-05-18", 4),
    ("A former Ames police officer was arrested Tuesday on charges of theft. Agents arrested him "
     "at his home without incident, a spokesman said.", "occurred@2025-05-20", None),
    ("Police arrested five people at a Topeka house on Wednesday. The arrests came after neighbors "
     "complained about drug sales on the street.", "occurred@2025-05-21", 5),
    ("A Waco man was taken into custody without incident Tuesday after a four-hour standoff with "
     "officers at his apartment.", "occurred@2025-05-20", None),
    ("Officers arrested two suspects hiding in a garage on Friday. No one was hurt when officers "
     "made the arrests, a police spokesman said.", "occurred@2025-05-16", 2),
    # --- the charge a warrant states is no new act ---
    ("Police arrested a 19-year-old Eugene man on Saturday in a string of car break-ins. The "
     "warrant charges him with six counts of theft.", "occurred@2025-05-17", None),
    ("Kenosha detectives arrested a woman Wednesday on a warrant charging her with forgery.",
     "occurred@2025-05-21", None),
    ("A Boise woman turned herself in to police Monday after a warrant was issued for her arrest "
     "last week. The warrant accuses her of stealing from an elderly neighbor.",
     "occurred@2025-05-19 planned?", None),
    # --- a sentence told with its hearing: one act ---
    ("A former bank teller was sentenced Friday following a two-hour hearing in Erie County Court.",
     "occurred@2025-05-16", None),
    ("A Tacoma man was sentenced Tuesday to eight years in prison for a string of robberies. The "
     "sentence was handed down following a hearing in which two of the clerks spoke.",
     "occurred@2025-05-20", None),
    ("A Pueblo man pleaded guilty Wednesday to a third drunk-driving offense. The judge then "
     "revoked his bond and sent him to jail.", "occurred@2025-05-21", None),
    ("The judge sentenced her to 90 days in jail and two years of probation.", "occurred", None),
    ("Racine man sentenced to 30 years in fatal stabbing", "occurred", None),
    # --- the act and a sentencing set ---
    ("A Flagstaff woman was convicted Monday of embezzling from a youth soccer league. Sentencing "
     "was set for July 18.", "occurred@2025-05-19 planned", None),
    ("A jury on Wednesday found a Lorain man guilty of robbing a pharmacy. He will be sentenced "
     "June 30.", "occurred@2025-05-21 planned?", None),
    ("A judge on Tuesday set sentencing for Aug. 2 for a Beloit man who pleaded guilty to arson in "
     "March.", "planned occurred@2025-03?", None),
    # --- an arrest after an attack ---
    ("A woman was stabbed several times outside a bar in Billings early Saturday. A 27-year-old man "
     "was arrested at the scene on suspicion of attempted murder.", "occurred@2025-05-17", None),
    ("A Decatur man stabbed his roommate during an argument on Sunday and was arrested at the scene "
     "on suspicion of attempted murder, police said.", "occurred@2025-05-18", None),
    ("A clerk was shot in the leg during a robbery at a Tulsa gas station on Monday night. Officers "
     "arrested a 20-year-old man a block away.", "occurred@2025-05-19", None),
    # --- custody as a state after the act ---
    ("A Bozeman man accused of setting fire to his former girlfriend's car was arrested Monday. He "
     "remains in custody on $10,000 bail.", "occurred@2025-05-19", None),
    ("He was arrested Friday and charged with burglary. He is being held at the Linn County jail.",
     "occurred@2025-05-16", None),
    ("Federal agents arrested the suspect in Columbus on Friday. He has been held in the Franklin "
     "County jail since then.", "occurred@2025-05-16", None),
    ("A Tempe man was arraigned Tuesday on a charge of vehicular manslaughter and pleaded not "
     "guilty.", "occurred@2025-05-20", None),
    # --- acts on days apart: a record each ---
    ("Two teenagers were arrested Saturday after a carjacking in Gary. Both were charged as adults "
     "on Monday.", "occurred@2025-05-17 occurred@2025-05-19", 2),
    ("A Marion accountant was indicted Tuesday on fraud charges. He was arrested Wednesday at his "
     "office.", "occurred@2025-05-20 occurred@2025-05-21", None),
    ("A Casper man who was arrested in February on charges of child abuse was sentenced Monday to "
     "six years in prison.", "occurred@2025-05-19 occurred@2025-02?", None),
    ("The man, who was convicted of bank robbery in 2008, was arrested again Tuesday.",
     "occurred@2025-05-20 occurred@2008?", None),
    # --- a police blotter: separate people, separate acts ---
    ("Jane Roe, 34, of Salem, was arrested Tuesday on a charge of theft. John Poe, 52, of Keizer, "
     "was arrested Wednesday on a charge of trespassing.", "occurred@2025-05-20 occurred@2025-05-21", None),
    ("Ella Marsh, 23, of Dover, was arrested Monday on a charge of shoplifting. Tom Reyes, 30, of "
     "Smyrna, was arrested Monday on a warrant for failure to appear.",
     "occurred@2025-05-19 occurred@2025-05-19?", None),
    # --- retold from years before: background or its own year, never today ---
    ("In 1991 he was convicted of fraud and served four years in prison.", "occurred@1991?", None),
    ("She was previously convicted of theft in 2019, records show.", "occurred@2019?", None),
    ("Webb has been held in the Dane County jail since October.", "occurred@2024-10?", None),
    ("He remains in custody.", "", None),
    ("A man who was arrested at a protest in 2020 has been elected to the city council.",
     "occurred@2020?", None),
    ("Jurors heard testimony Tuesday from a detective who arrested the defendant in 2023.",
     "occurred@2023?", None),
    # --- more court days: one record a day, a day set ahead is planned ---
    ("A Medford man pleaded guilty Monday to armed robbery and was sentenced to 10 years in prison.",
     "occurred@2025-05-19", None),
    ("A jury found a Bristol woman guilty of arson on Tuesday. Jurors deliberated for three hours "
     "before reaching the verdict.", "occurred@2025-05-20", None),
    ("A gunman wounded a cashier at a Laredo store on Saturday. Police arrested a suspect on Sunday. "
     "The arrest came a day after the shooting.", "occurred@2025-05-18", None),
    ("A judge ordered the Yuma man held without bail at his arraignment Monday.", "occurred@2025-05-19", None),
    ("Police arrested a Fresno man Sunday on a charge of assault. He was arraigned Monday.",
     "occurred@2025-05-18 occurred@2025-05-19", None),
    ("He is scheduled to be arraigned June 3.", "planned", None),  # dated the day it was set
    ("Police arrested a Provo man on Tuesday in a 2019 killing.", "occurred@2025-05-20", None),
    ("The man was arrested in 2019 and has been in jail ever since.", "occurred@2019?", None),
    ("He was booked into the Tulare County jail and later released on bond.", "occurred", None),
    ("A judge denied bond Tuesday for a Lufkin man charged with killing his wife.", "occurred@2025-05-20?", None),
    ("Charges against the Odessa man were dismissed Tuesday.", "cancelled?", None),
    ("The man was questioned and released without charge.", "", None),
    ("A grand jury declined to indict the officer on Monday.", "rejected?", None),
    # --- look-alikes: appeals, searches, no arrests, acquittals, releases, civil suits, paroles ---
    ("People who think they may be wanted on a warrant are asked to turn themselves in at the "
     "county jail.", "", None),
    ("Anyone with an outstanding warrant can clear it without arrest during next week's amnesty at "
     "the courthouse.", "", None),
    ("No arrests have been made, and police are seeking a man in a gray hooded sweatshirt.", "", None),
    ("Police are seeking a woman who used a stolen credit card at a Fargo gas station.", "", None),
    ("Police said they expect to make more arrests in the case.", "planned?", None),
    ("The sheriff said deputies had not arrested anyone as of Wednesday.", "", None),
    ("The suspect is still at large, and a warrant has been issued for his arrest.", "planned?", None),
    ("A Lubbock man was acquitted Thursday of murder in the death of his cousin.", "cancelled?", None),
    ("A former inmate walked out of prison Monday after a judge overturned his conviction.",
     "cancelled?", None),
    ("The parole board denied parole Monday to a man who killed two clerks in 1987.", "", None),
    ("A parole hearing for a woman convicted in a 1994 killing is scheduled for next month.",
     "occurred@1994?", None),
    ("The family of a Joliet man filed a civil lawsuit Monday against the county over his arrest.",
     "", None),
    ("A judge dismissed a lawsuit Tuesday that accused two deputies of using excessive force during "
     "an arrest.", "", None),
    ("The department made 1,200 arrests last year, up from 950 in 2023.", "occurred@2024?", None),
    ("Officers are trained to make arrests without using force.", "", None),
    ("The county attorney declined to file charges against the officer.", "rejected?", None),
    ("Police released the teenager to his parents without charges.", "", None),
    ("He was released from the county jail on Tuesday after posting bond.", "", None),
    ("The trial of a Toledo man charged with killing his neighbor is set to begin June 9.",
     "planned?", None),
]
