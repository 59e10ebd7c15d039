"""The not-done probe: invented reports whose act words are told as planned, threatened, conditional, supposed,
denied, negated, asked about, habitual or long past (a noun dated years before the report), beside look-alikes
that do tell an act done ("police said they had arrested", "troops would later storm" in a past narrative).

Each row: the text (published Thursday 2025-05-22) and what a careful coder records, as space-separated
families ("attack"), a family with a status other than occurred ("protest:planned"), a trailing "?" for a
record a coder may or may not make; "" for no record at all.
"""

from __future__ import annotations

CASES: list[tuple[str, str]] = [
    # -- a modal or a "would"-clause: supposed, not done -------------------------------------------------
    ("Engineers said a strike on the Tarvel dam would flood a dozen villages downstream.", ""),
    ("Analysts say the army could launch a new offensive on the coast in the summer.", "military:planned?"),
    ("Officials warned that drones might target the power grid of the region again this winter.", "statement?"),
    ("A full blockade of the port would leave the island without fuel within a week, traders said.", ""),
    # -- vowed, threatened, plans, is expected to: another status ----------------------------------------
    ("The rebel commander vowed on Tuesday to attack the capital within a month.", "statement?"),
    ("The militia threatened on Wednesday to shell the airport if flights resumed.", "statement?"),
    ("Farmers plan to block the motorway near Toulouse next week.", "protest:planned"),
    ("The two presidents are expected to meet in Geneva next month, diplomats said.", "diplomacy:planned"),
    ("Detectives are expected to make more arrests in the coming days.", ""),
    ("The government intends to send more troops to the northern border, the minister said.", "military:planned?"),
    # -- an if, unless or should clause ------------------------------------------------------------------
    ("If the truce collapses, the army will storm the city, the general said on Monday.", "statement?"),
    ("Should the talks fail, the rebels would resume their raids on convoys, a spokesman warned.",
     "statement?"),
    ("Unless the cabinet resigns, the opposition will stage mass protests in the capital, its leader said.",
     "statement? protest:planned?"),
    ("Police will arrest anyone who blocks the roads during the summit, the interior minister said.",
     "statement?"),
    # -- a determiner of supposition: any, a possible, a future -----------------------------------------
    ("The minister warned that any attack on the embassy would be met with force.", "statement?"),
    ("The army is preparing for a possible assault on the port city, officers said.", "military:planned?"),
    ("Any protest near the parliament will be broken up, the police chief said on Tuesday.", "statement?"),
    ("Diplomats fear a future war over the river's water.", ""),
    # -- a question ---------------------------------------------------------------------------------------
    ("Will the rebels attack the capital before the rains come?", ""),
    ("The mayor asked whether police would arrest the protesters camped in the square.", ""),
    # -- a negation ---------------------------------------------------------------------------------------
    ("The army has not carried out any air strikes in the province since January.", ""),
    ("Nobody has been arrested over the fire, police said on Wednesday.", ""),
    ("Kenya has no plans to deploy troops to the border, the defence minister said.", ""),
    ("The two leaders did not meet during the summit, contrary to earlier reports.", "statement?"),
    # -- a habit ------------------------------------------------------------------------------------------
    ("Militants regularly fire rockets at the town from the hills above it.", ""),
    ("Smugglers typically bribe the guards at the crossing rather than fight them.", ""),
    # -- a past act years before the report, told as background ----------------------------------------
    ("The town has never recovered from the 2014 bombing of its rail station.", ""),
    ("The bridge, destroyed in an air strike in 2016, was rebuilt last year.", ""),
    ("Since the 2003 invasion, the city has been a base for rival militias.", ""),
    # (an older act told as a fact in its own clause with its date is coded by the gold conventions)
    ("He was jailed in 2009 for leading protests against the president.", "arrest?"),
    ("Relatives still mourn the victims of the 1998 massacre in the valley.", ""),
    # -- a plan or a purpose: an act aimed at, not done ---------------------------------------------------
    ("Rebel leaders are considering an attack on the airport, a source said.", "military:planned?"),
    ("The rebels dug tunnels to attack army posts from below.", ""),
    ("The president promised to free all political prisoners by the end of the year.", "prisoners:planned?"),
    # -- an act feared, awaited or kept off -------------------------------------------------------------
    ("Residents fled the border town fearing more air strikes, the mayor said.", "humanitarian?"),
    ("Police braced for clashes ahead of the vote in the capital.", ""),
    ("The militia threatened fresh attacks on the town if the army advanced.", "statement?"),
    ("Troops were deployed along the border to deter attacks by smugglers.", "military?"),
    # ===== look-alikes: the act was done ================================================================
    ("Police said they had arrested three men in Leeds on Tuesday over the stabbing.", "arrest attack?"),
    ("The attack, which killed four people in Kandahar on Monday, was the deadliest since March.", "attack"),
    ("On Monday soldiers surrounded a farmhouse near Mosul; hours later they would storm it, killing six "
     "gunmen.", "attack"),
    ("The army said it had struck rebel positions near Goma overnight in retaliation for an ambush.",
     "attack"),
    ("Rebels vowed revenge after troops killed their commander in an air strike near Idlib on Tuesday.",
     "attack statement?"),
    ("The militia, which had threatened to attack the airport, shelled its runway near Tripoli on Wednesday.",
     "attack statement?"),
    ("Despite threats to disrupt the vote, thousands marched peacefully through Nairobi on Tuesday.",
     "protest"),
    ("The ministry denied the report, but residents said drones hit two homes in Sumy on Monday night.",
     "attack statement?"),
    ("Gunmen opened fire on a bus near Quetta on Monday to avenge a tribal feud, police said.", "attack"),
    ("Police fired tear gas to disperse protesters in Dhaka on Sunday.", "protest attack?"),
    ("If confirmed, the strike on the depot in Melitopol on Tuesday would be the largest this year.",
     "attack"),
    ("Talks between Ethiopia and Eritrea in Doha on Monday, which could pave the way for a truce, ended "
     "without a deal.", "diplomacy"),
    ("The air force said it had shot down 40 drones over Kharkiv overnight, though more may have been "
     "launched.", "attack"),
    ("Since Monday, at least 30 people have been killed in clashes in the city of Tripoli.", "attack"),
    ("Police arrested a man in Lyon on Monday suspected of planning to bomb a church.", "arrest"),
    ("A court in Kano sentenced him on Tuesday for the 2019 bombing of a bus station.", "arrest"),
    ("Prosecutors charged two men in Vienna on Monday over a plot to attack a synagogue.", "arrest"),
    ("Officials said the blast at an army base near Herat on Tuesday may have been caused by a drone.",
     "attack"),
    ("The militia had not shelled the town since a truce in 2020, but on Monday mortar rounds hit its "
     "market in Sirte.", "attack"),
    # (the act an accusation names is the accuser's claim; the project codes the accusation)
    ("Kyiv accused Moscow of shelling a hospital in Kherson on Monday, killing two nurses.",
     "statement attack?"),
    ("The shelling that residents had feared came on Monday night in Kharkiv, officials said.", "attack"),
    ("Troops would not say how many rebels they had killed in the raid near Beni on Sunday.", "attack"),
    ("The guards, who could have fled, fought off the attackers at the prison in Kaduna on Monday night.",
     "attack"),
]
