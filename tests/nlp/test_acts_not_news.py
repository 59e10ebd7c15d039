"""The probe of acts that are not news (``acts_not_news_cases.py``): each invented sentence gives the event
families a careful coder records; the rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: a plan told as a charge's content or as a past wish, a
condition told by an auxiliary before its subject, an act a span of years after a clause is measured from,
an act a verb of permission governs, a crime the law names or a rule forbids, a plot told in a work of
fiction, an act of whoever, a rate of acts, and the place a yearly rite remembers.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.nlp import triggers
from sitrep.records import Article
from tests.nlp.acts_not_news_cases import CASES
from tests.nlp.families_probe_check import params, problems

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "A man accused of plotting",  # "denied bail" is no arrest word: the hearing goes unread
    "The man charged on Tuesday",  # "charged" on a noun, then "is accused of": neither is read
)


@pytest.mark.parametrize(("text", "families"), list(params(CASES, GAPS)))
def test_the_acts_not_news_probe(extractor, text, families):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert problems(events, families) == []


# (sentence, a kind of event its words do not make here, the rule that says so)
NO_EVENT = [
    ("Prosecutors said the two men wanted to burn down the Tarvel mill.", "attack", triggers.a_plan_of_the_past),
    ("The nurse was charged with plotting to poison three patients in Olsway.", "attack",
     triggers.a_plan_of_the_past),
    ("The pair are accused of planning to kidnap a banker.", "attack", triggers.a_plan_of_the_past),
    ("Police said he hoped to storm the town hall with a rifle.", "attack", triggers.a_plan_of_the_past),
    ("Police said the man planned to kill a guard, film the killing, and then use petrol bombs to attack a "
     "police post in Tarvel.", "protest", triggers.a_plan_of_the_past),
    ("Decades after the priest was shot dead, his parish still keeps his chair empty.", "attack",
     triggers.a_mark_of_years_gone),
    ("Thirty years since rebels seized the Tarvel mine, the pits are closed.", "territory",
     triggers.a_mark_of_years_gone),
    ("The decree would let soldiers detain anyone out after dark.", "arrest", triggers.irrealis),
    ("The new code allows guards to arrest shoplifters on the spot.", "arrest", triggers.irrealis),
    ("In this state, arson carries a sentence of ten years.", "attack", triggers.an_offence_in_law),
    ("The statute makes kidnapping of a minor a felony.", "attack", triggers.an_offence_in_law),
    ("In the film, two brothers rob a bank and shoot a guard.", "attack", triggers.told_in_a_story),
    ("In the sequel, rebels raid a fortress held by bandits.", "attack", triggers.told_in_a_story),
    ("Detectives urged anyone who was robbed at the Tarvel fair to come forward.", "attack",
     triggers.an_act_of_whoever),
    ("Whoever shoots a ranger will face the death penalty, the governor said.", "attack",
     triggers.an_act_of_whoever),
    ("Officers arrest about 30 drivers per week on the Tarvel road, the chief said.", "arrest",
     triggers.marked_as_a_habit),
    ("The treaty bans the bombing of hospitals.", "attack", triggers.forbidden_by_a_rule),
    ("The code forbids guards to shoot at fleeing men.", "attack", triggers.forbidden_by_a_rule),
    ("Every spring the villagers gather where their sons were ambushed.", "attack", triggers.where_a_rite_is_held),
]

# the same words telling an event
KEPT = [
    ("The rebels are planning to attack the Tarvel depot, officials said.", "attack"),
    ("Gunmen attacked a police post in Tarvel on Monday and then used petrol bombs to set it alight.", "attack"),
    ("Prosecutors said he shot the guard outside the Tarvel mill on Monday.", "attack"),
    ("Hours after gunmen stormed the Tarvel bank on Monday, police arrested two men.", "attack"),
    ("The council met on Monday, after gunmen stormed the Tarvel bank last year.", "attack"),
    ("Police detained two men on Monday under a decree that lets them hold anyone for a week.", "arrest"),
    ("The assault on the Tarvel depot on Monday was a war crime, the envoy said.", "attack"),
    ("Gunmen stormed a cinema showing a film in Tarvel on Friday.", "attack"),
    ("In a series of raids in Tarvel on Monday, police arrested 20 men.", "arrest"),
    ("Those who stormed the Tarvel depot on Monday were caught on Tuesday.", "attack"),
    ("Police arrested 30 drivers on the Tarvel road on Monday.", "arrest"),
    ("Police banned the march planned for Sunday in Tarvel.", "protest"),
    ("Reporters gathered in Tarvel on Monday where the bus was bombed on Sunday.", "attack"),
]

# conditions told by an auxiliary before the subject: no act, and force promised so is a threat
CONDITIONS = [
    ("Should the rebels attack the town, the army will respond, the general said.", ""),
    ("Had the guards not fled, the gunmen would have killed them.", ""),
    ("Should the rebels cross the river, the artillery will open fire, the general said.", "statement"),
]


@pytest.mark.parametrize("text,kind,rule", NO_EVENT, ids=[r[0][:40] for r in NO_EVENT])
def test_no_event_in_a_frame(parse, text, kind, rule):
    doc = parse(text)
    assert not [t for t in doc._.events if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", KEPT, ids=[r[0][:40] for r in KEPT])
def test_the_event_is_kept(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.events if t.type.startswith(kind)]


@pytest.mark.parametrize("text,families", CONDITIONS, ids=[r[0][:40] for r in CONDITIONS])
def test_an_inverted_condition(extractor, text, families):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert {e.type.split(".")[0] for e in events} == set(families.split())
