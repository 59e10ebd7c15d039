"""Triggers: event type and status from invented sentences, including words the seed never uses."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

CASES = [
    ("Russian forces shelled the town of Vovchansk on Tuesday.", ["attack.artillery"], None),
    ("A drone struck an apartment block in Sumy.", ["attack.drone"], None),
    ("Missiles pounded the port of Odesa overnight.", ["attack.missile"], None),
    ("Air defences downed 30 drones over the Bryansk region.", ["attack.drone"], None),
    ("Warplanes hit a fuel depot near Idlib.", ["attack.air"], None),
    ("Ukrainian troops repelled an assault near Pokrovsk.", ["attack.ground"], None),
    ("Rebels seized the town of Kalehe on Friday.", ["territory.change"], None),
    ("The army liberated the village of Novoselivka.", ["territory.change"], None),
    ("Government troops withdrew from Bukavu.", ["territory.change"], None),
    ("Authorities evacuated 2,000 residents from the border villages.", ["humanitarian.evacuation"], None),
    ("Police detained 12 activists in the capital.", ["arrest"], None),
    ("A court sentenced the blogger to six years in prison.", ["arrest"], None),
    ("The European Union imposed sanctions on three commanders.", ["diplomacy.sanctions"], None),
    ("Japan pledged 50 million dollars in humanitarian aid.", ["diplomacy.aid"], None),
    ("The two sides agreed to swap 200 prisoners.", ["prisoners.exchange"], "agreed"),
    ("Russia handed over the bodies of 900 soldiers.", ["prisoners.exchange"], None),
    ("Moscow rejected the peace proposal on Monday.", ["diplomacy.rejection"], None),
    ("The president spoke by phone with his French counterpart.", ["diplomacy.call"], None),
    ("The army is readying a spring offensive.", ["military.mobilization"], "planned"),
    ("Flights were cancelled at Vilnius airport.", ["disruption.transport"], None),
    # a day of its own marks the acts named inside another noun's phrase (inside_a_noun_phrase)
    ("A rebel group claimed responsibility for Nov. 3 bombings in Velden.", ["attack"], None),
    ("Rebels responsible for attacks on the convoy were arrested.", ["attack", "arrest"], None),
    # forces moved: squadrons and carriers, and every subject joined by "and"
    ("Ruritania deployed two squadrons of jets to the gulf on Monday.", ["military.mobilization"], None),
    ("Three jets and a carrier headed for the gulf on Friday.", ["military.mobilization"], None),
    ("The police deployed more officers to the square.", [], None),
    # a brawl that is broken up is a fight of fists; a brawl of words is not
    ("Officers were called early Saturday to break up a bar brawl in Velden.", ["attack.civilians"], None),
    ("The senators brawled over the budget in a heated session.", [], None),
    # a claim called ridiculous is denied; a rule so called is not
    ("The minister poured scorn on the claims, calling them ridiculous.", ["statement.denial"], None),
    ("The mayor called the new parking rules ridiculous.", [], None),
    # a counted toll in the present perfect is news (a_running_toll)
    ("Two guards have been killed in clashes at the gate.", ["attack.ground"], None),
    ("Dozens were killed in clashes on Sunday.", ["attack.ground"], None),
    ("Thousands of people marched through the city centre.", ["protest.demonstration"], None),
    ("The ministry denied that any civilians had been killed.", ["statement.denial"], None),
    ("The governor accused Kyiv of shelling the village.", ["statement.accusation"], None),
    ("If the talks fail, the army could launch a new offensive.", [], None),
    ("Western pressure on both sides to accept a truce has yielded little.", [], None),
    # a habit in one clause does not make the next clause a habit
    ("Israel has repeatedly struck the port, and its defence minister threatened on Tuesday to strike Sanaa.",
     ["statement.threat"], None),
    # what did not happen, and the war as a whole, are no events
    ("Hezbollah has not claimed any attacks on Israel since the ceasefire took effect.", [], None),
    ("The war between the army and the RSF, which began in April 2023, has displaced more than 12 million people.",
     [], None),
    # a definite mention of an earlier event beside another kind of event is no event of its own
    ("Power was cut to some 40,000 homes in the Kharkiv region after the attacks.", ["disruption.power"], None),
    ("About 30,000 people had been displaced by the fighting in the past week.", ["humanitarian.evacuation"], None),
    # wordings the dev reports do not use
    ("Flights at Port Sudan airport were suspended for six hours.", ["disruption.transport"], None),
    # gunfire on armed men is a clash on the ground (aimed_at_armed_men)
    ("Five peacekeepers were wounded when their patrol came under fire near Beni.", ["attack.ground"], None),
    # "hold" says nothing of its own: the talks are agreed
    ("Both sides agreed to hold another round of talks in Istanbul next week.", ["diplomacy.talks"], "agreed"),
    # force or sanctions promised on a condition are a threat
    ("The European Union said it would impose sanctions on three commanders if the offensive continued.",
     ["statement.threat"], None),
    ("The army warned it would strike the bridges unless the rebels withdrew.", ["statement.threat"], None),
    # a protest that turns violent, worded without "riot"
    ("Protesters threw stones and fireworks at officers outside parliament.", ["protest.demonstration",
                                                                                "protest.riot"], None),
    ("Demonstrators clashed with police in the capital on Saturday.", ["protest.demonstration", "protest.riot"],
     None),
    # words read with another meaning: fighting, a diplomatic protest, a unilateral act
    ("Pakistani and Afghan forces exchanged fire across the border, killing three soldiers.", ["attack.ground"], None),
    ("Troops and rebels traded fire overnight.", ["attack.ground"], None),
    ("Pakistan summoned Afghanistan's envoy in protest.", ["statement.accusation"], None),
    ("The president signed a decree on the annexation of the region.", [], None),
    ("The president signed a decree calling up 160,000 conscripts.", ["military.mobilization"], None),
    # a verb joined to one whose subject is the war is background too
    ("The war, which erupted in April 2023, has killed tens of thousands and uprooted more than 12 million.",
     [], None),
    # an attack on no one in particular is no event
    ("The minister warned that the army would respond with force to any attack on Juba.", ["statement.threat"], None),
    ("Russia had moved additional troops and armour to its Kaliningrad exclave.", ["military.mobilization"], None),
    ("The ministry said it would put two brigades on higher alert.", ["military.mobilization"], "planned"),
    ("Police also detained 11 journalists covering the protests, a press union said.", ["arrest"], None),
    ("Police fired water cannon at protesters outside parliament.", ["protest.demonstration"], None),
    # the same words in their eventive sense stay events
    ("Thousands of students marched on the ministry in March.", ["protest.demonstration"], None),
    ("Gunmen hit a police checkpoint outside the town.", ["attack"], None),
    ("Militants set fire to the customs post and battled the guards for an hour.", ["attack.ground"], None),
    ("Workers demonstrated outside the shipyard on Friday.", ["protest.demonstration"], None),
    ("The bomb exploded near a police station.", ["attack.explosive"], None),
    ("Thousands of villagers fled from the advancing rebels.", ["humanitarian.evacuation"], None),
    ("Three men arrested in the raid were charged on Monday.", ["arrest"], None),
    ("Rebels seized the town of Port Vale on Sunday.", ["territory.change"], None),
    ("The army will strike the depot at dawn.", ["attack"], "planned"),
    ("The air strikes did not kill anyone but wrecked the depot.", ["attack.air"], None),  # not did_not_happen
    ("Two battalions were flown to the border on Sunday.", ["military.mobilization"], None),  # not the_fallen_carried
    ("Guards stopped the attack on the bank on Monday.", ["attack"], None),  # not a_fight_the_sides_stop
    ("Power plants had been hit in at least six regions, the energy minister said.", ["attack"], None),
]


@pytest.mark.parametrize("text,types,status", CASES)
def test_trigger_types(parse, text, types, status):
    doc = parse(text)
    got = sorted({t.type for t in doc._.triggers})
    assert got == sorted(set(types))
    if status is not None:
        assert doc._.triggers[0].status == status


# (sentence, the trigger's word, its type, its status): one row per status rule
STATUS_CASES = [
    ("The two sides agreed to exchange 50 captives.", "exchange", "prisoners.exchange", "agreed"),
    ("The army will strike the bridge at dawn.", "strike", "attack", "planned"),
    ("The army plans to launch an offensive in the spring.", "offensive", "attack.ground", "planned"),
    ("The rebels refused to withdraw from Port Vale.", "withdraw from", "territory.change", "rejected"),
    # the talks a word of proposing names are that proposal (_without_what_a_proposal_names)
    ("The envoy proposed to hold talks in the capital.", "proposed", "diplomacy.proposal", "proposed"),
    ("The ministry called for talks with the rebels.", "talks", "diplomacy.talks", "proposed"),
    ("The governor condemned what he called unprovoked shelling of the town.", "shelling", "attack.artillery",
     None),
    ("The sides agreed to a truce after talks hosted by the neighbours.", "talks", "diplomacy.talks", None),
    ("There will be no talks this week, the ministry said.", "talks", "diplomacy.talks", "cancelled"),
    ("Thousands gathered ahead of a planned rally.", "rally", "protest.demonstration", "planned"),
    ("The envoy proposed a truce.", "proposed", "diplomacy.proposal", "proposed"),
    ("Troops are storming the village.", "storming", "attack.ground", "ongoing"),
    ("Rebels stormed the barracks.", "stormed", "attack.ground", None),
    # a body's decision plans the act; a called-off or forbidden act is cancelled
    ("The council voted to impose sanctions on the junta.", "sanctions", "diplomacy.sanctions", None),
    ("The cabinet decided to send troops to the border.", "send", "military.mobilization", "planned"),
    ("Organisers called off the march on Friday.", "march", "protest.demonstration", "cancelled"),
    ("The government suspended peace talks with the rebels.", "talks", "diplomacy.talks", "cancelled"),
    ("The mayor banned the rally planned for Sunday.", "rally", "protest.demonstration", "cancelled"),
]


@pytest.mark.parametrize("text,word,etype,status", STATUS_CASES)
def test_status(parse, text, word, etype, status):
    doc = parse(text)
    got = {doc[t.tok_start:t.tok_end].text: (t.type, t.status) for t in doc._.triggers}
    assert got[word] == (etype, status)


# (sentence, a kind of event its words do not make here): one row per rule that says so
NO_EVENT_CASES = [
    ("Officials posted videos about air strikes.", "attack"),  # a_topic
    ("The villagers hid in shelters protected from missile attacks.", "attack"),  # shielded_from
    ("The governor signed a decree on the border.", "diplomacy.agreement"),  # has_no_excluded_object
    ("The meeting ended without agreeing on a ceasefire.", "diplomacy.ceasefire"),  # done_without
    ("The militia usually raids the road at night.", "attack"),  # a_present_habit
    ("The town is shelled almost daily.", "attack"),  # marked_as_a_habit
    ("No arrests were made after the march.", "arrest"),  # none_of_them
    # words in another sense, and acts in frames that did not happen (issue 14)
    ("The council announced on April 3 that the fair would reopen in March 2031.", "protest"),  # part_of_a_date
    ("Shares of Raid Logistics Corp. fell four percent on Tuesday.", "attack"),  # part_of_a_name
    ("Who could resist a diner that proposes pickled beets and rye?", "diplomacy"),  # in_a_question
    ("The flu season always hits the northern valleys first.", "attack"),  # no_one_to_strike
    ("Crews battled the blaze at the warehouse for six hours.", "attack"),  # a_hazard_not_a_foe
    ("A boiler explosion at the bakery injured two workers on Sunday.", "attack"),  # a_hazard_not_a_foe
    ("A flood swept the valley on Monday, displacing 300 families.", "humanitarian"),  # a_hazard_not_a_foe
    ("One jet delivered three bombs against a convoy near the ridge.", "diplomacy.aid"),  # aid_against_someone
    ("If it is planted well, the hedge will capture most of the runoff from the hill.", "territory"),
    # consequence_of_a_condition
    ("The new drills demonstrate the resolve of the fleet.", "protest"),  # has_no_object_if_intransitive
    ("Ten years ago such a speech would have triggered a riot in the old quarter.", "protest"),  # counterfactual
    ("The hall is a quiet place where neighbours can meet and rest.", "diplomacy"),  # merely_able
    ("Thousands of dockers were detained during the Great Northern War.", "arrest"),  # during_a_named_war
    ("The council would have liked to see the tenants relocated to the north side.", "humanitarian"),
    # counterfactual, in the verb that governs the trigger
    ("Families held a vigil for the release of sailors jailed abroad.", "arrest"),  # a_description
    ("The driver was jailed for fleeing from deputies after a traffic stop.", "humanitarian"),  # fleeing_the_law
    ("The fund sent blankets to poor and displaced families in the hills.", "humanitarian"),  # a_description
    ("We will continue to strike the militants wherever they hide.", "attack"),  # a_standing_intention
    ("Dozens of villagers who were liberated from the camps returned home to Kalba.", "territory"),
    # no_ground_taken (people)
    ("The gang seized 50 rifles at Port Vale airfield.", "territory"),  # no_ground_taken (goods)
    ("Jets destroyed two tanks and other equipment captured near Port Vale.", "territory"),  # no_ground_taken
    ("The singer lost a bitter custody battle last year.", "attack"),  # in_another_arena
    ("The two firms have been fighting in the courts for a decade.", "attack"),  # in_another_arena
    ("The thief was captured on camera leaving the Port Vale store.", "territory"),  # in_another_arena
    ("Troops pursued the gunmen who fled the village.", "humanitarian"),  # armed_men_fleeing
    ("Two soldiers wounded in the blast were flown to the capital.", "military"),  # the_fallen_carried
    ("The man seemed to tire and stop fighting.", "attack"),  # a_fight_the_sides_stop
    ("The troops ceased shelling the town on Monday.", "attack.artillery"),  # a_fight_the_sides_stop
    ("The bodies of the two pilots were flown home on Sunday.", "military"),  # the_fallen_carried
    ("The army sent wounded soldiers to the capital.", "military"),  # the_fallen_carried
    ("A gas explosion tore through a cafe on Friday. The blast injured twelve people.", "attack"),
    # _without_accident_retellings
    ("The two foreign ministers did not meet in Geneva on Friday.", "diplomacy"),  # did_not_happen
    ("The promised evacuations had not taken place by the evening.", "humanitarian"),  # did_not_happen
    ("The march the students had planned never happened.", "protest"),  # did_not_happen
    ("The talks in Geneva did not go ahead on Monday.", "diplomacy"),  # did_not_happen
    ("Police said there was no evidence the fire was an arson attack.", "attack"),  # no_sign_of_it
    ("There was no sign that rebels had attacked the post on Monday.", "attack"),  # no_sign_of_it
    ("At first, police believed the man robbed the shop, then kidnapped his neighbour.", "attack"),
    # a_belief_given_up
    ("A Tarija woman initially identified as a kidnapping victim is now in jail.", "attack"),  # a_belief_given_up
    ("The general made it clear on Monday that we would strike the tanks before they posed a threat.", "attack"),
    # a_conditioned_policy
    ("The army will strike the rebels whenever they cross the river.", "attack"),  # a_conditioned_policy
    ("The man also was sentenced to five years on an arson conviction in the mid-1990s.", "arrest"),
    # in_a_past_decade
    ("Police arrested hundreds of students in the capital during the 1970s.", "arrest"),  # in_a_past_decade
    ("We want to congratulate the Chileans who fought to free Tarija.", "attack"),  # praise_of_those_who_acted
    ("We thank the soldiers who fought in Tarija last week.", "attack"),  # praise_of_those_who_acted
    ('He was a hacker for the militia and a supporter of "lone wolf" attacks.', "attack"),  # inside_a_noun_phrase
    ("Hill villages prone to attacks lie along the ridge.", "attack"),  # a_kind_after_an_adjective
    ("Dozens have been killed in sectarian clashes.", "attack"),  # a_running_toll
    ("Velden has become accustomed to deadly raids, the mayor said.", "attack"),  # a_kind_after_an_adjective
]

# a belief held, not given up, still tells the act
BELIEF_KEPT = [
    ("Troops fired rubber bullets at stone-throwing youths in the town on Monday.", "protest.riot"),  # no description
    ("There is no doubt that the army shelled the town on Monday.", "attack"),  # no doubt: told as done
    ("Police believed the man robbed the shop, then kidnapped his neighbour on Monday.", "attack"),
    ("The attack was first reported by local radio on Monday.", "attack"),
    ("Rebels struck the convoy before it reached the town on Monday.", "attack"),  # no future: an act
    ("The army will shell the town on Friday, the general said.", "attack"),  # a plan with its day
    ("Rebels fired 1980s-vintage rockets at the base on Monday.", "attack"),  # a kind of thing, no date
    ("The soldiers who attacked the convoy in Tarija on Monday were arrested.", "attack"),  # no praise
]


@pytest.mark.parametrize("text,kind", BELIEF_KEPT)
def test_a_belief_kept_tells_the_act(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", NO_EVENT_CASES)
def test_no_event(parse, text, kind):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


# "fire" is a blaze unless a word of arms, or of those who bear them, says whose fire it is (_a_hazard)
FIRE_CASES = [
    ("Sniper fire killed a medic near the river crossing on Monday.", True),
    ("A corporal was killed by sniper fire outside the village on Sunday.", True),
    ("Enemy fire killed two soldiers at the checkpoint overnight.", True),
    ("Mortar fire killed two farmers in their field on Tuesday.", True),
    ("A house fire killed two children on Sunday night.", False),
    ("An electrical fire killed a man in his flat on Friday.", False),
    ("A brush fire destroyed three barns near the highway.", False),
    ("Crews battled the kitchen fire for an hour before it was out.", False),
]


# a stretch of fighting that is the subject of its clause is one battle told by its length (_a_stretch_that_acts);
# fighting inside a period phrase elsewhere, or over years, is fighting in general
STRETCH_CASES = [
    ("Two days of fighting between the army and rebels near the dam ended on Sunday.", True),
    ("A week of clashes in the port district left 30 dead, the ministry said on Monday.", True),
    ("Hours of shelling destroyed the grain store on Tuesday.", True),
    ("After several days of assaults, the garrison surrendered.", False),
    ("Years of fighting have ruined the valley's farms.", False),
    ("Months of clashes have left the region poor.", False),
]


# a name of contempt one side's voice says a state or its leader is accuses (said_of_a_side_if_needed)
INSULT_CASES = [
    ("Venezuela's president is a dictator, Colombia's foreign minister said on Monday.", True),
    ("Peru's defence minister is a warmonger, Chile's interior minister said.", True),
    ("Bolivia's former leader was a tyrant, the Chilean president has said.", True),
    ('Peru\'s former leader was a "ruthless tyrant", Chile\'s president has said, hours after his funeral.', True),
    ("He was a fighter all his life, his mother said.", False),
    ("The suspect is a convicted murderer, police said.", False),
    ("The old general was a dictator who ruled for three decades.", False),
    ("Sylvania's president called on Tuesday for calm, a spokesman said.", False),
]


# (sentence, the kind of event it must or must not give)
READINGS = [(text, "attack", made) for text, made in FIRE_CASES + STRETCH_CASES] + [
    (text, "statement.accusation", made) for text, made in INSULT_CASES]


@pytest.mark.parametrize("text,kind,made", READINGS)
def test_readings_of_fire_fighting_and_contempt(parse, text, kind, made):
    doc = parse(text)
    assert bool([t for t in doc._.triggers if t.type.startswith(kind)]) == made


RULE_LISTS = [triggers.ENTRY_CONDITIONS, triggers.NO_EVENT_RULES, triggers.IRREALIS_RULES,
              triggers.NOT_AN_ACT_RULES, triggers.GENERIC_RULES, triggers.HABIT_RULES, triggers.GOVERNOR_RULES,
              triggers.STATUS_RULES]


@pytest.mark.parametrize("rule", [r for rules in RULE_LISTS for r in rules], ids=lambda r: r.__name__)
def test_every_rule_has_an_example(rule):
    assert rule.__doc__ and '"' in rule.__doc__


# under_an_obligation: what one must do (present or future) is owed, not done; an obligation of the past, or
# "must have", tells the act
OBLIGATION_CASES = [
    ("The two sides must sign a peace accord before Friday.", "diplomacy", False),
    ("Any decision to close the border must be agreed by both governments.", "diplomacy", False),
    ("The allies must fight together against the militias, the minister said.", "attack", False),
    ("The rebels ought to release the hostages at once, the envoy said.", "arrest", False),
    ("Under the deal the militia is required to withdraw from Dunmere by May.", "territory", False),
    ("The tenants have to leave the camp before the winter.", "humanitarian", False),
    ("The garrison was forced to retreat from Dunmere on Tuesday.", "territory", True),
    ("The gunmen must have stormed the post before dawn on Monday.", "attack", True),
    ("Rebels stormed the post at dawn on Monday.", "attack", True),
]


# _served: the manner or means of an act that may not happen, or must, is no act either; of one done, it is
MEANS_CASES = [
    ("Dunmere could start a war either through an invasion or by attacking its neighbour.", "attack", False),
    ("The ministry will have to take a slower road, negotiating deals one by one.", "diplomacy", False),
    ("The militia retaliated by shelling the port of Dunmere on Monday.", "attack", True),
    ("Troops entered the town on Monday, storming the police post.", "attack", True),
    ("The police tried to end the siege by storming the farmhouse on Monday.", "attack", True),
]


@pytest.mark.parametrize("text,kind,made", MEANS_CASES)
def test_the_means_of_an_act_not_done_is_no_act(parse, text, kind, made):
    doc = parse(text)
    assert bool([t for t in doc._.triggers if t.type.startswith(kind)]) is made


@pytest.mark.parametrize("text,kind,made", OBLIGATION_CASES)
def test_what_one_must_do_is_no_act(parse, text, kind, made):
    doc = parse(text)
    assert bool([t for t in doc._.triggers if t.type.startswith(kind)]) is made


# a_command with the one addressed named; judged_in_general: "it is wrong to ..." tells no act
ADDRESSED_CASES = [
    ('"All villagers, fight them with all the strength you have!" the broadcast said.', "attack", False),
    ('"Soldiers, seize the bridge," the colonel shouted.', "territory", False),
    ("It is wrong to attack civilians, the bishop of Dunmere said.", "attack", False),
    ("It's not a good idea to threaten to bomb the tax office.", "statement", False),
    ("However high the fines get, it is a bad idea to threaten to do a drive-by shooting at the courthouse.",
     "attack", False),
    ("It is time to negotiate with the rebels in Dunmere, the envoy said.", "diplomacy", False),
    ("The villagers, armed with rifles, fought the raiders on Monday.", "attack", True),
    ("It was the militia that stormed the compound on Monday.", "attack", True),
]


@pytest.mark.parametrize("text,kind,made", ADDRESSED_CASES)
def test_orders_and_judgements_tell_no_act(parse, text, kind, made):
    doc = parse(text)
    assert bool([t for t in doc._.triggers if t.type.startswith(kind)]) is made
