"""The fold probe: invented short reports where one act is told twice or more, and look-alikes where two
acts of one type are truly apart. Each row: the text (published Thursday 2025-05-22) and the number of
``attack`` and ``arrest`` records a careful coder makes of it."""

from __future__ import annotations

# (text, attack records, arrest records)
ONE_ACT_TOLD_AGAIN = [
    # an attack told in the lede, then in the detail
    ("A man was stabbed outside a pub in Leeds on Saturday night. The 32-year-old was taken to hospital "
     "with wounds to his chest. Police said the stabbing happened shortly after 11pm.", 1, 0),
    ("Two people were shot in Dayton, Ohio on Monday. The shooting happened near a gas station on Third "
     "Street, police said. Both victims are expected to survive.", 1, 0),
    ("A shopkeeper was beaten during a robbery in Bristol on Tuesday. Officers said two men attacked him "
     "behind the counter and fled with cash. The assault left him with a broken nose.", 1, 0),
    ("Gunmen opened fire on a minibus near Kaduna on Sunday, killing four passengers. The attack happened "
     "on the road to Zaria, a police spokesman said. Survivors said the gunmen fired at the driver first.",
     1, 0),
    ("A teenager was stabbed in Croydon on Wednesday evening. Detectives said the boy was attacked by a group "
     "of youths on a bus. He remains in a stable condition in hospital.", 1, 0),
    ("A woman was shot dead in her home in Memphis on Friday. Police said she was shot several times by an "
     "intruder. Neighbours heard the gunfire just after midnight.", 1, 0),
    ("A taxi driver was robbed at knifepoint in Glasgow on Monday. The robber threatened him with a knife and "
     "took his takings. Police are appealing for witnesses to the robbery.", 1, 0),
    ("A pensioner was assaulted in Cardiff on Sunday afternoon. Police said the 78-year-old was punched "
     "several times by a stranger. The attack was unprovoked, an officer said.", 1, 0),
    # a retelling placed more vaguely ("in the city") or quoted by a detective
    ("A man was stabbed on Marlow Road in Sheffield on Saturday. He was later treated at hospital. "
     "A detective said the attack in the city had shocked residents.", 1, 0),
    ("A delivery driver was shot in Baltimore on Tuesday. \"The suspect carried out a cowardly attack on a man "
     "doing his job,\" a detective said.", 1, 0),
    # arrest and charge on one day are one record
    ("Police in Leicester arrested a man on Monday and charged him with burglary. He was held in custody "
     "overnight.", 0, 1),
    ("A 24-year-old man was arrested in Newport on Tuesday. He was later charged with assault and released "
     "on bail.", 0, 1),
    ("Officers arrested a woman in Portsmouth on Sunday after a brawl outside a nightclub. She was charged "
     "with affray the same day.", 0, 1),
    ("Deputies arrested a man in Tulsa on Friday. He was booked into the county jail on a charge of "
     "aggravated assault.", 0, 1),
    # the arrest told twice
    ("Two men have been arrested in Swansea over a string of car thefts. The pair were detained on Monday "
     "at an address in the city, police said.", 0, 1),
    ("Police arrested a suspect in Reno on Wednesday. The arrest came after a three-week investigation, "
     "officers said.", 0, 1),
    # an attack and its arrest: one of each
    ("A man was stabbed in Nottingham on Saturday. Police arrested a 19-year-old on Sunday in connection "
     "with the stabbing.", 1, 1),
    ("A security guard was shot in Phoenix on Monday. Officers arrested a suspect at the scene. The guard "
     "is in critical condition.", 1, 1),
    ("A woman was attacked with a hammer in Hull on Tuesday. A man was arrested later that day and charged "
     "with grievous bodily harm. The woman was treated for head injuries after the attack.", 1, 1),
    ("Gunmen killed two farmers near Jos on Monday. Police said they had arrested three suspects over the "
     "killings on Tuesday.", 1, 1),
    # a court appearance on a later day is its own record
    ("A man was arrested in Derby on Monday and charged with robbery. He appeared before magistrates on "
     "Wednesday and was remanded in custody.", 0, 2),
    ("A woman was charged with fraud in Exeter on Friday. She appeared at the city's crown court on "
     "Tuesday, where she was remanded.", 0, 2),
    # the sentencing is its own record
    ("A man who stabbed his neighbour in Wigan was jailed for eight years on Tuesday. He had been "
     "convicted of wounding on Friday.", 0, 2),
    ("A former teacher was sentenced to life in prison in Denver on Monday for killing his wife. "
     "The judge said the sentence reflected the brutality of the killing.", 0, 1),
    ("A driver was jailed for six years at Preston Crown Court on Friday. The sentence came after he "
     "admitted causing death by dangerous driving.", 0, 1),
    # the charge told twice, once with the count
    ("A man has been charged with murder after a woman was shot dead in Bolton on Sunday. The 41-year-old "
     "was charged on Wednesday evening, police said.", 1, 1),
    # wire: one air strike told three times
    ("An air strike hit a market in Sanaa on Monday, killing seven people. Residents said the strike "
     "destroyed several shops. The bombing was the deadliest in the city this month.", 1, 0),
    ("A car bomb exploded outside a police station in Kirkuk on Tuesday, killing three officers. The "
     "blast damaged nearby homes, a police official said. No group claimed the bombing.", 1, 0),
    ("Police in Nairobi arrested 12 protesters on Tuesday. The detained protesters were taken to a police "
     "station in the city, officials said.", 0, 1),
    ("Security forces detained a journalist in Istanbul on Sunday. The journalist was held at his home "
     "before dawn, his lawyer said. His detention drew criticism from press groups.", 0, 1),
    ("A man was shot dead in Kingston on Wednesday. Police said the man was shot while sitting in his car. "
     "The killing is the third in the parish this week.", 1, 0),
    ("A gang robbed a jewellery store in Lyon on Friday, threatening staff with guns. The robbers escaped "
     "with watches worth thousands of euros. Police said the raid lasted two minutes.", 1, 0),
    ("A man was stabbed to death in Birmingham on Sunday. A murder investigation has been launched after "
     "the man was found with stab wounds. A post-mortem will take place.", 1, 0),
    ("Police arrested a man in Bradford on Wednesday after a woman was assaulted. The woman was attacked "
     "as she walked home on Tuesday night. The man remains in custody.", 1, 1),
    ("A 17-year-old boy has been charged with attempted murder after a stabbing in Luton. The boy was "
     "charged on Monday. The victim was stabbed on Saturday.", 1, 1),
    ("Gunmen attacked a checkpoint near Mosul on Sunday, killing two soldiers. The attackers fled "
     "after the attack, the army said. Troops later searched the area.", 1, 0),
    ("A bus driver was punched in Coventry on Monday. The assault happened at a bus stop on the ring road. "
     "Police described the attack as unprovoked.", 1, 0),
    ("A man was arrested in Aberdeen on Tuesday on suspicion of drug dealing. Police said the arrest "
     "followed a raid on a flat in the city.", 0, 1),
    ("A suspect was arrested in Houston on Sunday. Police said he was taken into custody without incident "
     "and charged with theft.", 0, 1),
    ("A student was shot in Atlanta on Saturday night. Police said the shooting took place near campus. "
     "The student is in stable condition. Police have not made an arrest.", 1, 0),
]

TWO_ACTS_APART = [
    ("A man was shot in Dayton, Ohio on Monday. A second man was shot in Toledo on Wednesday. Police "
     "said the shootings are not linked.", 2, 0),
    ("A man was stabbed in Leeds on Saturday. Another man was stabbed in Bradford on Sunday.", 2, 0),
    ("Police arrested a man in Leicester on Monday. Officers in Derby arrested a second man on Wednesday.",
     0, 2),
    ("A woman was shot in Memphis on Friday. On Sunday, another woman was shot in the same neighbourhood.",
     2, 0),
    ("A man was arrested in Hull on Monday. He was sentenced to two years in prison on Wednesday.", 0, 2),
    ("Gunmen attacked a village near Jos on Sunday, killing five people. On Tuesday gunmen attacked another "
     "village near Bauchi, killing three.", 2, 0),
    ("An air strike hit Sanaa on Monday. Another air strike hit Hodeidah on Wednesday.", 2, 0),
    ("Police arrested three men in Bristol on Monday. Two more men were arrested in Bath on Tuesday.", 0, 2),
    ("A man was charged with assault on Monday. He was convicted at Leeds Crown Court on Wednesday.", 0, 2),
    ("A taxi driver was robbed at knifepoint in Glasgow on Monday. A second driver was robbed at gunpoint in "
     "Edinburgh on Tuesday.", 2, 0),
    ("A man was shot in Baltimore on Tuesday morning. Hours later, a woman was stabbed in a different part "
     "of the city.", 2, 0),
    ("A pensioner was mugged in Cardiff on Sunday. The same man was attacked again on Tuesday outside his "
     "home.", 2, 0),
    ("A man appeared in court in Newport on Monday charged with burglary. He was jailed for a year on "
     "Wednesday.", 0, 2),
    ("Police arrested a man in Phoenix on Monday. Officers arrested a woman in Tucson on Monday.", 0, 2),
    ("A car bomb exploded in Kirkuk on Tuesday. A second bomb exploded in Baghdad on Wednesday.", 2, 0),
]
