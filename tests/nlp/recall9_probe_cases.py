"""The recall probe: invented reports of the kinds real reporters tell that sitrep left without a record.

Each row is (text, the type a careful coder records or None for no event, its status or None). A row
typed None is a look-alike: the same words in a sense that reports no event of the taxonomy.
"""

from __future__ import annotations

CASES: list[tuple[str, str | None, str | None]] = [
    # trade shut off by a state: the sanctions of a blockade or an embargo
    ("Egypt on Tuesday closed its border crossings to all Libyan trade.", "diplomacy.sanctions", "occurred"),
    ("Algeria shut down the pipeline that carries Moroccan gas exports through its territory.",
     "diplomacy.sanctions", "occurred"),
    ("The navy began intercepting Iranian oil shipments in the gulf on Monday.", "diplomacy.sanctions", "occurred"),
    ("Kenya said it would close its ports to Somali cargo from next week.", "diplomacy.sanctions", "planned"),
    ("The embargo on arms shipments to Sudan was tightened on Wednesday.", "diplomacy.sanctions", "occurred"),
    ("The European Union imposed a ban on Russian steel imports on Monday.", "diplomacy.sanctions", "occurred"),
    ("The store closed its doors to shoppers early on Sunday.", None, None),
    ("The ministry shut down its old website on Friday.", None, None),
    ("Engineers closed the pipeline for routine repairs on Monday.", None, None),
    # talks told by a conversation, a meeting to be held, a state visit
    ("Macron told Erdogan in a telephone conversation on Monday that the border must reopen.",
     "diplomacy.call", "occurred"),
    ("The foreign ministers of Egypt and Jordan will hold a meeting on Gaza in Cairo on Sunday.",
     "diplomacy.talks", "planned"),
    ("A round of talks on the Sudan war is to be held in Jeddah next week.", "diplomacy.talks", "planned"),
    ("The Kenyan president began a three-day state visit to Ethiopia on Monday.", "diplomacy.talks", "occurred"),
    ("Modi held talks with the Japanese prime minister in Tokyo on Friday.", "diplomacy.talks", "occurred"),
    ("The conversation turned to football after dinner.", None, None),
    ("The museum will hold a meeting of its donors in the spring.", None, None),
    ("The singer's visit to the children's ward drew a crowd on Monday.", None, None),
    # forces sent or posted: a carrier sailing, warships patrolling
    ("A French frigate is now patrolling the Red Sea alongside two Italian warships.",
     "military.mobilization", "ongoing"),
    ("Officials said a second aircraft carrier could head for the eastern Mediterranean within days.",
     "military.mobilization", "planned"),
    ("Britain sent two more warships to the Gulf on Tuesday.", "military.mobilization", "occurred"),
    ("India deployed 3,000 more troops to the Ladakh border on Sunday.", "military.mobilization", "occurred"),
    ("The cruise ship is heading for the Canary Islands after leaving Lisbon.", None, None),
    ("Fishermen patrol the lake at night for poachers.", None, None),
    # civilians allowed out, evacuees gathered
    ("Officials said women and children would be allowed to leave the besieged city.",
     "humanitarian.evacuation", "planned"),
    ("The first group of 150 evacuees left Khartoum by bus on Tuesday.", "humanitarian.evacuation", "occurred"),
    ("About 2,000 residents fled their homes in Kherson as the shelling grew heavier.",
     "humanitarian.evacuation", "occurred"),
    ("Guests were allowed to leave the hotel early on Sunday.", None, None),
    # killings and abuse of civilians told the way local crime reports tell them
    ("Police are investigating the death of a 17-year-old who was killed early Saturday after a fight at a party "
     "in Dallas.", "attack.civilians", "occurred"),
    ("The bodies of a woman and her two sons were found on Monday in an apartment in Tulsa.",
     "attack.civilians", "occurred"),
    ("Prosecutors allege that the two men killed the shop owner in Memphis on Wednesday night.",
     "attack.civilians", "occurred"),
    ("A gun was held to a cashier's head during a robbery at a petrol station in Leeds on Friday.",
     "attack.civilians", "occurred"),
    ("Two men broke into the house in Fresno, set it on fire and drove off with the owner in his own car.",
     "attack.civilians", "occurred"),
    ("Armed men abducted a village chief near Maiduguri on Sunday.", "attack.civilians", "occurred"),
    ("Gunmen kidnapped 12 passengers from a bus near Kaduna on Monday.", "attack.civilians", "occurred"),
    ("The bodies of the climbers were found on the glacier after a storm.", None, None),
    ("The death of the actor in Boston on Monday was from natural causes, his family said.", None, None),
    ("He held a knife to the cake and cut the first slice at the party.", None, None),
    # custody ordered by a court
    ("A court in Kyiv on Friday ordered two officials held in pretrial custody for two months.",
     "arrest", "occurred"),
    ("The judge sent the three men to jail pending trial on Tuesday.", "arrest", "occurred"),
    ("A court in Ankara remanded the journalist in custody on Thursday.", "arrest", "occurred"),
    ("The court ordered the city to pay for the repairs on Tuesday.", None, None),
    # threats: force held out, a call to rise up
    ("The president said on Tuesday that the navy may extend its blockade to the port of Aden.",
     "statement.threat", "occurred"),
    ("The militia leader called on his followers to rise up against the government.",
     "statement.threat", "occurred"),
    ("Iran threatened on Monday to close the Strait of Hormuz.", "statement.threat", "occurred"),
    ("The coach called on fans to stay home because of the storm.", None, None),
    # fighting told by its toll, a coup, a shot at police
    ("At least 30 people were reported killed in clashes between police and rebels in the north in recent days.",
     "attack.ground", "occurred"),
    ("The army chief staged a coup against the president in Niamey in July.", "attack.ground", "occurred"),
    ("The suspect pulled a pistol and shot at two deputies during a traffic stop in Reno.",
     "attack.ground", "occurred"),
    ("The team staged a comeback in the second half on Sunday.", None, None),
    # accusations: a call of names, a crime of war
    ("The Foreign Office called the expulsions grave and unlawful on Monday.", "statement.accusation", "occurred"),
    ("The renewed shelling of the camp most likely constitutes a war crime, the UN envoy said.",
     "statement.accusation", "occurred"),
    ("The critic called the film grave and moving.", None, None),
    # ceasefire back on, deals signed
    ("Hours after the truce collapsed, the rebels said the deal was back on.", "diplomacy.ceasefire", "occurred"),
    ("Canada signed the trade deal with the EU leaders in Brussels in October.", "diplomacy.agreement", "occurred"),
    ("The band signed a deal with a new label in October.", None, None),
]
