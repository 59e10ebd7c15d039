"""Readings of wire English added with the wire probe (``test_wire_probe.py``), each with its look-alikes: a
suspect flown or extradited "to face charges", or handed over, is in custody; a weapon "test-fired" is tried,
not used; a strike by controllers is a walkout; the envoys' own state is the target of an expulsion; police
that clash with rebels fight a battle; a crowd that did something "to protest" protests, where it stands, not
where the act it protests was; an attack a protest is against is its cause, retold; fire of guns exchanged is
a duel of artillery. Every sentence is invented."""

from __future__ import annotations

import pytest

# (text, a type the sentence must give, or None, a type it must not give, or None)
TYPE_CASES = [
    # custody carried out for a charge (triggers._brought_to_court)
    ("The suspect was flown to Velden on Thursday to face charges in the bombing.", "arrest", "attack"),
    ("Ruritania on Monday extradited a Freedonian man to Chile to stand trial for the hijacking.", "arrest", None),
    ("The fugitive was deported to Peru last week to face trial for fraud.", "arrest", None),
    ("The suspects could face charges if they are extradited, officials said.", None, "arrest"),
    ("The two men will be flown to Velden to face charges.", None, "arrest"),
    # a wanted man handed over (``wanted_people``)
    ("Ruritania handed over the two suspects to Freedonian police on Monday.", "arrest", None),
    ("The rebels handed over two prisoners to Red Cross officials on Saturday.", "prisoners.exchange", "arrest"),
    ("The villagers handed over the weapons to police on Saturday.", None, "arrest"),
    # a weapon tried, not used (triggers.only_rehearsed, ``mock_modifiers``)
    ("Ruritania test-fired a long-range missile from its eastern coast on Sunday.", None, "attack"),
    ("The navy carried out a test launch of a cruise missile on Friday.", None, "attack"),
    ("Ruritania fired a missile at a border post on Sunday.", "attack", None),
    # a walkout by a trade (``labour_words``)
    ("A strike by air-traffic controllers grounded flights at Velden airport on Monday.", None, "attack"),
    ("Dockworkers began a strike at the port on Monday.", None, "attack"),
    ("A strike by fighter jets destroyed a bridge at Velden on Monday.", "attack", None),
    # police and armed rebels (``irregular_fighters``)
    ("Police and separatist rebels clashed near Velden on Tuesday, leaving two officers dead.", "attack.ground",
     "protest"),
    ("Police clashed with protesters near the parliament on Tuesday.", "protest.riot", "attack"),
    ("Police and militant protesters clashed near the parliament on Tuesday.", "protest.riot", "attack"),
    # a crowd that did something to protest (triggers._massed_in_protest)
    ("Thousands formed a human chain across the bridge on Saturday to protest the strikes.",
     "protest.demonstration", "attack"),
    ("About 300 students blocked the main road on Friday to protest the arrests.", "protest.demonstration", None),
    ("The government recalled its ambassador on Friday to protest the strikes.", None, "protest"),
    ("The union threatened to protest the closures.", None, "protest"),
    # the attack a protest is against (triggers.the_cause_of_a_protest)
    ("Crowds marched in Velden on Friday in protest at the Ruritanian missile attack.", "protest", "attack"),
    ("Troops shelled the village on Sunday, and residents later marched in protest.", "attack.artillery", None),
    # guns that exchange fire from afar (``barrage_weapons``)
    ("Ruritanian and Freedonian troops exchanged artillery fire across the border on Wednesday.",
     "attack.artillery", None),
    ("The two patrols exchanged fire near the border on Wednesday.", "attack.ground", None),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), TYPE_CASES)
def test_wire_readings(parse, text, wanted, unwanted):
    types = [e.type for e in parse(text)._.events]
    if wanted:
        assert any(t.startswith(wanted) for t in types), types
    if unwanted:
        assert not any(t.startswith(unwanted) for t in types), types


# (text, initiator, target): the envoys' state is expelled (sides._turn_envoys_sent_away)
ENVOY_CASES = [
    ("Greece declared a Turkish military attache persona non grata on Friday.", "GRC", "TUR"),
    ("Poland expelled three Russian diplomats on Wednesday.", "POL", "RUS"),
    ("Britain on Tuesday ordered the expulsion of a Russian diplomat.", "GBR", "RUS"),
    ("Two Polish diplomats were expelled from Russia on Monday.", "RUS", "POL"),
]


@pytest.mark.parametrize(("text", "initiator", "target"), ENVOY_CASES)
def test_the_envoys_state_is_expelled(parse, text, initiator, target):
    ev = next(e for e in parse(text)._.events if e.type == "diplomacy.sanctions")
    assert {a.country for a in ev.actors if a.role == "initiator"} == {initiator}
    assert target in {a.country for a in ev.actors if a.role == "target"}


# (text, the one place of the protest's records): the place of the act protested is not the crowd's
# (where.where_the_protested_act_was)
PROTEST_PLACE_CASES = [
    ("Thousands marched through Athens on Saturday to protest the bombing of Serbia.", "Athens"),
    ("Hundreds of students protested in Beijing on Sunday against the air strikes on Iraq.", "Beijing"),
    ("About 500 protesters rallied outside the embassy in Jakarta on Friday over the missile strikes on Sudan.",
     "Jakarta"),
]


@pytest.mark.parametrize(("text", "town"), PROTEST_PLACE_CASES)
def test_a_protest_is_where_the_crowd_is(parse, text, town):
    places = [e.location.name if e.location else None for e in parse(text)._.events if e.type.startswith("protest")]
    assert places == [town]
