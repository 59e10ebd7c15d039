"""Frames that tell no event: policies on whoever may act, statistics of cases, fighting described by its
purpose, a simple present in a relative clause, what a thing is made for, acts named as possibilities, and
habits or background told by a phrase (invented sentences)."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

# (sentence, a kind of event its words do not make here, the rule that says so)
NO_EVENT = [
    ("We will find, arrest and punish those who attack our officers.", "arrest", triggers.a_policy_on_whoever),
    ("The army warned it would shell anyone who crossed the river near Tarvel.", "attack",
     triggers.a_policy_on_whoever),
    ("Over the decade, arrests were made in about 40 percent of robbery cases, the chief said.", "arrest",
     triggers.a_statistic_of_cases),
    ("Suspects were detained in half of the reported incidents.", "arrest", triggers.a_statistic_of_cases),
    ("The kingdom backs several militias fighting to overthrow the prince.", "attack", triggers.fighting_for_a_cause),
    ("Farmers who give so much aid to the valley want to see results.", "diplomacy.aid",
     triggers.a_present_of_someone_described),
    ("The patrols, intended to arrest smugglers, set out from Tarvel.", "arrest", triggers.a_purpose_of_design),
    ("The truce was aimed at evacuating the wounded from Tarvel.", "humanitarian", triggers.an_aim),
    ("The plan is geared at arresting the smugglers of Tarvel.", "arrest", triggers.an_aim),
    ("The minister kept her options open on future talks with Olsway.", "diplomacy.talks", triggers.a_possibility),
    ("The two clans have fought each other for decades.", "attack", triggers.a_perfect_of_background),
    ("Troops fought a 1994-96 war in the hills of Tarvel.", "attack", triggers.fought_in_an_old_war),
    ("The army fought a 2006 war against the Tarvel militia.", "attack", triggers.fought_in_an_old_war),
    ("For the most part, the gangs assaulted people in the Tarvel market.", "attack", triggers.marked_as_a_habit),
    ("Throughout the year the clans fought each other over water.", "attack", triggers.marked_as_a_habit),
    ("When I was young my father would hold me when they were shelling the town.", "attack",
     triggers.when_a_past_habit),
    ("Every night she would sing whenever the jets bombed the valley.", "attack", triggers.when_a_past_habit),
]

# the same words telling an event
KEPT = [
    ("Police will arrest the two men on Friday, the chief said.", "arrest"),
    ("Police arrested 40 people in Tarvel on Monday.", "arrest"),
    ("The shelling aimed at the Tarvel market killed six people.", "attack"),
    ("Troops fought a fierce battle in the hills of Tarvel on Monday.", "attack"),
    ("Militias fought government troops near Tarvel on Sunday.", "attack"),
    ("The two clans fought each other near Tarvel on Sunday.", "attack"),
    ("Talks between Olsway and Tarvel will be held in June.", "diplomacy.talks"),
    ("The guards ran for cover when the jets bombed the Tarvel depot on Monday.", "attack"),
    ("The donors who gave aid to the valley on Monday met the mayor.", "diplomacy.aid"),
    ("The two states, which host the border talks, sent envoys to Tarvel on Monday.", "diplomacy.talks"),
]


@pytest.mark.parametrize("text,kind,rule", NO_EVENT, ids=[r[0][:40] for r in NO_EVENT])
def test_no_event_in_a_frame(parse, text, kind, rule):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", KEPT)
def test_the_act_itself_is_kept(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]
