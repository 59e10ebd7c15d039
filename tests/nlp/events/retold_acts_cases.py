"""The retold-acts probe: invented reports of 1-4 sentences (published Thursday 2025-05-22) where one act is
told again in other words (a quote, a call reported, the lede and the body, a new count, the headline and the
first line, a follow-up sentence, "the attack" / "the shooting" / "the violence"), and look-alikes where the
text tells two acts of one kind apart (another place, another day, another victim, "a second", "another").

Each row: (text, attack records, arrest records, protest records) as a careful coder makes them. A headline is
the first line, set off by a blank line. Every incident is made up; the towns are real only where the gazetteer
must know the place.
"""

from __future__ import annotations

# (text, attacks, arrests, protests)
ONE_ACT_RETOLD = [
    # a detective's or an official's quote tells the act again
    ("A woman was attacked as she walked home through a park in Leeds on Sunday night. \"This man launched a "
     "brutal assault on a stranger who was simply walking her dog,\" a detective said.", 1, 0, 0),
    ("A bus driver was punched in the face in Coventry on Friday evening. \"He just hit me for no reason,\" the "
     "driver told reporters.", 1, 0, 0),
    ("Two officers were shot while answering a domestic call in Fresno on Monday. \"Our officers were ambushed,\" "
     "the police chief said. Both are expected to recover.", 1, 0, 0),
    ("A missile hit a hotel in Odesa on Monday, injuring four people. \"This was a deliberate strike on "
     "civilians,\" the governor said.", 1, 0, 0),
    # a call to the police reported
    ("A 15-year-old boy was assaulted outside a school in Swindon on Tuesday. His mother called police to report "
     "that he had been beaten by three older youths.", 1, 0, 0),
    ("Officers were called to a house in Wrexham on Sunday after reports that a man had been stabbed. The "
     "29-year-old was found with a wound to his leg.", 1, 0, 0),
    # the lede, then the body in other words
    ("Gunmen killed four soldiers at a checkpoint near Maiduguri on Sunday. The four were shot as they checked "
     "vehicles on the highway, an army spokesman said.", 1, 0, 0),
    ("A roadside bomb struck an army patrol near Kandahar on Tuesday, wounding three soldiers. The blast tore "
     "through the lead vehicle, officials said.", 1, 0, 0),
    ("Russian drones struck an apartment block in Kharkiv overnight, injuring nine people. The attack started "
     "fires on three floors, the mayor said.", 1, 0, 0),
    ("Shelling hit a market in Kherson on Wednesday morning, killing two people. The shells landed as traders "
     "were setting up their stalls, the regional governor said.", 1, 0, 0),
    ("Israeli aircraft struck a house in Khan Younis on Tuesday, killing six members of one family. Rescuers "
     "pulled bodies from the rubble after the strike, the civil defence said.", 1, 0, 0),
    ("Armed men kidnapped 12 passengers from a bus near Kaduna on Monday. The abductors marched the travellers "
     "into a forest, a police spokesman said.", 1, 0, 0),
    ("A gunman opened fire in a shopping centre in Tampere on Saturday, wounding five people. Witnesses said the "
     "attacker fired at random before fleeing.", 1, 0, 0),
    ("Militants ambushed a police convoy in North Waziristan on Monday, killing three officers. The attackers "
     "fled into the mountains after the assault.", 1, 0, 0),
    ("Troops clashed with fighters of an armed group near Tillaberi on Sunday. The fighting lasted several "
     "hours, the army said, and 11 militants were killed.", 1, 0, 0),
    ("A man was shot in the leg in Hackney on Tuesday afternoon. Police said the victim was taken to hospital "
     "and his injuries are not life-threatening.", 1, 0, 0),
    ("Three people were wounded when a grenade was thrown into a bar in Bujumbura on Friday night. A hospital "
     "official said two of the wounded were in serious condition.", 1, 0, 0),
    # a new count in a later sentence
    ("A bomb blast at a bus station in Quetta killed seven people on Wednesday. Later in the day the death toll "
     "rose to 11, a hospital official said.", 1, 0, 0),
    ("Fighting between army troops and rebels near Goma killed at least 20 people on Tuesday, local officials "
     "said. On Wednesday, the Red Cross put the number of dead at 35.", 1, 0, 0),
    # the headline and the first line
    ("Man shot dead outside Bolton takeaway\n\nA man was shot dead outside a takeaway in Bolton on Monday "
     "night, police said.", 1, 0, 0),
    ("Seven killed in Peshawar blast\n\nA suicide bomber blew himself up at a police post in Peshawar on "
     "Wednesday, killing seven people, officials said.", 1, 0, 0),
    ("Man arrested after Derby stabbing\n\nA man has been arrested after a teenager was stabbed in Derby on "
     "Sunday. The 17-year-old is in a stable condition.", 1, 1, 0),
    # a follow-up or memorial sentence
    ("A shopkeeper was shot dead in his store in Camden, New Jersey, on Monday. His family said the shop has "
     "stayed shut since he was gunned down behind the counter.", 1, 0, 0),
    ("Neighbours left flowers on Wednesday outside the house in Luton where a woman was stabbed to death on "
     "Monday. Police said the woman, 34, died at the scene.", 1, 0, 0),
    ("A journalist was gunned down outside his home in Culiacan on Tuesday. Colleagues said he had received "
     "threats in the weeks before the killing.", 1, 0, 0),
    # "the shooting", "the violence", "the bombing", "the murder" naming the one act
    ("Two men were shot outside a bar in Tulsa early Saturday. The shooting followed an argument inside, police "
     "said. Officers said the violence was not random.", 1, 0, 0),
    ("A car bomb exploded outside a court in Mogadishu on Thursday, killing five people. No group has yet "
     "claimed the bombing.", 1, 0, 0),
    ("A 40-year-old man was found stabbed to death in his flat in Dundee on Tuesday. Police have launched a "
     "murder inquiry into the killing.", 1, 0, 0),
    ("Drones attacked an oil depot in Bryansk overnight, the governor said. The strike caused a fire that was "
     "put out by morning.", 1, 0, 0),
    # a call or a finding on a later day, the act told below it in the past perfect
    ("A pensioner was beaten in her home in Hull on Saturday. On Monday a neighbour called police to report that "
     "she had been attacked.", 1, 0, 0),
    ("A guard was shot at a depot in Kano on Tuesday. On Thursday, investigators learned that the guard had been "
     "shot by a colleague.", 1, 0, 0),
    ("A farmer was shot near Jos on Friday. On Sunday his brother told reporters the man had been ambushed on his "
     "way to market.", 1, 0, 0),
    # the lede's act told again at a second place its own sentence named
    ("A man was stabbed in London on Saturday by a neighbour who called police after the attack in Station Road, "
     "Enfield. \"He launched a cowardly attack on a man he had known for years,\" a detective said.", 1, 0, 0),
    # an arrest told twice, an attack with its arrest
    ("Police in Lagos arrested a man on Monday over a string of burglaries. The suspect was taken into custody "
     "at his home in Ikeja, a police spokesman said.", 0, 1, 0),
    ("Police arrested two men in a raid in Bradford on Wednesday. Both were held on suspicion of drug dealing.",
     0, 1, 0),
    ("Police arrested a man in Sunderland on Tuesday after a woman was punched at a bus stop. He has been charged "
     "with assault.", 1, 1, 0),
    # a protest told twice; a riot with arrests
    ("Thousands of teachers marched through Nairobi on Tuesday to demand higher pay. The protesters gathered "
     "outside parliament, chanting slogans. The demonstration ended peacefully by evening.", 0, 0, 1),
    ("A march against fuel prices in Accra on Monday turned violent when protesters threw rocks at police. "
     "Police fired tear gas to break up the rally.", 0, 0, 1),
    ("Youths set cars on fire and threw stones at police in Marseille on Saturday night. Officers detained 14 "
     "people during the unrest.", 0, 1, 1),
]

TWO_ACTS_APART = [
    # another place
    ("A bomb exploded at a market in Quetta on Monday, and another went off near a mosque in Chaman hours "
     "later.", 2, 0, 0),
    ("Missiles struck Dnipro on Tuesday, killing three people. A separate strike on Zaporizhzhia the same day "
     "wounded eight.", 2, 0, 0),
    ("An airstrike hit a school in Gaza City on Wednesday, killing 10 people. Another strike hit a tent camp in "
     "Khan Younis, killing four.", 2, 0, 0),
    ("A police officer was shot dead in Culiacan on Monday, and a soldier was killed in an ambush in Mazatlan "
     "the same day.", 2, 0, 0),
    ("In separate shootings on Saturday, a man was killed in Oakland and a teenager was wounded in San Jose.",
     2, 0, 0),
    ("Drones hit Kharkiv overnight, injuring five people. Separately, shelling killed a man in Nikopol on "
     "Wednesday.", 2, 0, 0),
    ("A man was stabbed in central Leeds on Friday evening. Hours later, a woman was shot in Bradford.", 2, 0, 0),
    # another day
    ("Gunmen killed three villagers in Zamfara on Monday. On Wednesday, another attack in the same district left "
     "two more dead.", 2, 0, 0),
    ("A teenager was stabbed in Croydon on Saturday. The next day a man was stabbed in Brixton.", 2, 0, 0),
    ("A car bomb killed four people in Mogadishu on Tuesday. A day later, gunmen attacked a hotel in Kismayo.",
     2, 0, 0),
    ("Rebels attacked an army base in Beni on Saturday. They attacked the base again on Monday, killing two "
     "soldiers.", 2, 0, 0),
    ("A bus driver was assaulted in Bristol on Tuesday. On Wednesday, a second driver was attacked on the same "
     "route.", 2, 0, 0),
    ("Soldiers clashed with militants near Tillaberi on Sunday and again near Ouallam on Monday.", 2, 0, 0),
    ("Rebels attacked a village near Beni on Saturday. On Monday, soldiers discovered that a second village had "
     "been attacked.", 2, 0, 0),
    ("Gunmen attacked a bus near Kaduna on Monday. A second attack hit a village nearby the same day.", 2, 0, 0),
    ("A man was stabbed in Leeds on Monday. On Wednesday, police said a second man had been stabbed in the city.",
     2, 0, 0),
    # arrests told apart
    ("Police in Preston arrested one man on Monday and a second on Tuesday in connection with the fire.",
     0, 2, 0),
    ("Police arrested three journalists in Istanbul on Monday. On Tuesday, officers detained a lawyer in Ankara.",
     0, 2, 0),
    ("Police in Leeds arrested a man over the stabbing on Sunday. A second suspect was detained in Bradford on "
     "Tuesday.", 0, 2, 0),
    # two kinds of act
    ("A man was shot dead in Chicago on Monday. In a separate case, police arrested a woman on Tuesday for "
     "stealing a car on the South Side.", 1, 1, 0),
    # protests told apart
    ("Students marched in Belgrade on Saturday. A second rally was held in Novi Sad on Sunday.", 0, 0, 2),
    ("Farmers blocked roads in Brussels with tractors on Monday. On Tuesday, protesters burned tyres in Paris.",
     0, 0, 2),
    # one town, two acts
    ("Two bombs exploded in Baghdad on Sunday: one in a market in Sadr City and the other near a checkpoint in "
     "Mansour.", 2, 0, 0),
    ("Two people were shot in Handsworth and a third person was stabbed in Aston in separate attacks in "
     "Birmingham on Saturday night.", 2, 0, 0),
]
