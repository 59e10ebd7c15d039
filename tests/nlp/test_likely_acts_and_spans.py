"""Acts under an adjective of likelihood or capacity, acts told over a span of months or years just gone,
participles on a noun counted by "no", and acts named by a noun dated by a named war: no single event is
told; a habit word beside one day named tells the blows of one act (invented sentences)."""

from __future__ import annotations

import pytest

from sitrep.nlp import triggers

# (sentence, a kind of event its words do not make here, the rule that says so)
NO_EVENT = [
    ("Children in Varnholt are more likely to be beaten or detained.", "arrest", triggers.merely_likely),
    ("The fleet is capable of blockading the coast of Varnholt.", "attack", triggers.merely_likely),
    ("The commanders said they were capable of deploying 20,000 troops to Quellby.", "military",
     triggers.merely_likely),
    ("The rebels are unlikely to attack the Dornmere garrison.", "attack", triggers.merely_likely),
    ("Police linked him to the slayings of nine hunters over the last five years.", "attack",
     triggers.over_a_span_just_gone),
    ("Riots broke out in Varnholt during the last two summers.", "protest", triggers.over_a_span_just_gone),
    ("Gunmen killed nine hunters near Quellby over the past three years, police said.", "attack",
     triggers.over_a_span_just_gone),
    ("In the past six months, 40 youths were arrested in Dornmere for theft.", "arrest",
     triggers.over_a_span_just_gone),
    ("There were no roads closed near Varnholt, the police said.", "disruption", triggers.told_of_nothing),
    ("No homes were damaged and no bridges closed near Quellby.", "disruption", triggers.told_of_nothing),
    ("Militants repeatedly attacked the Quellby checkpoint.", "attack", triggers.marked_as_a_habit),
    ("The town of Dornmere is shelled almost daily.", "attack", triggers.marked_as_a_habit),
    ("The commission documented the massacre of 300 villagers during the Korean War.", "attack",
     triggers.during_a_named_war),
    ("Hundreds of Dornmere villagers died in a massacre during the Korean War.", "attack",
     triggers.during_a_named_war),
]

# the same words telling an event
KEPT = [
    ("The prisoner was likely killed in the Varnholt raid on Monday.", "attack"),
    ("Police arrested two men in Varnholt on Monday, the first arrests in the past two years.", "arrest"),
    ("It was the deadliest raid on Quellby in the past ten years, officials said on Monday.", "attack"),
    ("Gunmen killed nine hunters near Quellby on Monday, police said.", "attack"),
    ("Rebels have shelled Dornmere over the past month, and on Monday they stormed the barracks.", "attack"),
    ("The rebels will likely attack Varnholt on Monday.", "attack"),
    ("Police closed the roads near Quellby on Monday.", "disruption"),
    ("The commission documented the massacre of 300 villagers near Quellby on Monday.", "attack"),
    ("Two gunmen attacked a guard near Quellby on Monday, repeatedly stabbing him.", "attack"),
    ("Militants attacked the Dornmere checkpoint on March 3, repeatedly firing rockets at the guards.", "attack"),
]


@pytest.mark.parametrize("text,kind,rule", NO_EVENT, ids=[r[0][:40] for r in NO_EVENT])
def test_no_single_event(parse, text, kind, rule):
    doc = parse(text)
    assert not [t for t in doc._.triggers if t.type.startswith(kind)]


@pytest.mark.parametrize("text,kind", KEPT, ids=[r[0][:40] for r in KEPT])
def test_the_act_itself_is_kept(parse, text, kind):
    doc = parse(text)
    assert [t for t in doc._.triggers if t.type.startswith(kind)]
