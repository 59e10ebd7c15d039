"""Counts: item, role, value and qualifier, from invented sentences."""

from __future__ import annotations

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp import quantities
from sitrep.nlp.quantities import parse_number

CASES = [
    ("Air defences shot down 42 drones overnight.", [("drone", "intercepted", 42, "exact")]),
    ("The army said it launched 17 missiles at the port.", [("missile", "launched", 17, "exact")]),
    ("The strike killed at least six people.", [("person", "killed", 6, "at_least")]),
    ("Shelling wounded more than 30 civilians in the town.", [("civilian", "injured", 30, "at_least")]),
    ("The blast killed nine people, including four children.",
     [("person", "killed", 9, "exact"), ("child", "killed", 4, "exact")]),
    ("Police detained 120 protesters near the parliament.", [("person", "detained", 120, "exact")]),
    ("About 250 flights were delayed at the airport.", [("flight", "delayed", 250, "about")]),
    ("The two sides exchanged 84 prisoners of war on Sunday.", [("prisoner", "exchanged", 84, "exact")]),
    ("A rocket hit a bus, killing three people and injuring eleven.",
     [("person", "killed", 3, "exact"), ("person", "injured", 11, "exact")]),
    ("A drone struck a farm, killing a 40-year-old man.", [("person", "killed", 1, "exact")]),
    ("No injuries were reported.", [("person", "injured", 0, "exact")]),
    ("No one was hurt in the attack.", [("person", "injured", 0, "exact")]),
    ("No deaths or injuries were reported.", [("person", "killed", 0, "exact"), ("person", "injured", 0, "exact")]),
    ("Nearly 40 rockets were fired at the base.", [("rocket", "launched", 40, "at_most")]),
    ("Rescuers found twelve bodies in the rubble.", []),
    ("Drones have been fired at the region almost daily, hundreds of them this year.", []),
    ("The offensive lasted 47 days and involved 14 brigades.", []),
    ("Troops destroyed 12 armoured vehicles.", [("vehicle", "destroyed", 12, "exact")]),
    # "him" or "her" that a done casualty verb acts on is one person; one told before is that person
    ("A mob beat a man in the market, killing him.", [("person", "killed", 1, "exact")]),
    ("Gunmen shot a trader near the bridge, killing him.", [("person", "killed", 1, "exact")]),
    ("Police said he injured her with a knife in the kitchen.", [("person", "injured", 1, "exact")]),
    ("The man threatened to kill her if she called the police.", []),
    ("A gunman shot a woman, wounding her in the leg.", [("person", "injured", 1, "exact")]),
    # the subject of a verb of getting over a wound was hurt
    ("A 45-year-old man is recovering after being shot in the leg on Monday.", [("person", "injured", 1, "exact")]),
    ("Two guards are recovering in hospital after the attack.", [("person", "injured", 2, "exact")]),
    ("The economy is recovering after the war.", []),
    # "neutralised": fighters killed, weapons shot down, anything else not counted
    ("Troops neutralised 14 militants near the river.", [("soldier", "killed", 14, "exact")]),
    ("Air defences neutralised 42 drones overnight.", [("drone", "intercepted", 42, "exact")]),
    ("Engineers neutralised 3 bridges on Monday.", []),
    # strikes and munitions counted, whatever verb governs them; equipment engaged is hit
    ("Allied aircraft conducted 27 strikes against the group.", [("strike", "launched", 27, "exact")]),
    ("Near the ford, two strikes destroyed three vehicles.",
     [("strike", "launched", 2, "exact"), ("vehicle", "destroyed", 3, "exact")]),
    ("Five airstrikes hit the depot on Monday.", [("strike", "launched", 5, "exact")]),
    ("The jets delivered 40 munitions on the ridge.", [("munition", "fired", 40, "exact")]),
    ("One strike destroyed 14 tanks at the airfield.",
     [("strike", "launched", 1, "exact"), ("tank", "destroyed", 14, "exact")]),
    ("The gunners engaged two buildings near the bridge.", [("building", "hit", 2, "exact")]),
    ("A drone strike hit two trucks leaving the depot.", [("vehicle", "hit", 2, "exact")]),
    ("Three people were hit by falling debris.", []),  # people hit: their toll is told otherwise
    # counts in headline grammar: the dead counted, a toll, a verb the tagger took for a noun
    ("Car bomb leaves 9 dead in market", [("person", "killed", 9, "exact")]),
    ("Five dead after rocket attack on port", [("person", "killed", 5, "exact")]),
    ("Death toll rises to 40 in city shelling", [("person", "killed", 40, "exact")]),
    ("The death toll from the blast rose to 23 on Sunday.", [("person", "killed", 23, "exact")]),
    ("The new attack raised the toll to 31.", [("person", "killed", 31, "exact")]),
    ("Shelling kills 4, injures 12 in the old town", [("person", "killed", 4, "exact"), ("person", "injured", 12, "exact")]),
    ("Three soldiers killed, fifteen wounded in the east",
     [("soldier", "killed", 3, "exact"), ("soldier", "injured", 15, "exact")]),
    ("Two killed, 11 hurt as bus hit by rocket", [("person", "killed", 2, "exact"), ("person", "injured", 11, "exact")]),
    ("The toll road cost 12 dollars.", []),
    # improvised bombs are no air-dropped ones
    ("The airstrikes have destroyed 40 vehicle bombs and 12 vehicles.", [("vehicle", "destroyed", 12, "exact")]),
    ("The strikes hit two vehicle-borne homemade bombs.", []),
    ("Jets launched 20 guided bombs at the ridge.", [("guided_bomb", "launched", 20, "exact")]),
    # a bare number after a dash counts the noun before it
    ("The allies back the troops with air strikes -- eight in the last day -- and advisers.",
     [("strike", "launched", 8, "exact")]),
    # negations worded otherwise
    ("Nobody was injured, he said.", [("person", "injured", 0, "exact")]),
    ("There were no reports of casualties.", [("person", "killed", 0, "exact"), ("person", "injured", 0, "exact")]),
    ("There were no immediate reports of injuries.", [("person", "injured", 0, "exact")]),
    ("No fatalities were reported.", [("person", "killed", 0, "exact")]),
    # numbers in words with a hyphen; a part of a counted whole
    ("Air defences downed forty-two of the 55 drones launched across the country.",
     [("drone", "intercepted", 42, "exact"), ("drone", "launched", 55, "exact")]),
    ("Five peacekeepers were wounded in the ambush.", [("soldier", "injured", 5, "exact")]),
    # a part of the count in the singular, or after "among them"
    ("A drone hit a building, injuring seven people, including a child.",
     [("person", "injured", 7, "exact"), ("child", "injured", 1, "exact")]),
    ("The strike killed five people, among them two children, the ministry said.",
     [("person", "killed", 5, "exact"), ("child", "killed", 2, "exact")]),
    # a dash set off by spaces ends a dateline; a hyphen joined to a number makes part of a word
    ("SALEM, Ore. - One person was killed in a shooting on Saturday.", [("person", "killed", 1, "exact")]),
    ("The home side won 3-1 on Saturday.", []),
    ("A man from Velden - Ana Ruiz, 19 - was charged with fraud.", []),
    # found in a state: the participle the finding sets, however the parser hangs it
    ("A man was found fatally shot in a car on Tuesday morning, police said.", [("person", "killed", 1, "exact")]),
    # one hurt who dies in the next sentence is one killed
    ("A man was shot on Sunday. He later died at a hospital.", [("person", "killed", 1, "exact")]),
    ("A man was shot on Sunday. He is expected to survive.", [("person", "injured", 1, "exact")]),
    # a search for the missing counts them; one for the wanted does not
    ("Rescuers are searching for two missing fishermen off the coast.", [("person", "missing", 2, "exact")]),
    ("Police are searching for two suspects after the robbery.", []),
    ("Police are searching for a suspect after a man was found shot to death in a car.",
     [("person", "killed", 1, "exact")]),
    # bodies of soldiers are counted as bodies
    ("The Kremlin said it was ready to hand over the bodies of 1,000 soldiers.", [("body", "returned", 1000, "exact")]),
    ("Ukraine said it had repatriated the bodies of 909 soldiers.", [("body", "returned", 909, "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_counts(parse, text, expected):
    doc = parse(text)
    got = [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities]
    assert got == expected


@pytest.mark.parametrize(
    "words,value",
    [(["1,000"], 1000), (["three"], 3), (["30", "million"], 30_000_000), (["a", "dozen"], 12),
     (["twenty"], 20), (["653"], 653), (["several"], None)],
)
def test_parse_number(words, value):
    assert parse_number(words, load_lexicon()) == value


# one row per rule of UPWARD_RULES, ITEM_RULES and ROLE_RULES, and per qualifier kind
RULE_CASES = [
    # a_state_it_is_in: "left" with no object leaves its subject in the state; with an object it does not
    ("The siege ended on Friday with six guards left dead.", [("person", "killed", 6, "exact")]),
    ("Two villagers were left dead after the raid.", [("person", "killed", 2, "exact")]),
    ("Six guards left the compound on Friday.", []),
    ("Ten raiders left dead cattle in the road.", []),
    # participle_after_it
    ("The 12 people killed in the raid were buried on Friday.", [("person", "killed", 12, "exact")]),
    # role_word_above, with a particle after the object
    ("Troops shot 30 drones down over the sea.", [("drone", "intercepted", 30, "exact")]),
    # the_doer_of_it: the subject of a verb with an object did it; a subject that flees is counted
    ("Two gunmen killed three people at the fair.", [("person", "killed", 3, "exact")]),
    ("During the raid, 16 jets fired 22 munitions.", [("munition", "fired", 22, "exact")]),
    ("More than 9,000 people fled the valley.", [("person", "evacuated", 9000, "at_least")]),
    ("Three soldiers killed, five wounded in the hills", [("soldier", "killed", 3, "exact"), ("soldier", "injured", 5, "exact")]),
    # the_whole_of_a_part: the verb above tells of the part
    ("One of the three men hit has died, police said.",
     [("person", "killed", 1, "exact"), ("person", "injured", 3, "exact")]),  # the three hit were hurt
    ("Two of the five people wounded in the blast died in hospital.",
     [("person", "killed", 2, "exact"), ("person", "injured", 5, "exact")]),
    # a_role_verb_joined: "shot and killed"
    ("Two men were shot and killed outside a bar on Saturday.", [("person", "killed", 2, "exact")]),
    ("Three women were beaten and wounded by the mob.", [("person", "injured", 3, "exact")]),
    ("Two men were shot and later arrested.", [("person", "detained", 2, "exact")]),
    # a_result_beside_it: the casualty word a verb sets after its object
    ("A shooting near the mill left two people dead.", [("person", "killed", 2, "exact")]),
    ("The ambush left one officer dead and three people wounded.",
     [("person", "killed", 1, "exact"), ("person", "injured", 3, "exact")]),
    ("The blast left two soldiers dead and four residents injured.",
     [("soldier", "killed", 2, "exact"), ("person", "injured", 4, "exact")]),
    ("The flood left 40 families homeless.", []),
    # first_verb_above: a verb that is no role
    ("The storm damaged about 20 houses.", []),
    # among_the
    ("Four children were among the dead.", [("child", "killed", 4, "exact")]),
    ("Two women were among those killed.", [("person", "killed", 2, "exact")]),
    # role_word_above with its result word: "shot dead"
    ("Two people were shot dead and five others wounded.",
     [("person", "killed", 2, "exact"), ("person", "injured", 5, "exact")]),
    # a participle's subject suffered it, whatever the parse hangs on it
    ("At least three people were killed and 10 wounded when the bus was hit, the fifth attack this month.",
     [("person", "killed", 3, "at_least"), ("person", "injured", 10, "exact")]),
    # an_age: ages set off after people, joined by "and"
    ("The driver, 23, died at the scene; two others, 19 and 20, were injured.", [("person", "injured", 2, "exact")]),
    # found dead
    ("Two men were found dead in a burned car.", [("person", "killed", 2, "exact")]),
    ("Police found two men near the quarry.", []),
    # a_number_naming_a_thing
    ("The three men were arrested on Friday near Route 9.", [("person", "detained", 3, "exact")]),
    ("Police found two bodies near Gate 4 of the stadium.", []),
    # an_age: a list of ages after an age word
    ("Police said the two men, ages 19 and 21, were arrested after the fight.", [("person", "detained", 2, "exact")]),
    ("The girls, aged 9, 7 and 4, were found safe.", []),
    # abducted people are missing
    ("Gunmen kidnapped 20 aid workers near the mine.", [("person", "missing", 20, "exact")]),
    ("Three young boys were abducted from their home.", [("child", "missing", 3, "exact")]),
    # others_after_a_count
    ("The drone strike killed two civilians and wounded four others.",
     [("civilian", "killed", 2, "exact"), ("civilian", "injured", 4, "exact")]),
    # role_of_the_same_item_before, not for the object of another verb
    ("Rebels killed 12 villagers and burned 30 others.", [("person", "killed", 12, "exact")]),
    # item_before_it, role_of_the_same_item_before
    ("The army launched 40 drones, 31 over the coast.",
     [("drone", "launched", 40, "exact"), ("drone", "launched", 31, "exact")]),
    # people_by_role
    ("The shelling killed at least 11.", [("person", "killed", 11, "at_least")]),
    # part_of_the_count_before
    ("The blast killed nine people, among them four children.",
     [("person", "killed", 9, "exact"), ("child", "killed", 4, "exact")]),
    # only weapons are intercepted
    ("The navy said it intercepted 12 vehicles.", [("vehicle", "destroyed", 12, "exact")]),
    # vague amounts are no counts
    ("Hundreds of drones were launched.", []),
    # qualifiers of one word and of two
    ("Some 300 troops were killed.", [("soldier", "killed", 300, "about")]),
    ("An estimated 50 people were wounded.", [("person", "injured", 50, "about")]),
    ("Up to 30 people were detained.", [("person", "detained", 30, "at_most")]),
]

# people_held: a bare number held or freed counts people; a suspect is a person
HELD_CASES = [
    ("Police arrested 14 in the border town overnight.", [("person", "detained", 14, "exact")]),
    ("Officers detained 14 suspects on Monday.", [("person", "detained", 14, "exact")]),
    ("The militia released 20 at the border crossing.", [("person", "released", 20, "exact")]),
    ("The army launched 20 at the town.", []),  # no role of people: no count
    # people named by the side they follow, or by age (items.tsv)
    ("A court ruled that eight opposition supporters should remain in custody.", [("person", "detained", 8, "exact")]),
    ("Two adults and a juvenile were arrested on Friday.", [("person", "detained", 2, "exact")]),
]

# a wound made a death by its adverb; armed men counted as fighters
FATAL_CASES = [
    ("Police fatally shot four men at the checkpoint.", [("person", "killed", 4, "exact")]),
    ("The guard was mortally wounded and three men were wounded.",
     [("person", "killed", 1, "exact"), ("person", "injured", 3, "exact")]),
    ("A shootout near the dam left four gunmen killed.", [("soldier", "killed", 4, "exact")]),
    ("Troops killed 14 insurgents in the hills.", [("soldier", "killed", 14, "exact")]),
    # a shot alone is a wound: hurt unless a word says they died (a_wound_by_a_weapon)
    ("Police shot three men at the checkpoint.", [("person", "injured", 3, "exact")]),
]


@pytest.mark.parametrize("text,expected", FATAL_CASES)
def test_fatal_wounds_and_fighters(parse, text, expected):
    doc = parse(text)
    assert [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities] == expected


@pytest.mark.parametrize("text,expected", HELD_CASES)
def test_people_held(parse, text, expected):
    doc = parse(text)
    assert [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities] == expected


@pytest.mark.parametrize("text,expected", RULE_CASES)
def test_count_rules(parse, text, expected):
    doc = parse(text)
    assert [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities] == expected


@pytest.mark.parametrize("rule", [*quantities.UPWARD_RULES, *quantities.ITEM_RULES, *quantities.ROLE_RULES],
                         ids=lambda r: r.__name__)
def test_every_rule_has_an_example(rule):
    assert rule.__doc__ and '"' in rule.__doc__


# issue 17, problem 2: each count bound to its own noun phrase (invented sentences)
BINDING_CASES = [
    # a part ("including") is no count to inherit from: the 30 wounded are civilians, not children
    ("The shelling killed 14 civilians, including five children, and wounded 30.",
     [("civilian", "killed", 14, "exact"), ("child", "killed", 5, "exact"), ("civilian", "injured", 30, "exact")]),
    ("The blast killed eight people, among them two children, and injured 19.",
     [("person", "killed", 8, "exact"), ("child", "killed", 2, "exact"), ("person", "injured", 19, "exact")]),
    # people counted together add up; the parts stay
    ("Three officers and four protesters were injured.",
     [("person", "injured", 7, "exact"), ("person", "injured", 3, "exact"), ("person", "injured", 4, "exact")]),
    ("The raid killed two soldiers and six civilians.",
     [("person", "killed", 8, "exact"), ("soldier", "killed", 2, "exact"), ("civilian", "killed", 6, "exact")]),
    # things are not added: drones and missiles stay apart
    ("The army launched 30 drones and four missiles.",
     [("drone", "launched", 30, "exact"), ("missile", "launched", 4, "exact")]),
    # jammed is intercepted, alone or beside "shot down"
    ("Air defences shot down or jammed 87 drones.", [("drone", "intercepted", 87, "exact")]),
    ("Electronic warfare units jammed 23 drones.", [("drone", "intercepted", 23, "exact")]),
]


@pytest.mark.parametrize("text,expected", BINDING_CASES)
def test_counts_bind_to_their_noun_phrase(parse, text, expected):
    doc = parse(text)
    assert [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities] == expected


@pytest.mark.parametrize(("text", "part", "update"), [
    ("The strike killed nine people, including four children.", [False, True], [False, False]),
    ("The death toll rose to 12 on Sunday.", [False], [True]),
    ("The strike killed nine people.", [False], [False]),
])
def test_parts_and_updates_are_marked(parse, text, part, update):
    doc = parse(text)
    assert [q.part for q in doc._.quantities] == part
    assert [q.update for q in doc._.quantities] == update


# named_victims: a person named as the one a casualty verb struck is one person; abducted, no count
NAMED_CASES = [
    ("A neighbour gunned down Tom Brierly outside the shop on Friday.", [("person", "killed", 1, "exact")]),
    ("Anna Volkes was fatally stabbed on Sunday night.", [("person", "killed", 1, "exact")]),
    ("John Haverly was wounded in the shooting.", [("person", "injured", 1, "exact")]),
    ("The men kidnapped Anna Volkes and drove off.", []),
    ("Police arrested John Haverly on Monday.", []),
]


@pytest.mark.parametrize("text,expected", NAMED_CASES)
def test_named_victims(parse, text, expected):
    doc = parse(text)
    assert [(q.item, q.role, q.value, q.qualifier) for q in doc._.quantities] == expected


# people named by what they were doing or are: combatants count as soldiers, others as people, pupils as children
ROLE_NOUN_CASES = [
    ("The bomb killed 30 worshippers at the shrine.", [("person", "killed", 30, "exact")]),
    ("Gunmen killed six pilgrims on the road.", [("person", "killed", 6, "exact")]),
    ("The blast wounded 14 shoppers in the market.", [("person", "injured", 14, "exact")]),
    ("Troops killed 12 rebels in the hills.", [("soldier", "killed", 12, "exact")]),
    ("Two snipers were killed in the exchange of fire.", [("soldier", "killed", 2, "exact")]),
    ("Gunmen abducted 40 pupils from the school.", [("child", "missing", 40, "exact")]),
]


@pytest.mark.parametrize("text,expected", ROLE_NOUN_CASES)
def test_people_named_by_their_role(parse, text, expected):
    assert [(q.item, q.role, q.value, q.qualifier) for q in parse(text)._.quantities] == expected


# an age standing for a noun is one person; a wound one undergoes hurts (or kills) them; "another who was hurt"
ONES_CASES = [
    ("A 17-year-old was shot dead outside a corner shop on Friday.", [("person", "killed", 1, "exact")]),
    ("Masked men stabbed a 62-year-old near the canal.", [("person", "injured", 1, "exact")]),
    ("A 15-year-old and a 19-year-old were wounded in the drive-by shooting.",
     [("person", "injured", 1, "exact"), ("person", "injured", 1, "exact")]),
    ("The caretaker is 58 years old.", []),
    ("A lieutenant was killed by a sniper near the ford.", [("person", "killed", 1, "exact")]),
    ("Four guards suffered minor injuries in the blast.", [("person", "injured", 4, "exact")]),
    ("A conscript sustained a shrapnel wound during the shelling.", [("soldier", "injured", 1, "exact")]),
    ("A bus driver received a head injury when the crowd stoned the bus.", [("person", "injured", 1, "exact")]),
    ("A ferry worker suffered fatal injuries in the explosion.", [("person", "killed", 1, "exact")]),
    ("The militia suffered heavy losses in the offensive.", []),
    ("Detectives are looking into the death of a man who was killed and another who was hurt in the brawl.",
     [("person", "killed", 1, "exact"), ("person", "injured", 1, "exact")]),
    # "the" one a verb befell, as its object too; the doer, subject of a verb with an object of its result word, not
    ("Gunmen killed the mayor on Monday.", [("person", "killed", 1, "exact")]),
    ("A gunman shot dead the mayor of Velden on Monday.", [("person", "killed", 1, "exact")]),
    ("A policeman fatally shot the ambassador to Ruritania on Monday.", [("person", "killed", 1, "exact")]),
    ("Police arrested the suspect on Monday.", []),
    # "another" one, and a word of people capitalised as a name, with "a" or "another"
    ("Another guard was wounded the same day.", [("person", "injured", 1, "exact")]),
    ("A Marine was killed in the southern province on Sunday.", [("soldier", "killed", 1, "exact")]),
    ("Another Marine, Cpl. Ivo Kos, 21, was killed the same day.", [("soldier", "killed", 1, "exact")]),
]


@pytest.mark.parametrize("text,expected", ONES_CASES)
def test_ages_wounds_and_another(parse, text, expected):
    assert [(q.item, q.role, q.value, q.qualifier) for q in parse(text)._.quantities] == expected


# people held: named together, jailed, sent to prison, told in a headline; a bare term after "for" is no count
HELD_NAMED_CASES = [
    ("Police arrested Ann Lowe and Tom Barr at the depot on Monday.", [("person", "detained", 2, "exact")]),
    ("Police charged Eve Pike, Ann Lowe and Tom Barr with arson.", [("person", "detained", 3, "exact")]),
    ("Police arrested Tom Barr on Monday.", []),  # one named alone is told, not counted
    ("Police arrested two men, Tom Barr and Sam Pike.", [("person", "detained", 2, "exact")]),
    ("Prosecutors charged Tom R, Barr with fraud.", []),  # no "and": one name mistyped
    ("Four smugglers were jailed on Thursday.", [("person", "detained", 4, "exact")]),
    ("The judge sent three brothers to prison.", [("person", "detained", 3, "exact")]),
    ("Six Alleged Smugglers Detained at Border Crossing", [("person", "detained", 6, "exact")]),
    ("The 51-year-old was jailed for 12 after the trial.", []),
]


@pytest.mark.parametrize("text,expected", HELD_NAMED_CASES)
def test_people_held_named_jailed_and_terms(parse, text, expected):
    assert [(q.item, q.role, q.value, q.qualifier) for q in parse(text)._.quantities] == expected
