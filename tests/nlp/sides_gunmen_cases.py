"""Invented cases for who is an armed group and who is a state: lone gunmen, robbers, kin-named rebels.

Each case: the text, the family of records it is about (a type prefix), and the countries a careful coder
gives as initiator, target and participant across those records. The conventions (``evaluation/real/README``):
an ordinary criminal attack has no actors, whoever the attacker (a gunman, a shooter, a knifeman, robbers,
two masked men); an attack on a state's agents has that state as target; an armed group (rebels, militants,
insurgents, jihadists, separatists) takes the country it fights in, and an ethnic or kin word before it
("Kurdish", "ethnic Albanian", "Tamil") names no state; a state's forces named by demonym are that state.
"""

from __future__ import annotations

# (text, type prefix, initiators, targets, participants)
Case = tuple[str, str | None, list[str], list[str], list[str]]

LONE_ATTACKERS: list[Case] = [
    ("Police in Bergen said a gunman killed two people at a bar on Saturday night.",
     "attack", [], [], []),
    ("A shooter opened fire at a supermarket in Dallas on Sunday, killing four people, police said.",
     "attack", [], [], []),
    ("An attacker stabbed three passengers on a train near Hamburg on Wednesday before he was overpowered.",
     "attack", [], [], []),
    ("A knifeman wounded two women outside a school in Lyon on Thursday, police said.",
     "attack", [], [], []),
    ("A lone gunman shot and wounded five people at a church in Memphis on Sunday.",
     "attack", [], [], []),
    ("A gunman stormed a newspaper office in Leicester on Thursday and killed three employees.",
     "attack", [], [], []),
    ("A gunman shot dead a tourist on a beach near Sousse on Friday, Tunisian police said.",
     "attack", [], [], []),
]

ROBBERS: list[Case] = [
    ("Two masked men robbed a bank in Naples on Monday and shot a cashier in the arm.",
     "attack", [], [], []),
    ("Armed robbers shot dead a shopkeeper in Pretoria on Friday, police said.",
     "attack", [], [], []),
    ("Robbers killed a taxi driver in Nairobi overnight, police said.",
     "attack", [], [], []),
    ("Three gunmen robbed a petrol station in Valencia on Tuesday and beat the attendant.",
     "attack", [], [], []),
    ("Two armed men held up a post office in Antwerp on Wednesday and wounded a customer.",
     "attack", [], [], []),
]

LONE_ATTACKERS_ON_AGENTS: list[Case] = [
    ("A gunman shot dead a police officer in Toulouse on Tuesday.",
     "attack", [], ["FRA"], []),
    ("An attacker stabbed a police officer outside a station in Brussels on Friday.",
     "attack", [], ["BEL"], []),
    # look-alike: gunmen in the plural stay armed men, who take the country they fight in
    ("Gunmen shot dead three soldiers at a checkpoint near Quetta on Monday.",
     "attack", ["PAK"], ["PAK"], []),
]

KIN_NAMED_GROUPS: list[Case] = [
    ("Ethnic Albanian rebels attacked a police post near Tetovo in Macedonia on Sunday.",
     "attack", ["MKD"], ["MKD"], []),
    ("Kurdish fighters attacked an army post near Hakkari in Turkey on Monday, killing four soldiers.",
     "attack", ["TUR"], ["TUR"], []),
    ("Tamil rebels ambushed an army patrol near Jaffna in Sri Lanka on Thursday, the military said.",
     "attack", ["LKA"], ["LKA"], []),
    ("Ethnic Armenian separatists shelled an army post near Terter in Azerbaijan on Friday.",
     "attack", ["AZE"], ["AZE"], []),
    ("Ethnic Russian separatists shelled army positions near Donetsk in Ukraine on Wednesday.",
     "attack", ["UKR"], ["UKR"], []),
    ("Pashtun tribal fighters ambushed an army convoy in Waziristan in Pakistan on Tuesday.",
     "attack", ["PAK"], ["PAK"], []),
    ("Ethnic Serb gunmen fired on a police patrol near Vukovar in Croatia on Saturday.",
     "attack", ["HRV"], ["HRV"], []),
]

ARMED_GROUPS: list[Case] = [
    # look-alikes: real armed groups keep the country they fight in, which is their target too (as
    # "gunmen killed four villagers" is in ``sides_wire_cases``)
    ("Islamist gunmen stormed a hotel in Bamako on Friday, killing six guests.",
     "attack", ["MLI"], ["MLI"], []),
    ("Jihadists attacked an army base near Menaka in Mali on Saturday, killing 12 soldiers.",
     "attack", ["MLI"], ["MLI"], []),
    ("Insurgents killed three soldiers with a roadside bomb in Kandahar province on Wednesday.",
     "attack", ["AFG"], ["AFG"], []),
    ("Maoist rebels killed six policemen in an ambush in Chhattisgarh in India on Sunday.",
     "attack", ["IND"], ["IND"], []),
    ("Rebels attacked an army convoy near Goma in Congo on Tuesday, killing five soldiers.",
     "attack", ["COD"], ["COD"], []),
]

STATE_FORCES: list[Case] = [
    # look-alikes: a state's forces named by demonym are that state
    ("Albanian police arrested two men in Durres on Monday over the shooting.",
     "arrest", ["ALB"], [], []),
    ("Ukrainian forces shelled rebel positions near Donetsk on Monday.",
     "attack", ["UKR"], ["UKR"], []),
    ("Nigerian soldiers killed 20 militants in an operation near Maiduguri on Thursday.",
     "attack", ["NGA"], ["NGA"], []),
    ("Serbian forces shelled villages near Gorazde in Bosnia on Tuesday.",
     "attack", ["SRB"], ["BIH"], []),
    ("Turkish troops shelled Kurdish fighters near Afrin in Syria on Sunday.",
     "attack", ["TUR"], ["SYR"], []),
]

ALL_CASES: list[Case] = (LONE_ATTACKERS + ROBBERS + LONE_ATTACKERS_ON_AGENTS + KIN_NAMED_GROUPS + ARMED_GROUPS
                         + STATE_FORCES)
