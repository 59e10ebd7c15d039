"""Invented cases for who acted on whom in wire, local and official news (sides, second pass).

Each case: the text, the family of records it is about (a type prefix; None: no record at all), and the
countries a careful coder gives as initiator, target and participant across those records. The
conventions: an ordinary criminal attack has no actors; an attack on a state's agents (police, soldiers,
guards) has that state as target; an arrest or a court act by a state's police or courts has that state as
initiator, and an arrest of one state's citizen by another has the citizen's state as target (as
``events/sides_probe_cases`` has it); a civilian victim's nationality is no side; hosts and mediators are
left out; the backers of a militia are not its doers; a police spokesman who reports an attack is no side
of it.
"""

from __future__ import annotations

# (text, type prefix, initiators, targets, participants)
Case = tuple[str, str | None, list[str], list[str], list[str]]

ORDINARY_CRIME: list[Case] = [
    ("A man was stabbed to death outside a nightclub in Leeds early on Saturday, police said.",
     "attack", [], [], []),
    ("Two gunmen robbed a jewellery shop in Marseille on Tuesday and shot the owner in the leg.",
     "attack", [], [], []),
    ("A 17-year-old boy was shot dead in a drive-by shooting in Chicago on Sunday night, police said.",
     "attack", [], [], []),
    ("Three people were wounded when a man opened fire in a shopping centre in Rotterdam on Friday.",
     "attack", [], [], []),
    ("A businessman was kidnapped at gunpoint from his car in Lagos on Monday, police said.",
     "attack", [], [], []),
    ("An elderly woman was beaten and robbed in her home in Durban on Wednesday night.",
     "attack", [], [], []),
    ("A hand grenade was thrown into a pizzeria in Malmo overnight, injuring two people, Swedish police said.",
     "attack", [], [], []),
    ("A farmer killed his neighbour with an axe in a village near Krakow on Thursday, prosecutors said.",
     "attack", [], [], []),
]

STATE_AGENTS_HIT: list[Case] = [
    ("A police officer was shot and wounded during a traffic stop in Marseille on Tuesday.",
     "attack", [], ["FRA"], []),
    ("Gunmen killed two policemen at a checkpoint near Peshawar on Sunday.",
     "attack", ["PAK"], ["PAK"], []),
    ("A soldier was stabbed outside an army barracks in Lyon on Monday.",
     "attack", [], ["FRA"], []),
    ("Suspected militants attacked a police station in Maiduguri overnight, killing three officers.",
     "attack", ["NGA"], ["NGA"], []),
    ("Two prison guards were stabbed by an inmate at a jail in Birmingham on Wednesday.",
     "attack", [], ["GBR"], []),
    ("Youths threw petrol bombs at police officers in Belfast on Friday night.",
     "attack", [], ["GBR"], []),
    # the one hit is named bare, but the report gives his title elsewhere
    ("Constable Ana Pell was buried in Leeds on Friday. The vicar said the murder of Ms Pell on Monday had shocked "
     "the town.", "attack", [], ["GBR"], []),
]

ARRESTS: list[Case] = [
    ("Police in Manchester arrested a 34-year-old man on Thursday on suspicion of murder.",
     "arrest", ["GBR"], [], []),
    ("Kenyan police detained five people in Mombasa on Monday over a string of robberies.",
     "arrest", ["KEN"], [], []),
    ("A man was charged on Tuesday with the murder of a shopkeeper in Glasgow.",
     "arrest", ["GBR"], [], []),
    ("Indian police arrested two men in Mumbai on Saturday in connection with the shooting.",
     "arrest", ["IND"], [], []),
    ("A court in Hamburg sentenced a 45-year-old man to life in prison on Friday for killing his wife.",
     "arrest", ["DEU"], [], []),
]

FOREIGN_SUSPECTS: list[Case] = [
    ("Iranian authorities arrested a French citizen in Tehran on Sunday on spying charges.",
     "arrest", ["IRN"], ["FRA"], []),
    ("A Dutch court on Thursday convicted a Rwandan man of taking part in a massacre of villagers.",
     "arrest", ["NLD"], ["RWA"], []),
    ("A court in Paris sentenced a former Syrian army officer to life in prison on Wednesday for torture.",
     "arrest", ["FRA"], ["SYR"], []),
    ("Turkish police detained two German tourists in Antalya on Monday over social media posts.",
     "arrest", ["TUR"], ["DEU"], []),
    ("A Belgian man was arrested in Moscow on Tuesday on charges of smuggling, Russian officials said.",
     "arrest", ["RUS"], ["BEL"], []),
    ("Thai police arrested an Australian man in Bangkok on Friday over a bar fight.",
     "arrest", ["THA"], ["AUS"], []),
]

VICTIM_NATIONALITY: list[Case] = [
    ("A French aid worker was kidnapped by gunmen in Niger's Tahoua region on Sunday.",
     "attack", ["NER"], ["NER"], []),
    ("Two Chinese workers were shot dead at a gold mine in the Central African Republic on Tuesday.",
     "attack", [], [], []),
    ("An American tourist was stabbed in Paris on Friday night, police said.",
     "attack", [], [], []),
    ("A British tourist was stabbed in Phuket on Saturday.",
     "attack", [], [], []),
    # look-alikes: a state's soldier is its agent
    ("Gunmen kidnapped a Nigerian soldier near Maiduguri on Sunday.",
     "attack", ["NGA"], ["NGA"], []),
]

POLICE_SAID: list[Case] = [
    ("Two men shot a shopkeeper dead in Johannesburg on Friday, police said.",
     "attack", [], [], []),
    ("Gunmen killed four villagers in Zamfara state on Sunday, a police spokesman said.",
     "attack", ["NGA"], ["NGA"], []),
    ("A bomb exploded at a bus stop in Quetta on Monday, killing six people, police said.",
     "attack", [], [], []),
    ("Nigerian police said bandits abducted 20 students from a school in Kaduna on Thursday.",
     "attack", ["NGA"], ["NGA"], []),
    ("The Mexican police said a gang shot dead five men at a bar in Celaya on Saturday.",
     "attack", [], [], []),
]

PARTY_REBELS: list[Case] = [
    ("Labour rebels voted against the welfare bill in London on Wednesday.", None, [], [], []),
    ("Rebels in the ruling party forced a leadership vote in Canberra on Tuesday.", None, [], [], []),
    ("Tory rebels warned the prime minister on Monday that they would vote down the budget.",
     None, [], [], []),
    # look-alike: armed rebels take the country they fight in, and soldiers are their state
    ("Rebels attacked an army base in northern Mali on Sunday, killing 12 soldiers.",
     "attack", ["MLI"], ["MLI"], []),
]

HOSTS: list[Case] = [
    ("Armenia and Azerbaijan held talks in Doha on Tuesday, mediated by Qatar.",
     "diplomacy", [], [], ["ARM", "AZE"]),
    ("Qatar hosted talks between Ethiopian and Eritrean officials in Doha on Monday.",
     "diplomacy", [], [], ["ERI", "ETH"]),
    ("Talks in Cairo between Israeli and Lebanese delegations ended on Sunday without a deal.",
     "diplomacy", [], [], ["ISR", "LBN"]),
    ("Turkey brokered a prisoner exchange between Russia and Ukraine on Friday.",
     "prisoners", [], [], ["RUS", "UKR"]),
    ("Officials from Peru and Ecuador met in Geneva on Thursday in talks hosted by Switzerland.",
     "diplomacy", [], [], ["ECU", "PER"]),
    ("Norway will host a new round of talks between Colombia and Venezuela next week.",
     "diplomacy", [], [], ["COL", "VEN"]),
    # look-alikes: a host that talks is a side
    ("Qatar and Egypt held talks in Doha on Monday.", "diplomacy", [], [], ["EGY", "QAT"]),
    ("Brazilian President Lia Montes hosted Argentine President Tomas Vidal in Brasilia on Monday for talks.",
     "diplomacy", [], [], ["ARG", "BRA"]),
]

BACKERS: list[Case] = [
    ("Iran-backed militias fired rockets at a U.S. base in eastern Syria on Tuesday.",
     "attack", ["SYR"], ["USA"], []),
    ("Fighters backed by Turkey attacked Kurdish positions near Manbij on Monday.",
     "attack", ["SYR"], ["SYR"], []),
    ("Russian-backed separatists shelled Ukrainian army positions near Donetsk on Sunday.",
     "attack", ["UKR"], ["UKR"], []),
    # look-alikes: the state's own forces
    ("Turkish troops shelled Kurdish positions near Manbij on Monday.", "attack", ["TUR"], ["SYR"], []),
    ("Iranian drones struck a Kurdish camp in northern Iraq on Tuesday.", "attack", ["IRN"], ["IRQ"], []),
]

STATE_ACTS: list[Case] = [
    # look-alikes where the state is a side
    ("Russian forces shelled Kharkiv on Monday, killing three civilians, Ukrainian officials said.",
     "attack", ["RUS"], ["UKR"], []),
    ("Israeli police arrested a Palestinian man in Jerusalem on Sunday after a stabbing.",
     "arrest", ["ISR"], ["PSE"], []),
    ("Pakistani troops killed six militants in a raid near Peshawar on Wednesday, the army said.",
     "attack", ["PAK"], ["PAK"], []),
]

ALL_CASES: list[Case] = (ORDINARY_CRIME + STATE_AGENTS_HIT + ARRESTS + FOREIGN_SUSPECTS + VICTIM_NATIONALITY
                         + POLICE_SAID + PARTY_REBELS + HOSTS + BACKERS + STATE_ACTS)
