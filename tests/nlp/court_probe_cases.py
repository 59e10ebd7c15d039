"""A probe of arrests and court acts in local news: invented sentences, short reports and headlines.

Each row: (text, statuses, detained). ``statuses`` lists the status of each ``arrest`` record a
careful coder makes (one record per act and day; arrest and charge on one day are one; a
sentencing date set is ``planned``); a trailing "?" marks a record that may be left out; "" says
no arrest record; "-" says no record of any kind (a lawsuit, a statistic). ``detained``: an int
is the count the record must carry, None checks no count. Towns are real only so that the
gazetteer knows them; every person and incident is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str, int | None]] = [
    # --- acts: arrests, charges, pleas, verdicts, sentences ---
    ("BANGOR, Maine — A 34-year-old Brewer man pleaded guilty Tuesday to aggravated assault, and "
     "the judge revoked his bond.", "occurred", None),
    ("A Joplin man was arrested at the scene on suspicion of attempted murder, police said.",
     "occurred", None),
    ("A former Tupelo bookkeeper was sentenced Monday to 12 years in prison for stealing from her "
     "employer.", "occurred", None),
    ("The 22-year-old was booked into the Muskogee County jail on Wednesday on a charge of "
     "aggravated robbery.", "occurred", None),
    ("A man wanted in connection with a Kokomo shooting turned himself in to police on Friday.",
     "occurred", None),
    ("Deputies arrested 14 people overnight on 18 warrants, the Muskogee County Sheriff's Office "
     "said.", "occurred", 14),
    ("Police in Dothan arrested two men Saturday after a chase that ended in a crash.", "occurred", 2),
    ("A Paducah woman was charged Thursday with second-degree murder in the death of her husband.",
     "occurred", None),
    ("A jury convicted a Hattiesburg man Wednesday of killing his neighbor during an argument.",
     "occurred", None),
    ("Yakima police arrested a 19-year-old man Tuesday and charged him with burglary.", "occurred", None),
    ("A Sheboygan man was arrested Monday after a fire at his former employer's warehouse. He was "
     "charged Wednesday with arson.", "occurred occurred", None),
    ("Valdosta police said Tuesday they had arrested a suspect in Sunday's bank robbery.", "occurred", None),
    ("Gastonia man gets 20 years for fatal shooting", "occurred", None),
    ("Texarkana woman charged in toddler's death", "occurred", None),
    ("Police: 3 arrested in Mankato drug raid", "occurred", 3),
    ("A Dubuque man pleaded guilty Monday to vehicular homicide. A judge set sentencing for "
     "Aug. 14.", "occurred planned", None),
    ("A Bangor woman pleaded guilty Monday to stealing from the church where she worked. "
     "Sentencing is scheduled for July 9.", "occurred planned", None),
    ("A Kingsport man accused of robbing three banks was indicted by a Sullivan County grand jury "
     "on Tuesday.", "occurred", None),
    ("Owatonna police took a 16-year-old into custody Friday after a fight at the high school.",
     "occurred", None),
    ("Federal agents arrested a Yakima man Thursday on charges of selling fentanyl.", "occurred", None),
    ("Officers chased the suspect on foot and detained him a few blocks away on Tuesday night.",
     "occurred", None),
    ("State troopers arrested a Muskogee man on drunk-driving charges early Sunday after a crash on "
     "Interstate 40.", "occurred", None),
    ("Deputies served a search warrant at a Valdosta home Wednesday and arrested four people on "
     "drug charges.", "occurred", 4),
    ("A federal judge sentenced a former Tupelo city clerk to three years of probation on "
     "Wednesday.", "occurred", None),
    ("A Hattiesburg man was found guilty of manslaughter on Monday and will be sentenced in March.",
     "occurred planned?", None),
    ("Police arrested 23 people during a prostitution sting at a Gastonia motel over the weekend.",
     "occurred", 23),
    ("A two-day sweep by U.S. marshals in Hattiesburg ended with 31 arrests, officials said Friday.",
     "occurred", 31),
    ("Dothan man arrested in connection with convenience store robbery", "occurred", None),
    ("Kokomo woman sentenced to life for killing husband", "occurred", None),
    ("A Joplin man was arrested Tuesday and was being held without bail on Wednesday.", "occurred", None),
    ("Paducah police arrested a 31-year-old woman Tuesday on a warrant. The warrant charges her "
     "with leaving the scene of a crash involving injury.", "occurred", None),
    ("An indictment unsealed Monday charges a Kokomo man with wire fraud.", "occurred", None),
    ("The teenager was arraigned Thursday on charges of reckless endangerment and held on $5,000 "
     "bail.", "occurred", None),
    ("Dothan police arrested a 40-year-old man on Monday. He was charged with two counts of "
     "burglary, police said.", "occurred", None),
    ("Two Dothan men were arrested Monday and charged Tuesday with stealing catalytic converters.",
     "occurred occurred", None),
    ("Police arrested a Sheboygan man Friday for the second time in a week.", "occurred", None),
    ("The Yakima man pleaded not guilty at his arraignment Monday.", "occurred", None),
    # --- look-alikes: a record, a state, a hypothesis, a civil matter ---
    ("Police said charges are pending.", "", None),
    ("The driver has not been charged.", "", None),
    ("Officers did not arrest anyone at the scene.", "", None),
    ("The department's policy requires officers to arrest anyone who violates a protective order.", "", None),
    ("The governor signed a bill that makes it a felony to assault a sports referee.", "-", None),
    ("Authorities are still looking for the suspect.", "", None),
    ("Prosecutors said they would seek the death penalty.", "", None),
    ("A Kokomo man was acquitted of all charges Tuesday.", "cancelled?", None),
    ("An arrest warrant for the 30-year-old was issued Monday.", "planned?", None),
    ("Shootings in the city rose by a third last year, the police chief said.", "-", None),
    ("Daniel Hoyt, 29, had been arrested twice before on assault charges, court records show.", "", None),
    ("He is on probation for a burglary conviction.", "", None),
    ("If convicted, he faces up to 20 years in prison.", "", None),
    ("She faces up to 20 years in prison if convicted of the charges.", "", None),
    ("He was being held without bail in the Yakima County jail.", "", None),
    ("He remains in the Muskogee County jail on a $50,000 bond.", "", None),
    ("A former deputy testified Tuesday that he saw the defendant fire the gun.", "", None),
    ("A Tupelo family has filed a lawsuit against the city over the death of their son in police "
     "custody.", "", None),
    ("A judge ruled Wednesday that the Kingsport school board violated the open meetings law.", "-", None),
    ("The jury awarded the woman $2 million in damages in her lawsuit against the hospital.", "-", None),
    ("Police have not made any arrests in the shooting.", "", None),
    ("No arrests have been made, police said.", "", None),
    ("Anyone with information about the robbery is asked to call Crime Stoppers.", "-", None),
    ("The defendant's attorney said he will appeal the conviction.", "", None),
    ("The sheriff's office says arrests for drunk driving fell 12 percent last year.", "", None),
    ("He was released from prison in 2021 after serving eight years for robbery.", "", None),
    ("Court records show the man has a lengthy criminal history, including convictions for theft "
     "and assault.", "", None),
    ("The judge postponed the trial until September.", "", None),
    ("Police are searching for a man who escaped custody at a Joplin hospital on Sunday.", "", None),
    ("A warrant has been issued for the arrest of a 27-year-old Kokomo man in connection with the "
     "shooting.", "planned?", None),
    ("The murder charge against him was dropped last month.", "cancelled?", None),
    ("Prosecutors dropped the charges against the Dothan man on Monday, citing a lack of evidence.",
     "cancelled?", None),
    ("The warrant charges her with leaving the scene of a crash involving injury.", "occurred?", None),
    ("The arrest was the third in the case, police said.", "occurred?", None),
]
