"""The sense-and-frame probe: invented reports whose event words are in a frame that tells no act done (a fear,
a possibility, a negation, a habit, a lawyer's or a court's account of a charge, a profile's list of past
cases, a plan), beside the same words telling an act that was done.

Each row: the text (published Thursday 2025-05-22) and what a careful coder records, as space-separated
families ("attack"), a family with a status other than occurred ("protest:planned"), a trailing "?" for a
record a coder may or may not make; "" for no record at all.
"""

from __future__ import annotations

CASES: list[tuple[str, str]] = [
    # -- a fear, a worry, a warning of what may come: no act --------------------------------------------
    ("Officials fear the rebels could shell the market town of Varnok before the harvest.", ""),
    ("Residents worry that gangs might set fire to the warehouses along the river.", ""),
    ("Aid groups warned that fighting around the port could displace thousands of families.", ""),
    ("The mayor said he feared the protests would turn violent if the vote was delayed.", ""),
    ("Farmers are afraid that bandits will raid their villages once the rains end.", ""),
    ("Experts say a strike on the dam would flood dozens of villages downstream.", ""),
    # the same words, done
    ("Rebels shelled the market town of Varnok on Monday, killing three people, officials said.", "attack"),
    ("Gangs set fire to warehouses along the river in Leeds on Tuesday night, police said.", "attack"),
    ("Fighting around the port of Hodeidah displaced about 2,000 families this week, an aid group said.",
     "attack? humanitarian"),
    ("Bandits raided two villages near Zamfara on Tuesday, killing nine people, residents said.", "attack"),
    # -- what did not happen, or would have --------------------------------------------------------------
    ("Had the guards not closed the gate, the crowd would have stormed the palace.", ""),
    ("The rebels have not attacked the town since the truce was signed in March.", ""),
    ("Contrary to posts online, troops did not shell the village of Arvel on Monday, the ministry said.",
     "statement?"),
    ("No arrests have been made in the case, police said on Tuesday.", ""),
    # the same words, done
    ("Guards fired on a crowd that tried to storm the palace gate in Bamako on Sunday.", "attack protest?"),
    # (a truce told by its breaking is kept as the ceasefire's own record by the project's convention)
    ("The rebels attacked the town of Kidal on Monday, breaking a truce signed in March.", "attack diplomacy?"),
    ("Troops shelled the village of Arvel on Monday, residents said.", "attack"),
    ("Police arrested two men in Leeds on Tuesday after a brawl outside a pub.", "arrest attack?"),
    # -- a habit, a trait of a place, a general truth ----------------------------------------------------
    ("Bandits often ambush trucks on the road between the two towns at night.", ""),
    ("In the region, kidnappings for ransom are common and rarely reported to police.", ""),
    ("Every year, farmers block the main highway to protest low grain prices.", ""),
    ("Militias in the area routinely detain travellers at makeshift checkpoints.", ""),
    ("Soldiers usually search every car that crosses the bridge.", ""),
    # the same words, done
    ("Bandits ambushed a truck on the road outside Kaduna on Tuesday night, killing the driver.", "attack"),
    ("Gunmen kidnapped a priest near Enugu on Sunday and demanded a ransom, police said.", "attack"),
    ("Farmers blocked the main highway near Lyon on Monday to protest low grain prices.", "protest"),
    ("Police detained 12 men at a checkpoint near Nairobi on Wednesday.", "arrest"),
    # -- a lawyer's, a court's, a charge sheet's account of what someone allegedly did ------------------
    ("His lawyer argued that the client never fired the gun and was at home that night.", ""),
    ("The defence argued the officer would never have struck an unarmed man.", ""),
    ("According to the charge sheet, the two brothers robbed three banks in 2021 and 2022.", ""),
    # the same words, done
    ("A man robbed a bank in Leeds on Monday and fled with cash, police said.", "attack?"),
    ("An officer struck a man with a baton during a march in Lyon on Saturday, a video showed.",
     "attack protest?"),
    # -- a profile: a list of past cases -----------------------------------------------------------------
    ("Over his career, the general led the sieges of two cities and ordered the bombing of a bridge in 1999.",
     ""),
    ("The group was behind a string of kidnappings in the 2000s, including the abduction of a bishop.", ""),
    ("A former guerrilla, she once helped plan raids on army posts in the hills.", ""),
    # the same words, done
    ("Gunmen abducted a bishop near Maiduguri on Wednesday, the church said.", "attack"),
    ("Militants raided an army post in the hills near Peshawar on Tuesday, killing four soldiers.", "attack"),
    # -- a plan, a promise, a call: another status -------------------------------------------------------
    ("Unions plan to march on the parliament in Paris next Tuesday.", "protest:planned"),
    ("The two foreign ministers will meet in Vienna next month, officials said.", "diplomacy:planned"),
    ("Students called for a march through Nairobi on Friday.", "protest:planned?"),
    # the same words, done
    ("Unions marched on the parliament in Paris on Tuesday.", "protest"),
    ("The foreign ministers of Austria and Hungary met in Vienna on Wednesday.", "diplomacy"),
    # -- another sense of the word -----------------------------------------------------------------------
    ("The storm battered the coast on Monday, leaving thousands without power.", ""),
    ("The striker fired a shot past the keeper in the final minute.", ""),
    ("The senator fired her chief of staff on Wednesday.", ""),
    ("Firefighters battled a blaze at a warehouse in Leeds on Monday.", ""),
    ("Critics attacked the budget plan as reckless on Tuesday.", "statement?"),
    ("The rebels want a massacre, not a truce, the minister said on Monday.", "statement?"),
    ("Villagers hope for a ceasefire before the planting season.", ""),
    ("An attack on the port could halt all grain exports, traders said.", ""),
    ("The new phone was launched in Seoul on Tuesday to long queues.", ""),
    ("Shares of the miner plunged after a bombshell report on its debts.", ""),
    # the same words, done
    ("Troops fired on protesters in Mandalay on Monday, killing two, witnesses said.", "attack? protest"),
    ("Rebels launched an attack on an army base near Goma on Tuesday.", "attack"),
    ("Rebels carried out a massacre in a village near Beni on Sunday, the army said.", "attack"),
    ("The blast could be heard across Kabul on Tuesday morning, residents said.", "attack"),
    ("Troops once again shelled the village of Arvel on Wednesday, residents said.", "attack"),
]
