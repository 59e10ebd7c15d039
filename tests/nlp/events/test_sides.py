"""Who did it to whom: the steps and rules of ``choose_actors``, each on an invented sentence."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from sitrep.lexicon import load_lexicon
from sitrep.nlp.events.clauses import group_triggers
from sitrep.nlp.events.sides import _dedupe, other_side, read_clause
from sitrep.nlp.mentions import ActorMention, ReportPlaces
from sitrep.records import Actor, Article

THURSDAY = date(2025, 5, 22)


def _sides(events, etype: str, role: str) -> list[str]:
    [ev] = [e for e in events if e.type == etype]
    return sorted(a.country or a.name for a in ev.actors if a.role == role)


# -- 1. the clause: which words are its subject's and its object's ----------------------------

CLAUSE_WORDS = [
    # the event verb's own subject and object
    ("Chilean troops shelled a Peruvian garrison near the border on Monday.", {"Chilean", "troops"},
     {"Peruvian", "garrison"}),
    # the subject of the verb the event verb depends on
    ("Chilean negotiators are due to meet in Quito on Friday.", {"Chilean", "negotiators"}, set()),
    # an event noun's "by" phrase is its subject
    ("The shelling of the garrison by Peruvian troops lasted two hours.", {"Peruvian", "troops"}, set()),
    # an event noun's "on" phrase is its object
    ("Chile imposed new sanctions on Peru on Monday.", set(), {"Peru"}),
    # what a one-sided act of diplomacy gives goes after the verb
    ("Chile pledged 50 armoured vehicles in military aid to Peru on Friday.", set(), {"vehicles", "Peru"}),
]


@pytest.mark.parametrize("text,subject,obj", CLAUSE_WORDS)
def test_subject_and_object_words(parse, text, subject, obj):
    doc = parse(text)
    lex = load_lexicon()
    [g, *_] = group_triggers(doc, doc._.triggers or [], lex.event_words)
    c = read_clause(doc, g, None, [], lex.actor_words)
    assert subject <= {doc[i].text for i in c.subj_tokens}
    assert obj <= {doc[i].text for i in c.obj_tokens}


# -- 2-3. initiators and targets: the first rule that finds any -------------------------------

INITIATORS = [
    # a side among the subject's words
    ("Chilean troops shelled a Peruvian garrison near the border on Monday.", "attack.artillery", ["CHL"]),
    # "they" after a speaker naming two countries is both
    ("Chile and Peru said on Wednesday they had submitted a new proposal for a ceasefire.", "diplomacy.proposal",
     ["CHL", "PER"]),
    # "it" is the speaker
    ("The Tatmadaw said it bombed a rebel camp near the river on Monday.", "attack.air", ["MMR"]),
    # "it" is a body of no country the speaker's words name
    ("The African Union said on Friday it would impose sanctions on the junta.", "diplomacy.sanctions",
     ["African Union"]),
    # a place that proposes is its government, even in a passive
    ("Lima said on Thursday it would consider a truce proposed by Quito.", "diplomacy.proposal", ["ECU"]),
    # a headline's demonym standing for the one shot is the victim's nationality, no doer
    ("Palestinian shot dead by Israeli troops near Hebron", "attack.civilians", ["ISR"]),
]


@pytest.mark.parametrize("text,etype,initiators", INITIATORS)
def test_initiator_rules(events_of, text, etype, initiators):
    assert _sides(events_of(text), etype, "initiator") == initiators


TARGETS = [
    # a side among the object's words
    ("Chilean troops shelled a Peruvian garrison near the border on Monday.", "attack.artillery", ["PER"]),
    # a side that gives does not give to itself ("military" is Chile's)
    ("Chile pledged 50 armoured vehicles in military aid to Peru on Friday, the Chilean defence ministry said.",
     "diplomacy.aid", ["PER"]),
    # ... but an armed group and the state's forces are two sides of one country
    ("The Tatmadaw accused the Arakan Army of shelling a market.", "statement.accusation", ["MMR"]),
    # a country named in the object receives
    ("Chile imposed new sanctions on Peru on Monday.", "diplomacy.sanctions", ["PER"]),
]


@pytest.mark.parametrize("text,etype,targets", TARGETS)
def test_target_rules(events_of, text, etype, targets):
    assert _sides(events_of(text), etype, "target") == targets


# -- 4. interceptions --------------------------------------------------------------------------

INTERCEPTIONS = [
    # the drones' owner attacked the defender
    ("Chilean air defences shot down 12 Peruvian drones overnight.",
     [("initiator", "PER"), ("target", "CHL")]),
    # with no defender named, the speaker's country was attacked (and is listed first)
    ("Air defences shot down 12 Peruvian drones overnight, the Chilean defence ministry said.",
     [("target", "CHL"), ("initiator", "PER")]),
]


@pytest.mark.parametrize("text,actors", INTERCEPTIONS)
def test_an_interception_turns_the_sides_round(events_of, text, actors):
    [ev] = [e for e in events_of(text) if e.type == "attack.drone"]
    assert [(a.role, a.country) for a in ev.actors] == actors


# -- 5a. two-sided events ----------------------------------------------------------------------

TWO_SIDED = [
    ("Chile and Peru held talks in Lima on Monday.", "diplomacy.talks", "participant", ["CHL", "PER"]),
    # the subject of the verb the event depends on
    ("Chilean negotiators are due to meet in Quito on Friday.", "diplomacy.talks", "participant", ["CHL"]),
    # "her talks": the person the pronoun stands for takes part
    ("Peruvian Foreign Minister Ana Lopez said her talks with Chile had gone well.", "diplomacy.talks", "participant",
     ["CHL", "PER"]),
    # a country that brokers is a mediator, not a participant
    ("Chile and Peru exchanged 40 prisoners each on Thursday in a swap brokered by Oman.", "prisoners.exchange",
     "mediator", ["OMN"]),
    ("Chile and Peru exchanged 40 prisoners each on Thursday in a swap brokered by Oman.", "prisoners.exchange",
     "participant", ["CHL", "PER"]),
]


@pytest.mark.parametrize("text,etype,role,sides", TWO_SIDED)
def test_two_sided_events_have_participants_and_mediators(events_of, text, etype, role, sides):
    assert _sides(events_of(text), etype, role) == sides


# -- 5b. completion rules ----------------------------------------------------------------------

COMPLETIONS = [
    # the speaker of an act of diplomacy that names no side
    ("New sanctions will be imposed next month, the Chilean foreign ministry said.", "diplomacy.sanctions",
     "initiator", ["CHL"]),
    # a statement no side is named for is the dateline's country's
    ("LIMA, Peru — Officials denied on Monday that the curfew would be extended.", "statement.denial", "initiator",
     ["PER"]),
    # people marching with no one named are protesters of the place's country
    ("Thousands of people marched through Lima on Sunday.", "protest.demonstration", "initiator", ["PER"]),
    # an attack with no target named is on the country of the place hit
    ("A drone hit a school in Arica on Monday.", "attack.drone", "target", ["CHL"]),
    # ... and with no attacker named, by the report's other side
    ("Peru has massed troops on the border with Chile. Peru denies planning an attack. A drone hit a school in "
     "Arica on Monday.", "attack.drone", "initiator", ["PER"]),
    # ... but a bombing or a killing of no named doer is no act of the other country the report names
    ("Peru has massed troops on the border with Chile. Peru denies planning an attack. A suicide bomber killed "
     "six people at a market in Arica on Monday.", "attack.explosive", "initiator", []),
    # armed men of no side take the country they fight in
    # (an attack on a village is on civilians: ACLED's violence against civilians)
    ("Gunmen attacked a village in northern Mali on Sunday, killing nine people.", "attack.civilians", "initiator",
     ["MLI"]),
]


@pytest.mark.parametrize("text,etype,role,sides", COMPLETIONS)
def test_completion_rules(events_of, text, etype, role, sides):
    assert _sides(events_of(text), etype, role) == sides


@pytest.mark.parametrize("text", [
    # the force that acts on a protest is what the protest meets; the protesters protest
    "Police fired tear gas at protesters in Lima on Sunday.",
    "Security forces dispersed the march in Lima with water cannon on Sunday.",
    "Protesters threw stones at police in Lima on Sunday.",
])
def test_a_force_meets_the_protest(events_of, text):
    [ev] = [e for e in events_of(text) if e.type.startswith("protest")]
    assert [(a.name, a.role) for a in ev.actors if a.role == "initiator"] == [("protesters", "initiator")]
    assert [a.country for a in ev.actors if a.role == "target"] == ["PER"]


def test_an_act_named_as_the_cause_takes_no_side_of_the_clause(events_of):
    # "over the arrest": the envoy summoned arrested no one
    [arrest] = [e for e in events_of("Chile summoned the Peruvian ambassador on Monday over the arrest of a "
                                     "Chilean trader in Lima.") if e.type == "arrest"]
    assert all("ambassador" not in a.name.lower() for a in arrest.actors)


def test_a_minister_called_secretary_is_a_party(events_of):
    types = [e.type for e in events_of("The Foreign Secretary summoned the Ruritanian ambassador on Monday.")]
    assert types == ["statement.accusation"]


def test_protesters_are_named_so(events_of):
    [ev] = [e for e in events_of("Thousands of people marched through Lima on Sunday.")
            if e.type == "protest.demonstration"]
    assert [(a.name, a.kind) for a in ev.actors if a.role == "initiator"] == [("protesters", "civilians")]


def _armed(country: str | None) -> ActorMention:
    return ActorMention(0, 1, "rebels", "rebels", country, "armed_group", 0)


OTHER_SIDES = [
    # the report's other country named at least twice
    (["CHL", "PER"], {"CHL": 3, "PER": 2}, [], "PER"),
    # named once is not enough
    (["CHL", "PER"], {"CHL": 3, "PER": 1}, [], None),
    # a civil war: armed groups of the target's own country
    (["CHL"], {"CHL": 3}, [_armed("CHL")], "CHL"),
    (["CHL"], {"CHL": 3}, [_armed(None)], None),
]


@pytest.mark.parametrize("countries,counts,actors,side", OTHER_SIDES)
def test_other_side(countries, counts, actors, side):
    report = ReportPlaces(countries=countries, country_counts=counts)
    doc = SimpleNamespace(_=SimpleNamespace(actors=actors))
    assert other_side(doc, report, "CHL") == side  # type: ignore[arg-type]


DEDUPE = [
    # one actor per role and country
    ([Actor("target", "Chile", "CHL", "state"), Actor("target", "army", "CHL", "military")], ["Chile"]),
    # the same side in two roles stays in both
    ([Actor("initiator", "Chile", "CHL", "state"), Actor("target", "Chile", "CHL", "state")], ["Chile", "Chile"]),
    # with no country, by name
    ([Actor("initiator", "rebels", None, "armed_group"), Actor("initiator", "gunmen", None, "armed_group"),
      Actor("initiator", "rebels", None, "armed_group")], ["rebels", "gunmen"]),
]


@pytest.mark.parametrize("actors,names", DEDUPE)
def test_dedupe(actors, names):
    assert [a.name for a in _dedupe(actors)] == names


# -- sides from the clause's roles, never from a reaction, a maker or a modifier of equipment ----

NOT_SIDES = [
    # a state that condemns an attack did not make it
    ("Chile strongly condemned the bombing of a bus station in Lima on Sunday.", "attack.explosive", "initiator",
     "CHL"),
    # nor do the police of a country who find its wounds
    ("A man was stabbed at a party in Lima on Sunday. On arrival, Peruvian police found the victim with stab "
     "wounds.", "attack.civilians", "initiator", "PER"),
    # a country that made the equipment is no side
    ("Gunmen in Chilean-made trucks attacked a checkpoint near Arequipa, Peru, on Monday.", "attack.ground",
     "initiator", "CHL"),
    # a country before an attack noun made it, and is not its scene
    ("A Chilean strike hit a rebel camp near Arequipa, Peru, on Monday.", "attack.air", "target", "CHL"),
    # equipment made elsewhere, a speaker's title, a nationality elsewhere in the sentence: no side
    ("Gunmen using Peruvian-made drones attacked a checkpoint near Arica, Chile, on Monday.", "attack.drone",
     "initiator", "PER"),
    ("A bomb exploded at a market in Arica, Chile, on Monday, killing nine people, Peruvian President Ana Ruiz "
     "said.", "attack.explosive", "initiator", "PER"),
    ("Rebels shelled a Chilean town near the border on Monday, killing a Peruvian aid worker.", "attack.artillery",
     "initiator", "PER"),
]


@pytest.mark.parametrize("text,etype,role,country", NOT_SIDES)
def test_no_side_from_a_reaction_or_a_maker(events_of, text, etype, role, country):
    events = [e for e in events_of(text) if e.type == etype]
    assert events and all(country not in _sides([e], etype, role) for e in events)


# (text, the type of the act that is the occasion, the type of the act done at it): the doer of the act done
# at an occasion ("during", "amid", "at") did not do the occasion's act (sides._the_occasion_of_another_act)
OCCASIONS = [
    ("Police arrested 20 people during Monday's march in Lima.", "protest.demonstration", "arrest"),
    ("Peruvian police detained two men at a rally in Lima on Sunday.", "protest.demonstration", "arrest"),
]


@pytest.mark.parametrize("text,occasion,act", OCCASIONS)
def test_the_doer_of_an_act_at_an_occasion_did_not_do_the_occasion(events_of, text, occasion, act):
    events = events_of(text)
    doers = {a.name for e in events if e.type == act for a in e.actors if a.role == "initiator"}
    held = [e for e in events if e.type == occasion]
    assert doers and held
    assert all(a.name not in doers for e in held for a in e.actors)


def test_an_act_of_the_occasions_family_keeps_its_doer(events_of):
    events = events_of("Rebels killed five soldiers during an offensive near Arequipa, Peru.")
    assert any(a.role == "initiator" and a.name == "Rebels" for e in events for a in e.actors)


SIDES_FROM_ROLES = [
    ("A series of precision Chilean airstrikes this week near Arequipa, Peru, killed 20 fighters.",
     "attack.air", "initiator", ["CHL"]),
    # a country named before an attack noun made it
    ("A Chilean strike hit a rebel camp near Arequipa, Peru, on Monday.", "attack.air", "initiator", ["CHL"]),
    # an armed group attacked takes the country of the place
    ("Jets conducted three strikes against militants near Arequipa, Peru, on Monday.", "attack.air", "target",
     ["PER"]),
]


@pytest.mark.parametrize("text,etype,role,sides", SIDES_FROM_ROLES)
def test_sides_from_the_clause_roles(events_of, text, etype, role, sides):
    assert _sides(events_of(text), etype, role) == sides


SIDES_NOT_SCENES = [
    # the country whose fighters did it is no scene
    ("The convoy near Arequipa, Peru, was attacked from the air; the strike was carried out by forces of Chile.",
     "CHL"),
    # nor is the country that condemns
    ("Chile condemned the bombing of a bus station in Arequipa, Peru, on Sunday.", "CHL"),
]


@pytest.mark.parametrize("text,country", SIDES_NOT_SCENES)
def test_a_side_is_not_the_scene(events_of, text, country):
    events = [e for e in events_of(text) if e.type.startswith("attack")]
    assert events and all(e.location is None or e.location.country != country for e in events)


ISSUED = [
    # the issuing government takes part in the talks its report tells
    ("Foreign Minister Ana Ruiz met the Peruvian foreign minister in Lima on Monday.", "Chilean Ministry of Foreign "
     "Affairs", "diplomacy.talks", ["CHL", "PER"]),
    ("In March we will bring together world leaders in Geneva to discuss the crisis.", "Chilean Ministry of "
     "Foreign Affairs", "diplomacy.talks", ["CHL"]),
    # a news outlet speaks for no country
    ("Foreign Minister Ana Ruiz met the Peruvian foreign minister in Lima on Monday.", "Meridian Wire",
     "diplomacy.talks", ["PER"]),
]


@pytest.mark.parametrize("text,outlet,etype,sides", ISSUED)
def test_the_issuing_government_takes_part(extractor, text, outlet, etype, sides):
    events = extractor.extract(Article(text, THURSDAY, outlet=outlet))
    assert [s for s in _sides(events, etype, "participant") if len(s) == 3] == sides


@pytest.mark.parametrize("outlet,initiators", [
    ("Chilean Ministry of Foreign Affairs", ["CHL"]),  # "we" of a government body is that government
    ("Meridian Wire", []),  # "we" of a news outlet is no side, and a demand no party makes is no record
])
def test_the_issuer_speaks(extractor, outlet, initiators):
    events = extractor.extract(Article("We urge the Government of Peru to protect the camp's residents.", THURSDAY,
                                       outlet=outlet))
    proposals = [e for e in events if e.type == "diplomacy.proposal"]
    assert sorted(a.country or a.name for e in proposals for a in e.actors if a.role == "initiator") == initiators


# -- who claims an act did it; the grammar of passives, "between" and orders -------------------

OWNED_ACTS = [
    # the claimant of an act is its initiator, the armed group taking the country it fights in
    ("Al-Shabaab claimed a bombing at a market in Mogadishu that killed nine people on Monday.",
     "attack.explosive", ["SOM"]),
    ("Two car bombs killed nine people at a market in Mogadishu on Monday, an attack for which al-Shabaab "
     "claimed responsibility.", "attack.explosive", ["SOM"]),
    ("A suicide bombing, later claimed by al-Shabaab, killed nine people at a market in Mogadishu on Monday.",
     "attack.explosive", ["SOM"]),
    # an army that claims control of a town took it
    ("The Syrian army claimed full control of the town of Qusayr on Monday.", "territory.change", ["SYR"]),
]


@pytest.mark.parametrize("text,etype,initiators", OWNED_ACTS)
def test_who_claims_an_act_did_it(events_of, text, etype, initiators):
    assert _sides(events_of(text), etype, "initiator") == initiators


def test_a_claim_that_others_acted_is_no_act_of_the_claimant(events_of):
    events = events_of("Al-Shabaab claimed that government troops shelled a market in Mogadishu on Monday.")
    [ev] = [e for e in events if e.type == "attack.artillery"]
    assert all(a.name != "al-Shabaab" for a in ev.actors if a.role == "initiator")


GRAMMAR_SIDES = [
    # the subject of a passive was acted upon; its "by" phrase acted
    ("An army base near Djibo, Burkina Faso, was attacked on Tuesday by militants.", "attack.ground",
     [("initiator", "armed_group"), ("target", "military")]),
    # the "by" phrase of the verb an order hangs from
    ("Residents of three villages near Kassala, Sudan, were ordered to leave on Monday by the Rapid Support Forces.",
     "humanitarian.evacuation", [("initiator", "armed_group")]),
    # in a fight "between" two sides the first is one side, the second the other
    ("Fighting between the army and the Rapid Support Forces killed 20 people in Kassala, Sudan, on Monday.",
     "attack.ground", [("initiator", "military"), ("target", "armed_group")]),
    # the "by" phrase of a participle describing the event noun acted
    ("An attack carried out by militants killed six soldiers near Arica, Chile, on Monday.", "attack.ground",
     [("initiator", "armed_group"), ("target", "military")]),
    # a plural the tagger takes for a name at the start of a sentence is still armed men
    ("Militants attacked an army base near Djibo, Burkina Faso, on Tuesday, killing 12 soldiers.", "attack.ground",
     [("initiator", "armed_group"), ("target", "military")]),
]


@pytest.mark.parametrize("text,etype,kinds", GRAMMAR_SIDES)
def test_sides_from_grammar(events_of, text, etype, kinds):
    [ev] = [e for e in events_of(text) if e.type == etype]
    assert sorted((a.role, a.kind) for a in ev.actors) == kinds


def test_an_armed_group_fighting_its_army_is_not_its_country_against_itself(events_of):
    """Issue 17 item 5, a made-up report: the group is a non-state actor by its own name, the army the
    state's forces; an evacuation ordered by the group has the group as its initiator."""
    report = ("KASSALA, Sudan — Fighting between the army and the Rapid Support Forces killed 20 people in "
              "Kassala on Monday.\n\nResidents of three villages near the city were ordered to leave on Tuesday "
              "by the Rapid Support Forces.")
    events = events_of(report)
    [fight] = [e for e in events if e.family == "attack"]
    sides = {(a.role, a.name, a.kind, a.country) for a in fight.actors}
    assert sides == {("initiator", "Sudan army", "military", "SDN"),
                     ("target", "Rapid Support Forces", "armed_group", "SDN")}
    assert not any(a.name == a.country for a in fight.actors)  # no "SDN" against "SDN"
    [order] = [e for e in events if e.type == "humanitarian.evacuation"]
    assert [(a.role, a.name) for a in order.actors] == [("initiator", "Rapid Support Forces")]


TOPICS = [
    # a country in the topic of talks takes no part in them
    ("Chilean and Peruvian envoys held talks on the border dispute with Bolivia in Quito on Monday.", "BOL"),
    ("The Chilean foreign minister joined Peruvian envoys in Quito on Monday for talks on the fighting in Bolivia.",
     "BOL"),
]


@pytest.mark.parametrize("text,country", TOPICS)
def test_the_topic_of_talks_takes_no_part(events_of, text, country):
    talks = [e for e in events_of(text) if e.type == "diplomacy.talks"]
    assert talks and all(country not in _sides([e], "diplomacy.talks", "participant") for e in talks)
    assert all({"CHL", "PER"} <= set(_sides([e], "diplomacy.talks", "participant")) for e in talks)


WE_THE_ISSUER = [
    # "our forces" of a government body's report are its country's
    ("Our forces struck a rebel depot near Arica, Chile, on Monday.", "Peruvian Ministry of Defence", "attack.ground",
     "initiator", ["PER"]),
    # "we" intercepted: the issuer defended
    ("On Monday we intercepted 12 drones over Arica, Chile.", "Peruvian Ministry of Defence", "attack.drone",
     "target", ["PER"]),
]


@pytest.mark.parametrize("text,outlet,etype,role,sides", WE_THE_ISSUER)
def test_we_of_an_issuing_government(extractor, text, outlet, etype, role, sides):
    events = extractor.extract(Article(text, THURSDAY, outlet=outlet))
    assert _sides(events, etype, role) == sides


def test_we_who_condemn_did_not_attack(extractor):
    events = extractor.extract(Article("We condemn the bombing of a bus station in Arica, Chile, on Monday.", THURSDAY,
                                       outlet="Peruvian Ministry of Foreign Affairs"))
    assert all("PER" not in _sides([e], e.type, "initiator") for e in events if e.family == "attack")
