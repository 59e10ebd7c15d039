"""Invented reports where two tolls share a clause or a count may attach to the wrong record: each gives the
counts a careful coder records over its events, (item, role, value) triples. About a third are look-alikes: a
breakdown that repeats the total, a count of another event in the sentence, seats or wickets "lost" or "taken",
prisoners exchanged."""

from __future__ import annotations

CASES: list[tuple[str, set[tuple[str, str, int]]]] = [
    # two groups counted in one clause
    ("Nine policemen and 14 gunmen were killed in a firefight near Halvik on Tuesday.",
     {("person", "killed", 23), ("soldier", "killed", 14)}),
    ("Four soldiers and six rebels died in fighting outside Brennmoor on Tuesday.",
     {("person", "killed", 10), ("soldier", "killed", 4), ("soldier", "killed", 6)}),
    ("Two civilians and five soldiers were wounded when shells hit Marrow Ford on Tuesday.",
     {("person", "injured", 7), ("civilian", "injured", 2), ("soldier", "injured", 5)}),
    ("The clash near Ostrel on Tuesday left eight troops and 11 insurgents dead.",
     {("person", "killed", 19), ("soldier", "killed", 8), ("soldier", "killed", 11)}),
    ("An air strike on Caldmere on Tuesday killed three children and two women.",
     {("child", "killed", 3), ("person", "killed", 5)}),
    # killed and wounded of two groups
    ("Militants attacked a checkpoint near Halvik on Tuesday, killing two soldiers and wounding four civilians.",
     {("soldier", "killed", 2), ("civilian", "injured", 4)}),
    ("Six soldiers were killed and three civilians wounded in a bombing in Brennmoor on Tuesday.",
     {("soldier", "killed", 6), ("civilian", "injured", 3)}),
    # breakdowns of one toll
    ("Four people were wounded, three soldiers and a civilian, when a mine went off near Ostrel on Tuesday.",
     {("person", "injured", 4), ("soldier", "injured", 3), ("civilian", "injured", 1)}),
    ("Eight people were killed, among them five children, when a shell hit a school in Caldmere on Tuesday.",
     {("person", "killed", 8), ("child", "killed", 5)}),
    ("A car bomb in Marrow Ford on Tuesday killed ten people, including six soldiers.",
     {("person", "killed", 10), ("soldier", "killed", 6)}),
    ("Shelling killed 12 people in Halvik on Tuesday, seven of them children.",
     {("person", "killed", 12), ("child", "killed", 7)}),
    # a breakdown that repeats the total
    ("Five soldiers were killed in an ambush near Ostrel on Tuesday. The five soldiers were on patrol.",
     {("soldier", "killed", 5)}),
    ("A rocket killed three people in Brennmoor on Tuesday. All three were civilians.",
     {("person", "killed", 3)}),
    # a side's own dead told by "lose"
    ("The army said it killed 25 militants near Caldmere on Tuesday and lost two soldiers.",
     {("soldier", "killed", 25), ("soldier", "killed", 2)}),
    ("Government forces lost four soldiers in an ambush near Halvik on Tuesday.",
     {("soldier", "killed", 4)}),
    ("The rebels lost 30 fighters in the battle for Ostrel on Tuesday, a spokesman said.",
     {("soldier", "killed", 30)}),
    ("The battalion lost six men when a shell hit its trench near Brennmoor on Tuesday.",
     {("soldier", "killed", 6)}),
    # look-alikes of "lose"
    ("The ruling party lost three seats in the election on Tuesday.", set()),
    ("The team lost three games in a row in Caldmere this week.", set()),
    ("The company lost 400 jobs when its plant in Halvik closed on Tuesday.", set()),
    ("Farmers near Ostrel lost 200 cattle to the drought this year.", set()),
    # prisoners taken in a battle
    ("The army said it took 600 prisoners when it recaptured Brennmoor on Tuesday.",
     {("soldier", "detained", 600)}),
    ("Rebels captured 45 soldiers when they stormed a base near Caldmere on Tuesday.",
     {("soldier", "detained", 45)}),
    ("Troops killed 20 insurgents and captured nine others in a raid near Halvik on Tuesday.",
     {("soldier", "killed", 20), ("soldier", "detained", 9)}),
    ("Some 70 soldiers were taken prisoner when militants overran an outpost near Ostrel on Tuesday.",
     {("soldier", "detained", 70)}),
    # look-alikes of "took"
    ("The bowler took two wickets in the final over in Caldmere on Tuesday.", set()),
    ("The ferry took 300 passengers across the bay to Halvik on Tuesday.", set()),
    ("It took four hours to put out the fire in Ostrel on Tuesday.", set()),
    # prisoners exchanged or released
    ("The two sides exchanged 90 prisoners on Tuesday.", {("prisoner", "exchanged", 90)}),
    ("Halvik and Ostrel swapped 150 prisoners of war on Tuesday, officials said.",
     {("prisoner", "exchanged", 150)}),
    ("The rebels released 12 prisoners on Tuesday under a truce deal.", {("prisoner", "released", 12)}),
    # an arrest's count never goes on a shooting
    ("A gunman shot dead two men in Brennmoor on Tuesday. Police later arrested three suspects.",
     {("person", "killed", 2), ("person", "detained", 3)}),
    ("Police arrested five men on Tuesday over a shooting in Caldmere that wounded four people.",
     {("person", "detained", 5), ("person", "injured", 4)}),
    ("Two people were stabbed in Marrow Ford on Tuesday and one man was arrested.",
     {("person", "injured", 2)}),
    # a count of another event in the same sentence
    ("A drone hit a depot in Halvik on Tuesday, a week after shelling there killed 11 people.",
     {("person", "killed", 11)}),
    ("A bomb wounded three people in Ostrel on Tuesday, the town where 40 died in a blast in May.",
     {("person", "injured", 3), ("person", "killed", 40)}),
    ("Four soldiers were killed near Brennmoor on Tuesday, bringing the army's losses this month to 60.",
     {("soldier", "killed", 4)}),
    # killed and captured sides in one battle
    ("The army said 15 of its soldiers were killed and 40 captured in the battle for Caldmere on Tuesday.",
     {("soldier", "killed", 15), ("soldier", "detained", 40)}),
    ("In fighting near Halvik on Tuesday, rebels killed seven soldiers and took 12 prisoner.",
     {("soldier", "killed", 7), ("soldier", "detained", 12)}),
    # more look-alikes: numbers that are no toll
    ("Seven soldiers were promoted in a ceremony in Ostrel on Tuesday.", set()),
    ("Three men were killed and two others wounded when a truck overturned near Brennmoor on Tuesday.",
     set()),  # an accident is no event
    ("The army captured 14 villages near Caldmere on Tuesday.", set()),
    ("Rebels seized three tanks near Halvik on Tuesday.", set()),
    ("Police detained 30 protesters in Marrow Ford on Tuesday.", {("person", "detained", 30)}),
    ("Nineteen migrants drowned off Ostrel on Tuesday and 40 were rescued.", set()),  # no event
    ("A shell killed two soldiers near Brennmoor on Tuesday; a second shell wounded five civilians.",
     {("soldier", "killed", 2), ("civilian", "injured", 5)}),
    ("Three policemen and a bystander were wounded in a shootout in Caldmere on Tuesday.",
     {("person", "injured", 4)}),
    ("Ten people, four of them soldiers, were killed in Halvik on Tuesday.",
     {("person", "killed", 10), ("soldier", "killed", 4)}),
]
