"""Invented headlines, telegraphic briefs and coded event notes, with what a careful coder records.

Each row: (text, type, sub-event, killed, injured). ``type`` is the sitrep type a record must have (an
empty string: no attack, protest, territory or arrest record at all); ``sub`` the exported ACLED
sub-event type of a record (None: not checked); ``killed`` the killed count that must be read (None: no
killed figure above zero may be read); ``injured`` an injured count that must be read (None: not
checked). Every incident is made up; the towns are real only where the gazetteer must know the place.
"""

from __future__ import annotations

from tests.nlp.descriptions_table import (  # the exported sub-event types, named once
    ABDUCT,
    AIR,
    ATTACK,
    CLASH,
    EXCESSIVE,
    GRENADE,
    IED,
    INTERVENED,
    MOB,
    NONSTATE,
    PEACEFUL,
    SHELL,
    SUICIDE,
    VIOLENT,
)

Case = tuple[str, str, str | None, int | None, int | None]

HEADLINES: list[Case] = [
    ("Two soldiers killed, nine wounded in ambush near Menaka", "attack.ground", CLASH, 2, 9),
    ("Blast kills six at bus stop in Quetta", "attack.explosive", IED, 6, None),
    ("Gunmen kill three herders near Tillaberi", "attack.civilians", ATTACK, 3, None),
    ("Toll in Bunia clashes rises to 14", "attack.ground", CLASH, 14, None),
    ("Car bomb leaves 8 dead outside ministry in Mogadishu", "attack.explosive", IED, 8, None),
    ("Insurgents seize town of Mocimboa da Praia", "territory.change", NONSTATE, None, None),
    ("Two policemen among 7 dead in Bannu ambush", "attack.ground", CLASH, 7, None),
    ("Kharkiv: artillery fire hits school", "attack.artillery", SHELL, None, None),
    ("Drone hits car near Gao, killing two", "attack.drone", AIR, 2, None),
    ("Mortar round kills two at football pitch in Mogadishu", "attack.artillery", SHELL, 2, None),
    ("Jets pound villages in Sagaing, 9 dead", "attack.air", AIR, 9, None),
    ("Landmine kills three shepherds near Kirkuk", "attack.explosive", IED, 3, None),
    ("Suicide bomber hits army checkpoint in Bannu, four soldiers dead", "attack.explosive", SUICIDE, 4, None),
    ("Police fire tear gas at fuel protesters in Kampala", "protest.demonstration", INTERVENED, None, None),
    ("Angry crowd sets fire to police station in Bukavu", "protest.riot", VIOLENT, None, None),
    ("Gunmen abduct seven teachers in Kogi", "attack.civilians", ABDUCT, None, None),
    ("Grenade attack wounds six at bar in Bujumbura", "attack.explosive", GRENADE, None, 6),
    ("Soldiers, militants clash near Djibo; 11 killed", "attack.ground", CLASH, 11, None),
    ("Air strike kills militant commander in Jilib", "attack.air", AIR, 1, None),
    ("Five civilians shot dead by soldiers at Mopti market", "attack.civilians", ATTACK, 5, None),
    ("Army repels attack on Monguno base, 13 insurgents killed", "attack.ground", CLASH, 13, None),
    ("Missile strike on Dnipro kills four, wounds 20", "attack.missile", SHELL, 4, 20),
    ("Villagers lynch suspected kidnapper in Kano", "protest.riot", MOB, 1, None),
    ("Thousands march in Dakar against fuel price rise", "protest.demonstration", PEACEFUL, None, None),
    ("Rocket barrage hits Sderot, no injuries", "attack.artillery", SHELL, None, None),
    ("Gunmen kill mining engineer near Kayes", "attack.civilians", ATTACK, 1, None),
    ("Car bomb hits convoy in Mogadishu, three soldiers dead", "attack.explosive", IED, 3, None),
]

NOTES: list[Case] = [
    ("On 2 May 2025, unidentified gunmen shot and killed a school principal in Maiduguri.",
     "attack.civilians", ATTACK, 1, None),
    ("On 4 May 2025, security forces fired tear gas to disperse students demanding the reopening of "
     "campuses in Conakry.", "protest.demonstration", INTERVENED, None, None),
    ("On 5 May 2025, military forces shelled positions of an armed group near Kidal. No fatalities reported.",
     "attack.artillery", SHELL, None, None),
    ("On 6 May 2025, an IED planted by militants exploded near an army patrol in Tillaberi, injuring 2 "
     "soldiers.", "attack.explosive", IED, None, 2),
    ("On 7 May 2025, militants abducted 4 aid workers on the road between Gao and Menaka.",
     "attack.civilians", ABDUCT, None, None),
    ("On 8 May 2025, rioters looted shops and burned vehicles in Goma.", "protest.riot", VIOLENT, None, None),
    ("On 9 May 2025, a suicide bomber detonated his vest at a checkpoint in Mogadishu, killing 5.",
     "attack.explosive", SUICIDE, 5, None),
    ("On 10 May 2025, gunmen attacked a mining site near Djibo. Fatalities unknown.",
     "attack.civilians", ATTACK, None, None),
    ("On 11 May 2025, the army conducted airstrikes on militant positions near Gao, killing 12 militants.",
     "attack.air", AIR, 12, None),
    ("On 12 May 2025, Russian forces dropped a glide bomb on Kostiantynivka, wounding 3 civilians.",
     "attack.air", AIR, None, 3),
    ("On 13 May 2025, an unidentified armed group killed 2 fishermen near Baga.",
     "attack.civilians", ATTACK, 2, None),
    ("On 14 May 2025, a man was shot dead by police during a protest in Nairobi.",
     "protest.demonstration", EXCESSIVE, 1, None),
    ("On 15 May 2025, soldiers clashed with militiamen in Gondar, resulting in 6 fatalities.",
     "attack.ground", CLASH, 6, None),
    ("On 16 May 2025, a drone attack targeted a military base in Port Sudan. 2 fatalities.",
     "attack.drone", AIR, 2, None),
    ("On 17 May 2025, artillery shells fired by the army hit a residential area in Kadugli, killing 3 "
     "civilians and wounding 8.", "attack.artillery", SHELL, 3, 8),
    ("On 18 May 2025, armed men raided a village near Bunia and burned houses. Fatalities unknown.",
     "attack.civilians", None, None, None),
    ("On 19 May 2025, police shot and wounded 4 demonstrators protesting fuel prices in Kano.",
     "protest.demonstration", EXCESSIVE, None, 4),
    ("On 20 May 2025, militants fired mortars at an army camp in Beledweyne. No casualties.",
     "attack.artillery", SHELL, None, None),
    ("On 22 May 2025, militants killed a tribal elder and wounded his son in Khyber.",
     "attack.civilians", ATTACK, 1, None),
    ("On 23 May 2025, a civil servant was shot dead by unidentified gunmen in Kirkuk.",
     "attack.civilians", ATTACK, 1, None),
    ("On 24 May 2025, an army sergeant was killed in an ambush near Djibo.", "attack.ground", CLASH, 1, None),
    ("On 25 May 2025, a militia commander was killed in a drone strike near Kidal.", "attack.drone", AIR, 1, None),
    ("On 26 May 2025, suspected jihadists killed a school bursar near Dori.", "attack.civilians", ATTACK, 1, None),
    ("On 27 May 2025, militias clashed with the army near Bor. Fatalities: 6.", "attack.ground", CLASH, 6, None),
    ("On 28 May 2025, a landmine exploded under a water truck near Mopti, killing its driver.",
     "attack.explosive", IED, 1, None),
]

LOOK_ALIKES: list[Case] = [
    ("Lions maul Bears 31-7 in season opener", "", None, None, None),
    ("Regulator kills merger deal", "", None, None, None),
    ("Toll on motorway bridge rises to 8 pounds", "", None, None, None),
    ("Death toll from Kenya floods rises to 40", "", None, None, None),
    ("Rebels snatch late win over Brumbies", "", None, None, None),
    ("Chipmaker shares blast off after earnings", "", None, None, None),
    ("Striker fires Celtic to victory over Hearts", "", None, None, None),
    ("Bus crash leaves 9 dead near Nakuru", "", None, None, None),
    ("Spy thriller bombs at the box office", "", None, None, None),
    ("Firefighters battle blaze in Athens suburbs", "", None, None, None),
    ("On 21 May 2025, a truck overturned on the road near Gao, killing 7 passengers.", "", None, None, None),
    ("Minister survives no-confidence vote", "", None, None, None),
    ("Price of bread jumps 20% in Khartoum", "", None, None, None),
    ("Military parade marks independence day in Bamako", "", None, None, None),
    ("Veterans remember victims of the 1995 market shelling", "", None, None, None),
    ("Toll of unpaid wages rises as strike drags on", "", None, None, None),
    ("Warriors shoot down Suns in overtime", "", None, None, None),
    ("Inflation hits 12-year high in Nigeria", "", None, None, None),
    ("Senate kills border levy bill", "", None, None, None),
    ("Army kills off plan to close barracks", "", None, None, None),
]

CASES: list[Case] = HEADLINES + NOTES + LOOK_ALIKES
