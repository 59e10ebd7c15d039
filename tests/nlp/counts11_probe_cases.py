"""Invented reports of attacks and arrests with the counts a careful coder records over their events, as
(family, item, role, value): counts told in another sentence than the act, singular victims with no numeral,
counts split by role, running totals and earlier tolls, and the wrong item. About a third are look-alikes: a
number that is no count (an age, a street, an hour, a sum, a term, a crowd, "one of the"), a toll of another
time, a disaster. Every sentence, name and number here is made up; the towns are real places with invented
incidents."""

from __future__ import annotations

Want = set[tuple[str, str, str, int]]

CASES: list[tuple[str, Want]] = [
    # the count told in another sentence than the act
    ("Police raided a house in Flint on Tuesday. Two men were arrested and charged with selling heroin.",
     {("arrest", "person", "detained", 2)}),
    ("Two men were arrested in Bangor on Monday. Both were charged with burglary and held on bail.",
     {("arrest", "person", "detained", 2)}),
    ("An explosion tore through a bus station in Quetta on Friday. At least nine people died and 20 were hurt.",
     {("attack", "person", "killed", 9), ("attack", "person", "injured", 20)}),
    ("Troops came under fire near Kidal on Wednesday. Two soldiers were killed, the army said.",
     {("attack", "soldier", "killed", 2)}),
    ("Gunmen stormed a village near Maiduguri on Sunday night. Residents said 14 villagers were killed.",
     {("attack", "person", "killed", 14)}),
    ("A fight broke out at a house party in Tulsa early Saturday and someone opened fire. Three people were "
     "wounded, police said.",
     {("attack", "person", "injured", 3)}),
    # singular victims with no numeral
    ("A man was shot and killed outside a convenience store in Gary on Sunday night.",
     {("attack", "person", "killed", 1)}),
    ("A woman was stabbed several times in a parking lot in Fresno on Tuesday, police said.",
     {("attack", "person", "injured", 1)}),
    ("A police officer was wounded in a shootout with a robbery suspect in Stockton on Friday.",
     {("attack", "person", "injured", 1)}),
    ("A soldier was killed when a roadside bomb hit his patrol in Kandahar on Monday.",
     {("attack", "soldier", "killed", 1)}),
    ("A 10-year-old boy was hit by a stray bullet in Camden on Wednesday evening.",
     {("attack", "child", "injured", 1)}),
    ("A Jackson man was charged on Monday with shooting his neighbor to death.",
     {("attack", "person", "killed", 1)}),
    ("The body of a taxi driver was found with gunshot wounds in Toluca on Thursday.",
     {("attack", "person", "killed", 1)}),
    # a single one arrested is no count
    ("A man was arrested on Thursday after a fight outside a bar in Erie.", set()),
    ("Deputies arrested a Salem woman on Friday on charges of arson.", set()),
    # counts split by role
    ("Gunmen killed four people and wounded seven others at a market in Jos on Tuesday.",
     {("attack", "person", "killed", 4), ("attack", "person", "injured", 7)}),
    ("Three people were killed and a fourth was injured when a man opened fire at a car wash in Macon on Sunday.",
     {("attack", "person", "killed", 3), ("attack", "person", "injured", 1)}),
    ("Police shot dead a man after he stabbed two passers-by in Hamburg on Friday.",
     {("attack", "person", "injured", 2)}),
    ("A gunman killed three people at an office in Denver on Monday before killing himself.",
     {("attack", "person", "killed", 3)}),
    ("Gunmen wounded five people at a bus stop in Lagos on Monday. Two of the wounded were in critical condition.",
     {("attack", "person", "injured", 5)}),
    ("An airstrike hit a school in Idlib on Tuesday, killing 11 people. Most of the dead were children, medics "
     "said.",
     {("attack", "person", "killed", 11)}),
    ("Gunmen killed six civilians and two policemen in an attack on a village near Bunia on Monday.",
     {("attack", "civilian", "killed", 6), ("attack", "person", "killed", 2)}),
    ("Three suspects were arrested after two police officers were shot in Memphis on Friday.",
     {("arrest", "person", "detained", 3), ("attack", "person", "injured", 2)}),
    ("Four students were wounded when a gunman opened fire at a high school in Flint on Thursday.",
     {("attack", "person", "injured", 4)}),
    # running totals and earlier tolls: the event's own count
    ("A drone strike killed four people in Kherson on Monday, bringing the number killed in the city this month "
     "to 61.",
     {("attack", "person", "killed", 4)}),
    ("Militants killed nine soldiers near Gao on Sunday, the deadliest attack on the army since 2019, when 53 "
     "troops died.",
     {("attack", "soldier", "killed", 9)}),
    ("Rebels shelled Donetsk on Thursday, killing three civilians. More than 13,000 people have died in the "
     "conflict since 2014.",
     {("attack", "civilian", "killed", 3)}),
    ("Gunmen killed two farmers near Makurdi on Saturday. Attacks in the state have killed more than 500 people "
     "this year, officials say.",
     {("attack", "person", "killed", 2)}),
    ("Police arrested five people in Tbilisi on Saturday, taking the number held since the protests began to 300.",
     {("arrest", "person", "detained", 5)}),
    ("Two more bodies were pulled from the rubble in Aleppo, raising the death toll from Saturday's air raid to 23.",
     {("attack", "person", "killed", 23)}),
    # numbers that are no count
    ("The victim, 28, was shot in the chest outside his home on Elm Street in Akron on Saturday.",
     {("attack", "person", "injured", 1)}),
    ("Police arrested a 19-year-old man in Bristol on Monday after a stabbing that left a 23-year-old woman "
     "injured.",
     {("attack", "person", "injured", 1)}),
    ("A man was shot at 2 a.m. on Sunday near 4th and Pine in Spokane, police said.",
     {("attack", "person", "injured", 1)}),
    ("Robbers took $3,000 from a pharmacy in Yuma on Tuesday after threatening the clerk with a knife.", set()),
    ("The two-hour standoff in Boise ended on Friday when the man surrendered to police.", set()),
    ("One of the three men arrested in Raleigh on Monday was released on bail on Wednesday.",
     {("arrest", "person", "detained", 3)}),
    ("The suspect, who faces 20 years in prison, was arrested in Provo on Friday.", set()),
    ("A crowd of about 5,000 people marched through Lyon on Saturday against the pension law.", set()),
    ("About 300 protesters marched through Lyon on Saturday, and police arrested 12 of them.",
     {("arrest", "person", "detained", 12)}),
    ("Police fired tear gas at a crowd of 2,000 in Nairobi on Tuesday.", set()),
    ("Police in Dover are looking for a man who robbed a bank on Route 13 at 10:30 a.m. Monday.", set()),
    ("Police in Leeds arrested a third man on Sunday over the stabbing.", set()),
    ("A man was shot in the leg on the 1200 block of Main Street in Peoria on Friday night.",
     {("attack", "person", "injured", 1)}),
    ("Gunmen fired 30 shots at a police station in Culiacan on Monday, but no one was hurt.",
     {("attack", "person", "injured", 0)}),
    ("The gang, which has more than 200 members, was blamed for an attack on a bus in San Pedro Sula on Friday "
     "that killed two passengers.",
     {("attack", "person", "killed", 2)}),
    ("A man who served 15 years for robbery was arrested again in Tacoma on Tuesday.", set()),
    ("The 24-year-old gunman killed two people at a diner in Reno on Sunday.",
     {("attack", "person", "killed", 2)}),
    # a toll of no event: a disaster, an accident, a date marked
    ("Floods in Assam killed 12 people on Tuesday, officials said.", set()),
    ("A bus crash on a highway near Puebla killed 14 people on Monday.", set()),
    ("Hundreds gathered in Omagh on Sunday to mark 25 years since a car bomb killed 29 people in the town.", set()),
    ("A fire at a warehouse in Dhaka on Friday killed seven workers, the fire service said.", set()),
    # the item counted
    ("Gunmen kidnapped 25 passengers from a bus in Zamfara on Sunday, police said.",
     {("attack", "person", "missing", 25)}),
    ("Security forces detained 40 people, including 10 minors, in Tbilisi on Saturday.",
     {("arrest", "person", "detained", 40), ("arrest", "child", "detained", 10)}),
    ("Two women and a man were shot outside a nightclub in Newark on Saturday.",
     {("attack", "person", "injured", 3)}),
    ("An airstrike killed seven members of one family in Rafah on Tuesday, medics said.",
     {("attack", "person", "killed", 7)}),
]
