"""A probe of acts that are not news: appeals and advice, what the accused is said to have planned,
remembrance, generic and habitual acts, conditions, questions, counterfactuals, denials, rules and laws,
drills, and fiction; and real events told in the same words, which must stay records.

Each row: (text, families). ``families`` is a space-separated list of the event families a careful coder
records ("attack", "arrest"; a trailing "?" marks one that may be left out; "" for no event). Every
sentence is invented; the towns are made up, since no place is needed to tell the family.
"""

from __future__ import annotations

CASES: list[tuple[str, str]] = [
    # --- appeals and advice ---
    ("Anyone with information about the stabbing is asked to call the Tarvel police.", ""),
    ("People with unpaid parking fines are urged to come forward before they are arrested, the sheriff said.",
     ""),
    ("To report a burglary, call the non-emergency line.", ""),
    ("Residents who see anyone breaking into cars should phone the police at once.", ""),
    ("Parents are advised to keep children indoors if gunfire is heard.", ""),
    ("If you are attacked, shout and run to a lit place, the leaflet says.", ""),
    ("Drivers are warned not to stop for hitchhikers on the highway, where gangs kidnap motorists.", ""),
    # appeals about a real act
    ("Police appealed for witnesses to a stabbing that left a man dead in Tarvel on Saturday.", "attack"),
    ("Anyone who saw the gunmen who shot a guard at the Olsway bank on Tuesday should call police, "
     "detectives said.", "attack"),
    ("Detectives asked for help on Monday after a woman was assaulted in a Tarvel park on Sunday night.",
     "attack"),
    # --- what the accused is said to have planned ---
    ("Prosecutors said she intended to poison the judge and flee abroad.", "arrest?"),
    ("Prosecutors say the men planned to bomb a shopping centre over the holidays; they were charged on "
     "Monday with conspiracy.", "arrest"),
    ("The indictment says he hoped to start a riot at the stadium.", "arrest?"),
    ("According to the charge sheet, the couple plotted to kidnap the mayor's daughter.", "arrest?"),
    ("A man accused of plotting to storm the parliament was denied bail on Thursday.", "arrest"),
    ("The teenager was charged on Friday with planning to attack a synagogue.", "arrest"),
    ("Investigators believe the group wanted to blow up a power station.", ""),
    # the act itself, told by the prosecutors
    ("Prosecutors said he shot the officer on Monday outside a bar in Tarvel.", "attack arrest?"),
    ("The man charged on Tuesday is accused of stabbing his neighbour to death in Olsway last week.",
     "arrest attack?"),
    # --- remembrance ---
    ("Letters still arrive every spring, decades after the doctor was shot dead in 1981.", ""),
    ("The family still mourns the son killed in the war.", ""),
    ("Her grandfather was among those deported in 1944, she told the crowd.", ""),
    ("Each year the town lays flowers where the bus was bombed.", ""),
    ("He never spoke about the ambush that killed his platoon in 1968.", ""),
    ("The family still mourns the son who was shot dead in Tarvel on Saturday.", "attack"),
    # --- generic and habitual ---
    ("Bombings are common in the province.", ""),
    ("Police in the city arrest dozens of people each week for drunk driving.", ""),
    ("Kidnappings for ransom are a daily threat on the northern highway.", ""),
    ("Riots tend to follow the football derby.", ""),
    ("Shootings rise every summer in the district, the study found.", ""),
    ("Police arrested 14 people in the city on Saturday for drunk driving.", "arrest"),
    # --- conditions ---
    ("If the talks fail, the army will strike.", "statement?"),
    ("Should the rebels cross the river, the artillery will open fire, the general said.", "statement?"),
    ("Unless the squatters leave by Friday, they will be arrested, the mayor warned.", "statement?"),
    ("Had the guard not shut the gate, the gunman would have reached the classrooms.", ""),
    # --- questions ---
    ("Could the militia storm the port before winter? Few analysts think so.", ""),
    ("Who will arrest the warlord now that the court has closed?", ""),
    # --- counterfactuals ---
    ("Engineers said a strike on the dam would have flooded the whole valley.", ""),
    ("A blast in the crowded hall could have killed dozens, the fire chief said of the faulty boiler.", ""),
    # --- denials ---
    ("No shots were fired and no one was hurt, police said.", ""),
    ("Nobody was arrested, a police spokesman said.", ""),
    ("The officer never drew his gun, witnesses said.", ""),
    ("No shots were fired, but police arrested 12 men at the rally on Sunday.", "arrest protest?"),
    # --- rules and laws ---
    ("The law makes assault on a police officer a felony.", ""),
    ("Under the new rules, protesters who block roads can be jailed for up to a year.", ""),
    ("The bill would let police detain suspects for 14 days without charge.", ""),
    ("Kidnapping carries a life sentence in the state.", ""),
    ("A man was jailed for a year on Monday for assaulting a police officer in Tarvel.", "arrest attack?"),
    # --- training and drills ---
    ("Troops practised storming a building at the base near Tarvel on Tuesday.", ""),
    ("Police rehearsed a response to a mass shooting at the Olsway mall.", ""),
    ("Marines simulated an amphibious assault on the beach during the exercise.", ""),
    ("Troops stormed a building held by gunmen in Tarvel on Tuesday, killing two.", "attack"),
    # --- fiction, films and games ---
    ("The film depicts a massacre in a mountain village.", ""),
    ("In the novel, a detective hunts the man who shot a priest.", ""),
    ("Players must bomb enemy bases to win the game.", ""),
    ("The play tells of a siege that starved a city.", ""),
    ("Gunmen attacked a cinema showing the film in Olsway on Friday, wounding three.", "attack"),
    ("Police appealed for calm after the riot in Tarvel on Saturday night.", "protest"),
]
