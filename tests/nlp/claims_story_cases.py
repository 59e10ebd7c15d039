"""Who says so across a whole story: invented sentences and short stories whose attribution is not in the event's
own clause ("police said" in the next sentence, a quote paragraph whose speaker is named once before, "according
to a statement from ...", "told reporters", two claimants and a denial), and look-alikes that give no claimant
(the reporter's own voice, a bystander who only tells the weather, a court's ruling, an outlet that carried the
story itself). Each row: the text, the family of the record looked at (``None``: no record at all), the claimant
names a careful coder gives it, words its evidence holds (``""``: the first record of the family), and the
claimants among them whose stance is ``denies``. Every name and town is made up."""

from __future__ import annotations

CASES: list[tuple[str, str | None, list[str], str, list[str]]] = [
    # ===== the attribution in the next sentence
    ("A roadside bomb struck an army convoy near Halvorth on Tuesday. Three soldiers were killed and four were "
     "wounded, the army said.", "attack", ["army"], "", []),
    ("Rebels shelled the market in Kettlemoor on Sunday morning. At least six people were killed, according to the "
     "regional health department.", "attack", ["health department"], "", []),
    ("A car bomb exploded outside a police station in Tarvask on Monday. The blast killed two officers and wounded "
     "11 civilians, officials said.", "attack", ["officials"], "", []),
    ("Gunmen stormed a village near Lomsk overnight. They killed at least 14 people and burned dozens of homes, a "
     "local official told Reuters.", "attack", ["local official"], "", []),
    ("An air strike hit a school in Brenholm on Wednesday. Twelve children were among the dead, the local health "
     "ministry said.", "attack", ["health ministry"], "", []),
    ("Fighting broke out between rival militias in Quillmere on Saturday. Nine fighters were killed in the clashes, "
     "a security source said.", "attack", ["security source"], "", []),
    ("Security forces raided a house in Drennport on Tuesday. Five suspected militants were detained in the raid, "
     "the interior ministry said in a statement.", "arrest", ["interior ministry"], "", []),
    ("Drones attacked the city of Ostravik overnight. Air defences shot down 23 of the 30 drones, the air force "
     "said on Telegram.", "attack", ["air force"], "", []),
    # ===== according to a statement from ...
    ("According to a statement from the governor's office, a missile struck a warehouse in Ostravik on Sunday, "
     "injuring two workers.", "attack", ["governor"], "", []),
    ("According to a statement from the Defence Ministry, troops killed 17 militants in an operation near "
     "Gravnitz.", "attack", ["Defence Ministry"], "", []),
    ("According to the town's mayor, Piet Dransk, the shelling destroyed three houses in Myrtvale.",
     "attack", ["Piet Dransk"], "", []),
    ("Three police officers were killed in an ambush near Sobrenna, according to a statement posted by the "
     "provincial police.", "attack", ["provincial police"], "", []),
    ("According to witnesses, soldiers fired tear gas and live rounds at protesters in Keswold, wounding at least "
     "eight.", "attack", ["witnesses"], "", []),
    ("Two rockets landed near the airport in Brenholm on Tuesday, according to a statement on the city council's "
     "website.", "attack", ["city council"], "", []),
    # ===== a quote paragraph whose speaker is named once before
    ("Gunmen burned the village of Tessarin on Thursday night. “They came at night,” said Amina Yusuf, a resident. "
     "“They burned everything and shot my neighbour.”", "attack", ["Amina Yusuf"], "", []),
    ("Col. Ivo Marsk, the regional police chief, spoke to reporters on Tuesday. “Our officers arrested nine members "
     "of the gang in Lomsk overnight,” he said.", "arrest", ["Ivo Marsk"], "", []),
    ("“The drones came in low over the river,” said Lt. Col. Dana Ruiz, an army spokeswoman. “We shot down all "
     "eleven of them near Pralovo.”", "attack", ["Dana Ruiz"], "", []),
    ("Maria Vonn, who lives near the port of Selvanna, heard the blasts. “Two missiles hit the grain terminal,” "
     "she said. “The whole sky turned orange.”", "attack", ["Maria Vonn"], "", []),
    ("Shelling hit the centre of Myrtvale on Sunday. The town's mayor, Oleg Brann, said three people were killed. "
     "“The shells fell on the market at noon,” he said. “People had no time to hide.”",
     "attack", ["Oleg Brann"], "", []),
    # ===== told reporters / told AFP
    ("A second drone hit the same building in Ostravik an hour later, the mayor told reporters.",
     "attack", ["mayor"], "", []),
    ("Militants killed seven soldiers in an attack on a base near Fessborough, a military source told AFP.",
     "attack", ["military source"], "", []),
    ("Gen. Ander Holt told reporters on Monday that his troops had retaken the village of Halvorth.",
     "territory", ["Ander Holt"], "", []),
    ("Two protesters were shot dead in Keswold on Saturday, a doctor at the city hospital told the BBC.",
     "attack", ["doctor"], "", []),
    ("Gunmen abducted 30 students from a school in Tessarin on Friday, a teacher who escaped told reporters.",
     "attack", ["teacher"], "", []),
    ("Police told reporters that a gunman shot dead three people at a supermarket in Varnholt.",
     "attack", ["Police"], "", []),
    ("Three soldiers were wounded by sniper fire near Vardensk, the ministry's spokesman, Col. Ivo Marsk, told a "
     "briefing.", "attack", ["Ivo Marsk"], "", []),
    # ===== said in a statement on Telegram, in a post
    ("The Iron Wolves group said in a statement on Telegram that its fighters had captured the village of "
     "Dremmick.", "territory", ["Iron Wolves"], "", []),
    ("The regional administration said in a statement on Telegram that a missile hit a power substation in "
     "Ostravik overnight.", "attack", ["regional administration"], "", []),
    ("In a post on Telegram, Governor Ana Velk said drones had damaged an oil depot in Ostravik.",
     "attack", ["Ana Velk"], "", []),
    ("Militants attacked a police post near Lomsk, killing two officers, the police said in a post on X.",
     "attack", ["police"], "", []),
    ("The governor's office said in a statement that two people were killed when a drone struck a car in "
     "Ostravik.", "attack", ["governor"], "", []),
    ("“Three of our soldiers were killed when a mine exploded near Gravnitz,” the ministry said in a statement.",
     "attack", ["ministry"], "", []),
    # ===== state media, agencies quoted
    ("Air defences intercepted four drones over Ostravik, state media reported.", "attack", ["state media"], "", []),
    ("State news agency Tarpress reported that police arrested 30 protesters in Quillmere.",
     "arrest", ["Tarpress"], "", []),
    ("The army's general staff reported that its forces repelled 32 attacks near Vardensk over the past day.",
     "attack", ["general staff"], "", []),
    # ===== officials / a spokesman: the words as written
    ("A spokesman said 40 people were detained during the protests in Quillmere.", "arrest", ["spokesman"], "", []),
    ("Two officers were wounded in the attack on the checkpoint near Lomsk, officials said.",
     "attack", ["officials"], "", []),
    ("An army officer who declined to be named said the jets struck a convoy near Pralovo.",
     "attack", ["army officer"], "", []),
    ("Aid workers said at least 20 people were killed in air strikes on a camp near Tessarin.",
     "attack", ["Aid workers"], "", []),
    ("Police say a gunman shot dead three people at a supermarket in Varnholt.", "attack", ["Police"], "", []),
    ("A gunman shot dead three people at a supermarket in Varnholt, police say.", "attack", ["police"], "", []),
    ("The Red Cross said one of its drivers was killed when his truck came under fire near Sobrenna.",
     "attack", ["Red Cross"], "", []),
    ("A local journalist, Sami Kerr, said militiamen had burned down the market in Dremmick.",
     "attack", ["Sami Kerr"], "", []),
    ("The rebels, in a statement, said their fighters ambushed an army patrol near Fessborough.",
     "attack", ["rebels"], "", []),
    ("The attack, which killed three soldiers near Halvorth, was claimed by the Northern Front group.",
     "attack", ["Northern Front"], "", []),
    # ===== the military spokesperson with name and title
    ("Lt. Col. Dana Ruiz, an army spokeswoman, said troops killed six gunmen near Halvorth on Sunday.",
     "attack", ["Dana Ruiz"], "", []),
    ("Army spokesman Brig. Gen. Saul Andero said the air force bombed rebel camps near Fessborough.",
     "attack", ["Saul Andero"], "", []),
    ("“Our jets struck three rebel depots near Fessborough,” army spokesman Maj. Tor Halden said.",
     "attack", ["Tor Halden"], "", []),
    ("Troops killed six gunmen near Halvorth on Sunday, said Lt. Col. Dana Ruiz, a spokeswoman for the army's "
     "northern command.", "attack", ["Dana Ruiz"], "", []),
    # ===== two claimants for one event
    ("The army said its troops killed 30 rebels near Dremmick on Monday; the rebels said they lost only four "
     "fighters.", "attack", ["army", "rebels"], "", []),
    ("Heavy fighting broke out near Vardensk on Sunday. The army said it had killed 40 rebels and lost three "
     "soldiers. The rebels said they had destroyed five army tanks.", "attack", ["army", "rebels"], "", []),
    ("Police said two people were killed in the blast at the bus station in Tarvask. Hospital officials said five "
     "people had died.", "attack", ["Police", "Hospital officials"], "", []),
    # ===== a denial
    ("Local officials said an air strike killed 11 civilians in Brenholm, but the ministry denied that its jets "
     "had struck the town.", "attack", ["officials", "ministry"], "", ["ministry"]),
    ("The rebels said they shot down a military helicopter near Fessborough. The army denied the claim.",
     "attack", ["rebels", "army"], "", ["army"]),
    ("The army denied reports that its soldiers had killed civilians in Tessarin.", "statement", ["army"], "",
     ["army"]),
    ("Police denied firing on the crowd in Keswold, where two protesters died on Saturday.",
     "statement", ["Police"], "", ["Police"]),
    ("An explosion tore through an arms depot near Gravnitz on Friday. Local residents said they saw a drone "
     "before the blast. The defence ministry denied that the depot had been attacked.",
     "attack", ["residents", "defence ministry"], "", ["defence ministry"]),
    # ===== stories
    ("Gunmen kill six in attack on bus\n\nGunmen ambushed a passenger bus on the road to Lomsk on Tuesday, killing "
     "six people. The attack happened shortly after dusk, police said. “They stopped the bus and ordered everyone "
     "out,” said Farid Osman, a passenger who survived.", "attack", ["police", "Farid Osman"], "", []),
    ("A drone struck an apartment block in Ostravik overnight. Two people were killed and nine injured. Rescuers "
     "worked through the night to pull survivors from the rubble. Regional governor Ana Velk said on Telegram "
     "that the drone had been launched from the south.", "attack", ["Ana Velk"], "", []),
    ("The interior ministry said on Monday that police had broken up a smuggling ring. Officers arrested 14 people "
     "in raids in Drennport, the ministry said.", "arrest", ["interior ministry"], "", []),
    ("The ministry said on Sunday that air defences had shot down 14 drones overnight. Eight of them were downed "
     "over Ostravik, it said.", "attack", ["ministry"], "Ostravik", []),
    ("Gunmen killed a village chief in Tessarin on Saturday. No group has claimed responsibility. The army blamed "
     "the attack on rebels.", "attack", ["army"], "", []),
    ("The rebels claimed responsibility for a rocket attack on the airport in Brenholm on Tuesday. The government "
     "condemned the attack, which damaged a runway.", "attack", ["rebels"], "", []),
    ("Police in Varnholt are searching for a man who stabbed a shopkeeper on Friday evening. The victim, 43, was "
     "taken to hospital with serious injuries, police said.", "attack", ["police"], "", []),
    ("SOBRENNA, Carvia (Reuters) - Gunmen killed four police officers at a checkpoint in Sobrenna on Sunday, two "
     "security officials told Reuters.", "attack", ["security officials"], "", []),
    ("Troops clash with rebels\n\nTroops clashed with rebels near Vardensk on Thursday. Eleven rebels and two "
     "soldiers were killed, an army spokesman said. The rebels said they had lost no fighters.",
     "attack", ["army spokesman", "rebels"], "", []),
    # ===== a story told in one voice: every attribution names the police, so the arrest told in the reporter's
    # words is theirs too; a second voice anywhere leaves the sources as the sentences give them
    ("HARWICK, Ky. (WXYZ) - Harwick Police have arrested two people on several drug and theft charges.\nPolice "
     "were initially called to a store on Route 9 to investigate some car break-ins.\nPolice say in the car, they "
     "found Jane Roe, 43, of Elmvale. They say she fit the description of the suspect.\nHarwick Police say Roe had "
     "four warrants out for her arrest.\nRoe was arrested and charged with theft from a vehicle.",
     "arrest", ["police"], "", []),
    ("HARWICK, Ky. (WXYZ) - Harwick Police have arrested two people on several drug and theft charges.\nPolice "
     "were initially called to a store on Route 9 to investigate some car break-ins.\nPolice say in the car, they "
     "found Jane Roe, 43, of Elmvale. They say she fit the description of the suspect.\nHarwick Police say Roe had "
     "four warrants out for her arrest.\nRoe was arrested and charged with theft from a vehicle.\nA store clerk "
     "said the lot had seen many break-ins this year.", "arrest", [], "", []),
    # ===== the reporter's own voice: a record, no claimant
    ("Gunmen killed a shopkeeper in Dremmick on Sunday and fled on a motorbike.", "attack", [], "", []),
    ("Troops retook the village of Halvorth on Friday after three days of fighting.", "territory", [], "", []),
    ("Police arrested 20 people in Quillmere on Saturday during a protest against fuel prices.",
     "arrest", [], "", []),
    ("A missile hit a shopping centre in Ostravik on Monday afternoon, killing four people.", "attack", [], "", []),
    ("Rebels and troops fought for control of a bridge near Vardensk on Thursday. Both sides used heavy "
     "artillery. By nightfall the bridge was in rebel hands.", "attack", [], "fought", []),
    ("Four soldiers died when their vehicle hit a landmine near Gravnitz on Monday, the third such incident this "
     "month.", "attack", [], "", []),
    # a speaker of another matter beside a reporter's-voice event
    ("Fighter jets bombed a weapons depot near Pralovo late on Tuesday. “It was a cold night, and the wind was "
     "strong,” said Lena Marr, who lives nearby.", "attack", [], "", []),
    ("Police arrested three men in Varnholt on Friday. “It was a beautiful sunny day,” said Jan Pell, who watched "
     "from a cafe.", "arrest", [], "", []),
    ("Troops shelled rebel positions near Pralovo on Monday. The president will visit the region next week, his "
     "office said.", "attack", [], "", []),
    ("A bomb killed four soldiers near Halvorth on Tuesday. The attack came a day after the president said the war "
     "was nearly over.", "attack", [], "", []),
    ("Rebels attacked an army base near Fessborough on Monday. The United Nations called for restraint.",
     "attack", [], "attacked", []),
    ("Gunmen killed two guards at a bank in Tarvask on Monday. The bank said in a statement that it would close "
     "its branches for a week.", "attack", [], "", []),
    ("A missile hit a block of flats in Ostravik on Monday. The weather was cold and windy, a resident said.",
     "attack", [], "", []),
    ("Rebels shelled Kettlemoor on Sunday. The mayor said the town would hold a day of mourning on Monday.",
     "attack", [], "", []),
    # a court's ruling is the act, not a claim
    ("A court in Drennport sentenced two men to 20 years in prison on Monday for the bombing of a bus station.",
     "arrest", [], "sentenced", []),
    ("A court in Drennport sentenced two men to 20 years in prison on Monday for the bombing of a bus station. "
     "Judge Elena Varr said the men had shown no remorse.", "arrest", [], "sentenced", []),
    # an official release in its own voice
    ("Press release\n\nThe Ministry of Defence announces that on 3 May its aircraft struck an insurgent command "
     "post near Fessborough, destroying it.", "attack", ["Ministry of Defence"], "", []),
    # ===== no event at all
    ("The army said in a statement that the weather would delay the exercise.", None, [], "", []),
    ("“It was raining hard all night,” said Pia Lund, a farmer in Kettlemoor.", None, [], "", []),
    ("The court in Drennport ruled that the election was valid, the judge said.", None, [], "", []),
    ("Reuters reported that the central bank would raise interest rates.", None, [], "", []),
    ("State media reported that the president opened a new bridge in Quillmere.", None, [], "", []),
    ("The governor told reporters that schools in Ostravik would reopen on Monday.", None, [], "", []),
    ("A spokesman for the ministry said the minister had tested positive for flu.", None, [], "", []),
    ("According to a statement from the governor's office, the new hospital in Ostravik will open in March.",
     None, [], "", []),
    ("The mayor told AFP that the festival would go ahead despite the rain.", None, [], "", []),
    ("Officials said the water supply in Myrtvale had been restored.", None, [], "", []),
]
