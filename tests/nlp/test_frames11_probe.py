"""The not-done probe (``frames11_probe_cases.py``): each invented report gives the families, and the status where
it is not "occurred", that a careful coder records; the rows sitrep does not read right yet are marked.

Plus case tables for the readings added with it: a verb with a past tense of its own is done whatever the verb
above it plans, an allegation or a denial reaches no clause joined on with a subject of its own, an act noun
that carries an old year is the past looked back on, a plan counted by "no" plans nothing, a definite act that a
modal of the past guesses about was done, "would later" in the reporter's own clause is a past story's step, and
an attack, an arrest or a riot feared, awaited or kept off ("braced for clashes") is no act done.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article
from tests.nlp.families_probe_check import params, status_label, status_problems
from tests.nlp.frames11_probe_cases import CASES

# rows sitrep does not read right yet, by their opening words
GAPS: tuple[str, ...] = (
    "The rebel commander vowed on Tuesday",  # "vowed to attack" is read as a planned attack, not a threat
    "Farmers plan to block the motorway",  # a blockade planned by farmers is no protest word
    "Detectives are expected to make more",  # "expected to" a forecast, read as a planned arrest
    "The minister warned that any attack",  # "be met with force" read as talks
    "Smugglers typically bribe the guards",  # "rather than fight them" is read as a fight
    "The president promised to free",  # a promise to free prisoners is read as a proposal
    "If confirmed, the strike on the depot",  # "would be the largest" puts a dated strike in the future
    "The guards, who could have fled",  # "fought off the attackers" is read as no attack
)


@pytest.mark.parametrize(("text", "expected"), list(params(CASES, GAPS)))
def test_the_not_done_probe(extractor, text, expected):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert status_problems(events, expected) == []


def _labels(doc) -> set[str]:
    return {status_label(e) for e in doc._.events}


# (text, the label it must make): acts done, though a word above them plans, denies or guesses
DONE = [
    # a verb with a past tense of its own under a verb of planning or a future
    ("The colonel would not say how many gunmen his men had shot in the raid near Gao on Friday.", "attack"),
    ("The clan vowed revenge after gunmen killed its elder near Baidoa on Tuesday.", "attack"),
    ("Officials will not reveal how many protesters were detained in Lagos on Monday.", "arrest"),
    # a clause joined on by "but" with a subject of its own
    ("The army denied the claim, but villagers said soldiers shot two farmers near Dori on Monday.", "attack"),
    ("The police chief rejected the accusation, and witnesses said officers shot a man in Lagos on Sunday.",
     "attack"),
    # a definite act that a modal of the past guesses about
    ("The explosion at the depot near Kherson on Monday may have been caused by a drone, officials said.",
     "attack"),
    ("The attack on the convoy near Gao on Tuesday could have killed more soldiers, the army said.", "attack"),
    # an attack feared before it came: no object of the fearing
    ("The air strikes that villagers had feared hit the market in Idlib on Tuesday.", "attack"),
    # "would later" in the reporter's own clause: the next step of a past story
    ("On Sunday police surrounded the flat in Lyon; hours later officers would storm it, arresting two men.",
     "arrest"),
]

# (text, the label it must not make)
NOT_DONE = [
    # the verb below a plan or a future has no past of its own: still planned
    ("The rebels vowed on Monday to storm the garrison near Gao.", "attack"),
    ("The army said troops would later storm the town of Kidal.", "attack"),
    # a plan counted by "no"
    ("Ruritania has no plans to send troops to the border, its defence minister said.", "military:planned"),
    ("The police have no intention and no plan to arrest the strikers, the mayor said.", "arrest:planned"),
    # an act noun with an old year of its own
    ("Relatives still gather each spring for the victims of the 1994 massacre near the river.", "attack"),
    ("The town never recovered from the 2008 bombing of its main market.", "attack"),
    ("He was convicted on Tuesday of the 2016 killing of a shopkeeper in Bolton.", "attack"),
    # an attack or an arrest feared, awaited or kept off
    ("Shopkeepers boarded up their windows, fearing more riots and looting.", "attack"),
    ("Police braced for arrests of their own officers in the inquiry.", "arrest"),
    ("Guards were posted at the camp to prevent further attacks on aid workers.", "attack"),
    ("The gang threatened more shootings if the witnesses spoke.", "attack"),
    # an indefinite act under a modal of the past is still no act
    ("An attack on the dam could have flooded the valley, engineers said.", "attack"),
]


@pytest.mark.parametrize(("text", "label"), DONE)
def test_acts_told_done(parse, text, label):
    assert label in _labels(parse(text))


@pytest.mark.parametrize(("text", "label"), NOT_DONE)
def test_acts_not_done(parse, text, label):
    assert label not in _labels(parse(text))
