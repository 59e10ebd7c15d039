"""A probe of local crime and court news: invented sentences, short articles and headlines.

Each row: (text, families, town, toll). ``families`` is a space-separated list of the event
families a careful coder records ("attack", "arrest"; a trailing "?" marks one that may be left
out; "" for no event). ``town`` is the place the record must name (the dateline's town, else the
town the report names) or None. ``toll``: an int is the number killed the record must carry; a
string "xN" says no casualty count of N may appear (an age, a sentence, a count of shots).
Towns are real only so that the gazetteer knows them; every sentence is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str, str | None, int | str | None]] = [
    # --- shootings, killings, stabbings, beatings ---
    ("KINGSPORT, Tenn. — A 24-year-old man was fatally shot early Sunday outside a convenience "
     "store, police said.", "attack", "Kingsport", "x24"),
    ("A man was shot and killed Saturday night in a parking lot on the city's east side.",
     "attack", None, None),
    ("Two men were shot dead outside a nightclub in Hattiesburg early Friday.",
     "attack", "Hattiesburg", 2),
    ("Police say a 17-year-old was gunned down while walking home from school.", "attack", None, "x17"),
    ("MUSKOGEE, Okla. — A woman died of gunshot wounds Tuesday after an argument at a home on "
     "Elm Street, police said.", "attack", "Muskogee", None),
    ("A shooting left one dead and two injured early Sunday in Paducah.", "attack", "Paducah", 1),
    ("Shooting leaves 3 wounded near Dothan bar", "attack", "Dothan", None),
    ("Man stabbed to death in Kokomo apartment", "attack", "Kokomo", None),
    ("A 30-year-old woman was stabbed several times during a fight Monday night, police said.",
     "attack", None, "x30"),
    ("A man was shot in the leg Friday night on Main Street in Joplin. The victim, 28, was taken "
     "to a hospital with injuries that are not life-threatening.", "attack", "Joplin", "x28"),
    ("Two masked men robbed a gas station at gunpoint Wednesday night and fled with cash, Tupelo "
     "police said.", "attack", "Tupelo", None),
    ("A woman was carjacked at gunpoint in a grocery store parking lot on Thursday.", "attack", None, None),
    ("Three armed men forced their way into a home on Oak Avenue early Monday and beat the "
     "homeowner, deputies said.", "attack", None, None),
    ("The body of a 45-year-old man with multiple stab wounds was found in a field near Valdosta "
     "on Sunday.", "attack", "Valdosta", "x45"),
    ("Police are investigating the death of a man found shot inside his car Tuesday morning as a "
     "homicide.", "attack", None, None),
    ("A drive-by shooting wounded a 9-year-old girl as she played in her front yard Saturday.",
     "attack", None, "x9"),
    ("A Gastonia police officer shot and killed a man who pointed a gun at officers during a "
     "traffic stop Friday, authorities said.", "attack", "Gastonia", None),
    ("A suspect was killed in a shoot-out with police on Interstate 35 late Thursday.", "attack", None, "x35"),
    ("Man shot dead in Sheboygan; police seek gunman", "attack", "Sheboygan", None),
    ("One of the three people hit by gunfire has died, police said Monday.", "attack", None, 1),
    ("A teenager was beaten and robbed by a group of youths at a bus stop on Friday night.",
     "attack", None, None),
    ("Two people were wounded when gunfire erupted at a house party in Mankato early Saturday.",
     "attack", "Mankato", None),
    ("A 52-year-old Dubuque man was assaulted with a baseball bat outside his home, police said.",
     "attack", "Dubuque", "x52"),
    ("A man has been stabbed to death in Swindon town centre, police said.", "attack", "Swindon", None),
    ("Two teenagers have been arrested after a 19-year-old was knifed in Ipswich on Saturday night.",
     "attack arrest", "Ipswich", "x19"),
    ("Gunman opens fire at Yakima restaurant, killing 2", "attack", "Yakima", 2),
    ("A clerk was shot during an armed robbery at a liquor store on Main Street late Tuesday.",
     "attack", None, None),
    ("A Bangor man was killed Sunday when he was shot in the chest during a dispute with a "
     "neighbor.", "attack", "Bangor", None),
    ("DUNDEE — A man was seriously injured in a stabbing in the city centre on Friday night, "
     "police said.", "attack", "Dundee", None),
    ("Cops: Man shot girlfriend, then himself", "attack", None, None),
    ("Teen killed, 2 hurt in Gastonia drive-by", "attack", "Gastonia", None),
    ("Police: Woman robbed at knifepoint on campus", "attack", None, None),
    ("Authorities identified the man killed in Sunday's shooting as a 41-year-old father of three.",
     "attack", None, "x41"),
    ("A man was shot by police after he charged at officers with a knife in Joplin on Saturday.",
     "attack", "Joplin", None),
    ("YAKIMA, Wash. — A man was shot five times outside his home Friday night. He remains in "
     "critical condition, police said.", "attack", "Yakima", "x5"),
    ("Police were called to reports of a disturbance in Ipswich shortly after 11pm on Saturday, "
     "where they found a man with stab wounds.", "attack", "Ipswich", None),
    ("A man was shot Friday night on Elm Street in Paducah. A witness declined to speak with "
     "detectives, police said.", "attack", "Paducah", None),
    ("A woman was shot in the arm during a robbery at a Mankato pawn shop on Tuesday. Police said "
     "the suspect fled on foot before officers arrived.", "attack", "Mankato", None),
    ("A 67-year-old Texarkana woman was found strangled in her home Wednesday, police said.",
     "attack", "Texarkana", "x67"),
    ("Police are seeking a man who robbed a bank at gunpoint in Owatonna on Monday afternoon.",
     "attack", "Owatonna", None),
    ("A pizza delivery driver was pistol-whipped and robbed Thursday night, police reported.",
     "attack", None, None),
    ("Three people were found dead with gunshot wounds inside a home in Pocatello on Sunday.",
     "attack", "Pocatello", 3),
    # --- arrests and court acts ---
    ("A Chillicothe man was booked into the county jail Saturday on a charge of aggravated robbery.",
     "arrest", "Chillicothe", None),
    ("He faces charges of first-degree murder and armed criminal action.", "arrest", None, None),
    ("The 22-year-old was arraigned Monday in Marshalltown on burglary charges.",
     "arrest", "Marshalltown", "x22"),
    ("A former bank teller pleaded guilty Thursday to stealing $40,000 from customers' accounts.",
     "arrest", None, None),
    ("A Texarkana man was sentenced to 25 years in prison Wednesday for the 2007 shooting death "
     "of his cousin.", "arrest", "Texarkana", "x25"),
    ("The suspect turned himself in to police on Tuesday afternoon.", "arrest", None, None),
    ("A warrant has been issued for the arrest of a 31-year-old man in connection with the "
     "stabbing.", "arrest", None, "x31"),
    ("A grand jury indicted a Pocatello woman on Friday on charges of second-degree murder in the "
     "death of her husband.", "arrest", "Pocatello", None),
    ("Deputies arrested two men Friday after a high-speed chase ended in a crash near Wauseon.",
     "arrest", "Wauseon", None),
    ("Police arrested a 19-year-old man in connection with Saturday's fatal shooting.",
     "arrest attack", None, "x19"),
    ("The man was charged with attempted murder and is being held on $500,000 bond.",
     "arrest", None, None),
    ("A jury found a Cedar Falls man guilty Tuesday of murdering his girlfriend.",
     "arrest attack?", "Cedar Falls", None),
    ("Kingsport woman charged in stabbing of boyfriend", "arrest attack?", "Kingsport", None),
    ("A 16-year-old boy was charged as an adult Wednesday in the shooting death of a store clerk.",
     "arrest attack?", None, "x16"),
    ("MANKATO, Minn. — A man accused of killing his neighbour with an axe was ordered on Monday to "
     "stand trial.", "arrest attack?", "Mankato", None),
    ("Man, 23, charged with murder after Swindon stabbing", "arrest attack?", "Swindon", "x23"),
    ("Valdosta police arrested a woman Sunday on charges of robbing a convenience store with a "
     "knife.", "arrest attack?", "Valdosta", None),
    ("The driver was taken into custody and charged with drunken driving.", "arrest", None, None),
    ("Bond was set at $100,000 for a Joplin man accused of shooting at his neighbor on Friday.",
     "arrest? attack?", "Joplin", None),
    # --- no event: the same words in other senses ---
    ("A driver was killed Saturday when his pickup truck left the road and struck a tree near Kokomo.",
     "", None, None),
    ("Firefighters found a woman dead inside a burning house early Monday; the cause of the fire is "
     "under investigation.", "", None, None),
    ("A 23-year-old man died of a suspected drug overdose in his apartment, police said.", "", None, None),
    ("The family of a man shot by police filed a wrongful-death lawsuit against the city Tuesday.",
     "", None, None),
    ("A judge ruled Wednesday that the county must pay $2 million to settle a land dispute.", "", None, None),
    ("The gun club opened a new shooting range off Highway 12 on Saturday.", "", None, None),
    ("The health department will offer free flu shots at the library on Thursday.", "", None, None),
    ("The band spent the weekend at a photo shoot in the old rail yard.", "", None, None),
    ("Police said the investigation continues.", "", None, None),
    ("Violent crime in the city fell 12 percent last year, according to statistics released Monday.",
     "", None, None),
    ("A hearing in the case was postponed until next month at the request of the defense.", "", None, None),
    ("The team shot 52 percent from the field in Saturday's win.", "", None, None),
    ("The Panthers beat the Tigers 35-14 on Friday night.", "", None, None),
    ("Brown shot a 68 in the final round to win the tournament.", "", None, None),
    ("Police are urging residents to lock their cars after a rise in thefts.", "", None, None),
    ("A Dothan man was killed when a train struck his car at a crossing Tuesday.", "", None, None),
    ("The city council voted to hire 10 more police officers.", "", None, None),
    ("The school was placed on lockdown Monday after a report of a man with a gun, but no weapon "
     "was found.", "", None, None),
    ("A hunter was accidentally shot by a member of his party while hunting deer on Saturday.",
     "", None, None),
    ("Two people were injured when a car crashed into a restaurant in Tupelo on Friday.", "", None, None),
    ("The man had been convicted of robbery twice before.", "", None, None),
    ("Officers will hold a gun buyback event at the church on Saturday.", "", None, None),
    ("Sign up for our crime newsletter to get the latest updates.", "", None, None),
    ("The theater will stage a murder mystery through March.", "", None, None),
    ("Storms knocked down trees and power lines across the county on Tuesday.", "", None, None),
    ("A Bangor woman was hospitalized after a dog attacked her in her yard.", "", None, None),
    ("The prosecutor's office said it will decide next week whether to seek the death penalty.",
     "", None, None),
    ("A civil jury awarded $1.2 million to a woman who slipped on ice outside a store.", "", None, None),
    ("The Sheboygan Police Department launched a new website for reporting tips.", "", None, None),
    ("The student shot the photos for the yearbook.", "", None, None),
    ("The film, shot in Georgia, tells the story of a bank robbery gone wrong.", "", None, None),
    ("Sheriff: No foul play suspected in death of hiker found in woods", "", None, None),
    ("A man who was shot in 2005 testified Tuesday against his attacker.", "", None, None),
    ("Deputies said the man died of natural causes.", "", None, None),
    ("The defendant's lawyer asked the judge to move the trial to another county.", "", None, None),
    ("Police will step up patrols downtown this weekend after complaints about speeding.", "", None, None),
    ("The rookie guard was a shooting star in his first season.", "", None, None),
    ("A mother of two was killed when her house collapsed in the storm.", "", None, None),
]
